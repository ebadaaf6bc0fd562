/**
 * Services for one specific need — alcohol or drugs, one health condition, one language — are offered only
 * when the person's own words name it. The script's need areas are broad ("mental wellbeing",
 * "physical health"), so without this an online alcohol programme "fits" someone who never
 * mentioned drinking, and a diabetes group "fits" anyone with a health need; a link worker would
 * offer neither. A service is specific when its NAME or a TAXONOMY TERM says so (its purpose); a
 * description that merely mentions a condition ("including people with diabetes") does not count.
 */
interface Topic {
  id: string;
  /** In a service's name or taxonomy terms: the service is for this need. */
  service: RegExp;
  /** In the person's words (goals, what matters, notes): the need is named. */
  person: RegExp;
  /** Read from the name and single-topic terms only, not from a category that joins it to others. */
  nameOnly?: boolean;
  /** In the person's words as written (case kept): an acronym that is also a common word ("ME"). */
  personCased?: RegExp;
}

const TOPICS: readonly Topic[] = [
  {
    id: 'alcohol_drugs',
    service: /\balcohol\b|\bdrugs?\b|\bdrink ?less\b|substance|addiction|(?<!gambling )\brecovery (caf[eé]|community|group|service)/,
    person: /alcohol|drink|\bdrunk|\bdrugs?\b|substance|addict|sober|\bpub\b|recovery|cannabis|heroin|cocaine/,
  },
  // Gambling is its own need: a gambling recovery group is no answer to "keep going to a recovery
  // group" from a man six months sober (round 6), and a drink service none to a man with betting debts.
  { id: 'gambling', service: /gambl|\bbetting\b/, person: /gambl|\bbetting\b|\bbets?\b|bookies|\bslots\b|fruit machines?/ },
  // "Folk with sugar", "my sugars": the everyday words for diabetes.
  { id: 'diabetes', service: /diabet/, person: /diabet|\bsugars?\b|insulin/ },
  // "A bad chest" is the everyday name for it.
  {
    id: 'lungs',
    service: /\bcopd\b|\blungs?\b|breath(e|ing)\b|asthma/,
    person: /\bcopd\b|\blungs?\b|breath|asthma|emphysema|bronchit|inhaler|(bad|weak|wheezy) chest|chest infection/,
  },
  { id: 'heart', service: /\bheart\b|cardiac/, person: /\bheart\b|cardiac|angina/ },
  { id: 'stroke', service: /\bstroke\b/, person: /\bstroke\b/ },
  { id: 'dementia', service: /dementia|alzheimer|memory (caf[eé]|loss|clinic|group)/, person: /dementia|alzheimer|memory/ },
  { id: 'cancer', service: /cancer|macmillan/, person: /cancer|chemo|tumou?r|oncolog/ },
  { id: 'parkinsons', service: /parkinson/, person: /parkinson/ },
  // ME / chronic fatigue: "talk to other people with ME" — "ME" only in capitals, since "me" is a
  // word (round 5b: an ME peer group lost to a general peer group, RESULTS.md §15).
  {
    id: 'fatigue',
    service: /\bm\.?e\.? ?(&|and|\/) ?(fatigue|cfs)\b|chronic fatigue|myalgic|\bcfs\b/,
    person: /chronic fatigue|myalgic|\bcfs\b|\bm\.e\./,
    personCased: /\bME\b/,
  },
  // Services for one group of people: new and expectant parents, veterans, students.
  {
    id: 'perinatal',
    // A group named for mothers ("Slough Mothers Wellbeing Group", "Mums' Circle") is for mothers of young
    // children, as these groups are (round 7b: one was offered to a 27-year-old man for low mood).
    service: /perinatal|postnatal|post-natal|antenatal|pregnan|maternity|\bbaby\b|babies|new (mums|mothers|parents|dads)|\bmums?\b|\bmothers\b(?!'?\s+union)/,
    // "Other mums", "a mum of two" — not "my mum" or "Mum can take her" (that is the person's mother).
    person:
      /perinatal|postnatal|post-natal|antenatal|pregnan|maternity|\bbaby\b|babies|newborn|\bpram\b|new mum|gave birth|\b(other|new|young|first-time|expectant|fellow|single) mums?\b|\bmums? (of|with|like me)\b|\bbeing a mum\b/,
  },
  {
    id: 'veterans',
    service: /veteran|armed forces|ex-service|forces community/,
    person: /veteran|armed forces|the forces|\barmy\b|\bnavy\b|\braf\b|regiment|black watch|military|ex-service|served in/,
  },
  // A farm support line is for people who farm; a community, city or care farm is for anyone.
  {
    id: 'farming',
    service: /(?<!(community|city|care|urban|social) )\bfarm(ers?|ing)?\b|agricultur|crofters?\b|crofting/,
    person: /\bfarm|agricultur|\bsheep\b|cattle|dairy|livestock|\bmart\b|smallholding|croft/,
  },
  { id: 'students', service: /\bstudents?\b/, person: /\bstudent|universit|\buni\b|college|\bexams?\b|\bsaas\b|student loan/ },
  // Like farming: a course or welfare line for people who work at sea (fishing, seafarers) is for
  // them; an angling club is for anyone (it does not say fishermen or the industry).
  {
    id: 'at_sea',
    service: /\bfisher(men|man|folk|s)\b|fishermen'?s|fishing (industry|fleet|communit\w*)|seafar|merchant nav|\bmariners?\b|maritime/,
    person: /\bfish(ing|erman|ermen|ed)\b|\bboats?\b|trawler|skipper|deckhand|decommission|seafar|\bships?\b|sailor|merchant nav|\bat sea\b|mariner/,
  },
  // A carers' group or line (its name says carers) is for people who look after someone: offered
  // when they chose caring, named caring duties, or their words say so — not as company for anyone.
  {
    id: 'carers',
    service: /\bcarers?\b|\bcaring for\b/,
    person: /\bcarers?\b|\bcaring\b|look(s|ing)? after (my|her|his|him|them|our|a)\b|cares? for (my|her|his|him|them|our)\b|sit with/,
    nameOnly: true,
  },
  // English classes (ESOL) are for people whose first language is not English: offered when the
  // person's words or a language barrier say so, never as company for a lonely English speaker.
  // Read from the NAME (and a term that is ESOL alone): "Adult learning and ESOL" as a category
  // also covers courses for anyone.
  {
    id: 'english_learning',
    service: /\besol\b|english (classes|lessons|conversation|language (classes|lessons|practice))|learn(ing)? english|speakers of other languages/,
    person: /\besol\b|\benglish\b|interpreter|first language|refugee|asylum|newcomer|new to (the uk|this country)/,
    nameOnly: true,
  },
  // A bereavement group or walk is for people who are grieving (round 6b: a man three months sober
  // was offered a bereavement café for "people who have been through it", and a new mother with low
  // mood a bereavement walk). Offered when they chose bereavement or their words say so. Read from
  // the name: "Bereavement and loss" as a category also files general listening services.
  {
    id: 'bereavement',
    service: /bereave|\bgrief\b|\bgrieving\b|widow/,
    person:
      /bereave|\bgrie(f|ving|ve)\b|widow|\bdied\b|passed away|\bdeath\b|funeral|lost (my|our|her|his|their) (wife|husband|partner|son|daughter|mum|dad|mother|father|child|baby|brother|sister|friend|nan|gran)|lost someone|took (his|her|their) own life/,
    nameOnly: true,
  },
  { id: 'arthritis', service: /arthrit/, person: /arthrit|joints?\b/ },
  // "Meet people who get fibro": the support group for it, not a general befriending line (round 6).
  { id: 'fibromyalgia', service: /fibromyalg|\bfibro\b/, person: /fibromyalg|\bfibro\b/ },
];

/** Topics that are a health condition: a goal naming one asks about that condition (physical health). */
export const CONDITION_TOPICS: ReadonlySet<string> = new Set([
  'diabetes',
  'lungs',
  'heart',
  'stroke',
  'dementia',
  'cancer',
  'parkinsons',
  'fatigue',
  'arthritis',
  'fibromyalgia',
]);

/**
 * A service in one language other than English ("advice in Polish", "Gaelic Conversation Calls",
 * "benefits advice in BSL") is for people who use that language: its name says so, or its
 * description says it is given in it. Bilingual services ("in Welsh and English") are for anyone.
 */
const LANGUAGES = [
  'polish',
  'urdu',
  'punjabi',
  'arabic',
  'bengali',
  'gujarati',
  'romanian',
  'lithuanian',
  'ukrainian',
  'russian',
  'somali',
  'kurdish',
  'farsi',
  'mandarin',
  'cantonese',
  'portuguese',
  'tigrinya',
  'gaelic',
  'welsh',
];
/** Each language's patterns, built once: the name test, the "given in it" description test, the person's words. */
const LANGUAGE_PATTERNS = LANGUAGES.map((l) => ({
  language: l,
  inName: new RegExp(`\\b${l}\\b`),
  inDescription: new RegExp(`\\b(in|speak(ing)?|speakers?( of)?) ${l}\\b|\\b${l}[- ]speak`),
}));
const BSL = /\bbsl\b|british sign language|sign language|\bdeaf\b/;
/**
 * In the person's words: hearing loss. A deaf centre's social group ("loop, captions and a BSL
 * user") is for them whether or not they sign (round 6: an 80-year-old "very hard of hearing" was
 * kept from the hearing-friendly social in his own town because it has a BSL user).
 */
const HEARING_LOSS = /hard of hearing|hearing (loss|aids?)|(can'?t|cannot|can not) hear\b|\bvery deaf\b/;
/** In the person's words, also "people who sign", "signers", "signing" (not "sign up", "sign on"). */
const SIGNS = /\b(people|folk|those|others) who sign\b|\bsigners?\b|\bsigning\b(?! (up|on|in|off|for|the|forms?))/;
const BILINGUAL = /bilingual|\band english\b|\benglish and\b/;

/**
 * The description only counts when the record does not list English among its languages: "Welsh-
 * speaking volunteers available" on a service offered in Welsh and English says it CAN be had in
 * Welsh, not that it is only for Welsh speakers. A name that says so ("Welsh-language Phone
 * Friends") is the service's purpose whatever else it lists.
 */
function languagesOf(name: string, description: string, offered: readonly string[]): string[] {
  const n = name.toLowerCase();
  const d = offered.some((l) => l.toLowerCase() === 'english') ? '' : description.toLowerCase();
  if (BILINGUAL.test(n) || BILINGUAL.test(d)) return [];
  const out = LANGUAGE_PATTERNS.filter((p) => p.inName.test(n) || p.inDescription.test(d)).map((p) => p.language);
  if (n.includes('polska')) out.push('polish');
  if (BSL.test(n) || /\bin bsl\b|\bbsl users?\b|in british sign language/.test(d)) out.push('bsl');
  return [...new Set(out)].map((l) => `language:${l}`);
}

/** The specific needs a service is for (ids), from its name and taxonomy terms (languages: also its description); empty for general services. */
export function specificTopicsOf(name: string, terms: readonly string[], description = '', languages: readonly string[] = []): string[] {
  const own = [name, ...terms.filter((t) => !/\band\b|&|,/i.test(t))].join(' \n ').toLowerCase();
  // A name that says what the service is for settles it: a category joining two needs ("Substance
  // misuse and gambling harm support") does not add the other one to a "Gambling Recovery Group"
  // (round 6: a man six months sober was offered it for "keep going to a recovery group").
  const lowerName = name.toLowerCase();
  const named = TOPICS.some((t) => t.service.test(lowerName));
  const purpose = named ? own : [name, ...terms].join(' \n ').toLowerCase();
  // A service filed under a general need as well as a specific one, whose name and description say
  // nothing of the specific one, is a general service: "Talking Therapies Evening Clinics" (CBT and
  // counselling) under "Mental wellbeing" and "Drug and alcohol services" is for low mood too
  // (round 7b). A name or description that says it in a service's or a person's words ("for anyone
  // wanting to stop drinking", "people in recovery") keeps it.
  const general = terms.some((t) => !TOPICS.some((x) => x.service.test(t.toLowerCase())));
  const said = `${lowerName} \n ${description.toLowerCase()}`;
  return [
    ...TOPICS.filter((t) => t.service.test(t.nameOnly ? own : purpose))
      .filter((t) => named || !general || t.nameOnly || t.service.test(said) || t.person.test(said) || !terms.some((x) => t.service.test(x.toLowerCase())))
      .map((t) => t.id),
    ...languagesOf(name, description, languages),
  ];
}

/** The specific needs the person's words name (ids), and the language they prefer when one was given. */
export function topicsNamedIn(words: string, language?: string): string[] {
  const lower = `${words}\n${language ?? ''}`.toLowerCase();
  const langs = LANGUAGE_PATTERNS.filter((p) => p.inName.test(lower) || (p.language === 'polish' && /\bpolska\b/.test(lower))).map((p) => p.language);
  if (BSL.test(lower) || SIGNS.test(lower) || HEARING_LOSS.test(lower)) langs.push('bsl');
  return [...TOPICS.filter((t) => t.person.test(lower) || t.personCased?.test(words)).map((t) => t.id), ...langs.map((l) => `language:${l}`)];
}

/** A specific service is for this person when their words name at least one of its needs. */
export function topicAllows(serviceTopics: readonly string[] | undefined, named: readonly string[] | undefined): boolean {
  if (!serviceTopics || serviceTopics.length === 0) return true;
  return serviceTopics.some((t) => named?.includes(t));
}
