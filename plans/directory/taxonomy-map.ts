import { NEED_AREA_IDS, type NeedArea } from '../../dialogs/vocabulary';

/**
 * Taxonomy term → need area. Open Referral UK publishers use different vocabularies (LGA service
 * types, OpenActive activities, local lists), so the table is keyed by the normalised term text,
 * not an id. Terms are matched exactly after normalisation (lower case, "&" → "and", punctuation
 * dropped, trailing plural "s" tried), so "Men's Sheds" and "mens shed" both hit.
 */
export const TAXONOMY_NEED_MAP: ReadonlyArray<readonly [term: string, needs: readonly NeedArea[]]> = [
  ['befriending', ['loneliness']],
  ['telephone befriending', ['loneliness']],
  ['loneliness', ['loneliness']],
  ['social isolation', ['loneliness']],
  ['social groups', ['loneliness']],
  ['social activities', ['loneliness']],
  ['community groups', ['loneliness']],
  ['lunch clubs', ['loneliness']],
  ['coffee mornings', ['loneliness']],
  ['mens sheds', ['loneliness', 'mental_wellbeing']],
  ['bereavement', ['bereavement']],
  ['bereavement support', ['bereavement']],
  ['grief', ['bereavement']],
  ['debt advice', ['money']],
  ['money advice', ['money']],
  ['benefits advice', ['money']],
  ['welfare rights', ['money']],
  ['financial inclusion', ['money']],
  ['budgeting', ['money']],
  ['food banks', ['money']],
  ['energy advice', ['money', 'housing']],
  ['housing advice', ['housing']],
  ['housing', ['housing']],
  ['homelessness', ['housing']],
  ['tenancy support', ['housing']],
  ['home adaptations', ['housing', 'physical_health']],
  ['carers', ['caring']],
  ['carers support', ['caring']],
  ['young carers', ['caring']],
  ['respite', ['caring']],
  ['long term conditions', ['physical_health']],
  ['self management', ['physical_health']],
  ['falls prevention', ['physical_health', 'activity']],
  ['chair based exercise', ['activity', 'physical_health']],
  ['mental health', ['mental_wellbeing']],
  ['mental wellbeing', ['mental_wellbeing']],
  ['wellbeing', ['mental_wellbeing']],
  ['counselling', ['mental_wellbeing']],
  ['talking therapies', ['mental_wellbeing']],
  ['peer support', ['mental_wellbeing', 'loneliness']],
  ['arts on prescription', ['mental_wellbeing', 'loneliness']],
  ['arts and crafts', ['mental_wellbeing']],
  ['music', ['mental_wellbeing']],
  ['volunteering', ['work_volunteering']],
  ['employment support', ['work_volunteering']],
  ['employment', ['work_volunteering']],
  ['adult learning', ['work_volunteering']],
  ['digital skills', ['work_volunteering']],
  ['digital inclusion', ['work_volunteering']],
  ['esol', ['work_volunteering', 'loneliness']],
  ['physical activity', ['activity']],
  ['walking groups', ['activity', 'loneliness']],
  ['walking', ['activity']],
  ['exercise', ['activity']],
  ['sport', ['activity']],
  ['gym', ['activity']],
  ['swimming', ['activity']],
  ['dance', ['activity']],
  ['gardening', ['activity', 'mental_wellbeing']],
  ['green social prescribing', ['activity', 'mental_wellbeing']],
  // Words common in local vocabularies and free tags ("Finance › Debt & arrears", "meet-people"):
  // each segment of a hierarchical term is looked up on its own (needsForTerm).
  ['social', ['loneliness']],
  ['meet people', ['loneliness']],
  ['social connection', ['loneliness']],
  ['debt', ['money']],
  ['debt and arrears', ['money']],
  ['money', ['money']],
  ['benefits and income', ['money']],
  ['income maximisation', ['money']],
  // The script has no food option: food poverty is signposted under money.
  ['food', ['money']],
  ['cheap food', ['money']],
  ['food and essentials', ['money']],
  ['food pantries', ['money']],
  ['advice and tenancy', ['housing']],
  ['unpaid carers', ['caring']],
  ['emotional wellbeing', ['mental_wellbeing']],
  // No option for alcohol and drugs either: recovery support sits under mental wellbeing.
  ['alcohol and drugs', ['mental_wellbeing']],
  ['substance misuse', ['mental_wellbeing']],
  ['arts and music', ['mental_wellbeing']],
  ['jobs and skills', ['work_volunteering']],
  ['english and adult learning', ['work_volunteering']],
  ['get active', ['activity']],
  ['walking and movement', ['activity']],
  // Round 4: wordings from two more directories' vocabularies, kept general ("Work › Finding
  // work", "Men's Health & Sheds"). "Arts & Creativity" is not mapped: a book club or a film
  // afternoon carries it, and is company, not arts for wellbeing. Help getting online has no
  // need option (the script has no digital need) and is not work support, so it stays unmapped
  // and the import says so.
  ['crafts', ['mental_wellbeing']],
  ['sheds', ['loneliness', 'mental_wellbeing']],
  ['feeling low', ['mental_wellbeing']],
  ['finding work', ['work_volunteering']],
];

/** "Men's Sheds" → "mens sheds"; shared by the table keys and incoming terms. */
export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const TERM_LOOKUP = new Map<string, readonly NeedArea[]>(TAXONOMY_NEED_MAP.map(([t, n]) => [normaliseTerm(t), n]));

function lookupTerm(term: string): readonly NeedArea[] {
  const key = normaliseTerm(term);
  return TERM_LOOKUP.get(key) ?? TERM_LOOKUP.get(`${key}s`) ?? TERM_LOOKUP.get(key.replace(/s$/, '')) ?? [];
}

/**
 * A hierarchical term ("Finance › Debt & arrears", "Health > Long-term conditions", "Advice and
 * Money: Money and debt advice"): the whole, else its most specific segment that is known. A colon
 * followed by a space is a separator too (round 6: a county directory's "Living with a Health
 * Condition: Support groups for health conditions" gave a lung-health group no health need).
 */
const SEGMENT = /\s*(?:›|»|>|\/|\||::|:(?=\s))\s*/;

export function needsForTerm(term: string): readonly NeedArea[] {
  const whole = lookupTerm(term);
  if (whole.length) return whole;
  const segments = term.split(SEGMENT).filter(Boolean);
  for (const seg of segments.reverse()) {
    const found = lookupTerm(seg);
    if (found.length) return found;
  }
  // "Men's Health & Sheds", "Feeling Low & Worried": two terms in one; each part that is known.
  const parts = term.split(/\s*(?:&|\band\b|,)\s*/i).filter(Boolean);
  return parts.length > 1 ? [...new Set(parts.flatMap((p) => [...lookupTerm(p)]))] : [];
}

/**
 * Keyword fallback over name, terms and description, for publishers with no usable taxonomy
 * (the ORUK example's term is literally "name"). The label becomes the "why" reason.
 */
const KEYWORD_RULES: ReadonlyArray<readonly [NeedArea, RegExp, string]> = [
  ['loneliness', /befriend/, 'befriending'],
  ['loneliness', /men'?s shed/, "a men's shed"],
  ['loneliness', /lunch club|coffee morning|social group|meet new people|make (new )?friends|friendship/, 'a chance to meet people'],
  ['loneliness', /lonel|isolat/, 'support with loneliness'],
  // Local vocabularies and plain descriptions ("a friendly chat", "Talking and Listening").
  [
    'loneliness',
    /friendly chat|for a chat|and (a )?chat\b|a chat and|\bchat with|company|get-together|meet (other )?(people|neighbours)|nobody sits alone|social club|\bchoir\b|sing with|getting out and about/,
    'a chance to meet people',
  ],
  ['loneliness', /\bnatter\b|community (hub|caf[eé])|warm (space|hub|welcome)/, 'a chance to meet people'],
  // A wellbeing or social group is company ("a weekly wellbeing group on Zoom"); a group for one
  // audience (carers, new parents) or topic is not, for someone who is lonely.
  ['loneliness', /\b(wellbeing|social|community|friendship|craft|hobby) groups?\b/, 'a group to meet people'],
  ['loneliness', /\byouth (club|group|cafe|café)s?\b/, 'a chance to meet people'],
  // A meal, a film or a cuppa in company; an informal chat; a men's or farmers' breakfast or group
  // ("come for the bacon, stay for the chat": round 6, a farmers' breakfast had no need at all).
  [
    'loneliness',
    /informal chat|chat (night|group|club|session)|men'?s (group|breakfast|club|cuppa)|eat together|sit with others|film (afternoon|club|morning|night)|\bsinging\b|(stay|come|there|here) for the (chat|company|natter|craic)|(farmers'?|community|monthly|weekly) breakfast\b/,
    'a chance to meet people',
  ],
  ['bereavement', /bereave|grief|griev/, 'bereavement support'],
  ['money', /\bdebts?\b/, 'debt advice'],
  ['money', /money advice|benefits? (advice|checks?)|welfare rights|budgeting|food ?bank|universal credit|energy bills?/, 'money advice'],
  [
    'money',
    /surplus food|community (kitchen|food)|food (hub|share|parcels?|pantry|larder|shop|club)|\bgroceries\b|\bpantry\b|\blarder\b|community fridge|low[- ]cost food|cheap food/,
    'food support',
  ],
  // "Rent arrears" at a tenancy service is about keeping the home (the housing rule reads it); other arrears are money.
  ['money', /money matters|money worries|\bbills\b|(?<!rent )arrears|council tax|bailiff|cost of living|\bsanction/, 'money advice'],
  ['housing', /housing|homeless|tenan(t|cy)|landlord|evict|rent arrears/, 'housing advice'],
  [
    'caring',
    /\bcarers?\b|caring for|respite|looking after someone|look after a (family member|relative)|person you care for|sitting service/,
    'support for carers',
  ],
  ['physical_health', /chair[- ]based/, 'chair-based exercise'],
  [
    'physical_health',
    /long[- ]term condition|living with a (health )?condition|(?<!mental )health conditions|lung[- ]health|diabetes|arthritis|\bcopd\b|heart (disease|condition|health)|falls|stroke|\bpain\b|hearing (loss|aid)|sight loss|after a hospital stay|lung condition/,
    'help with a health condition',
  ],
  ['mental_wellbeing', /counsell/, 'counselling'],
  // As the taxonomy table has it: a men's shed is company and wellbeing.
  ['mental_wellbeing', /men'?s shed/, "a men's shed"],
  ['mental_wellbeing', /\balcohol\b|\bdrugs?\b|\bdrinking\b|addiction|substance (use|misuse)/, 'alcohol and drug support'],
  ['mental_wellbeing', /arts? on prescription/, 'arts on prescription'],
  ['mental_wellbeing', /talking therap/, 'talking therapy'],
  ['mental_wellbeing', /mindful/, 'mindfulness'],
  ['mental_wellbeing', /\bcrafts?\b|\bpainting\b|\bcreative\b|\bsinging\b/, 'arts and creativity'],
  [
    'mental_wellbeing',
    /mental (health|wellbeing)|wellbeing|anxiety|depress|\bstress|low mood|lift your mood|feeling good|\bworry\b/,
    'mental wellbeing support',
  ],
  // Not bare "volunteer": most community services are run BY volunteers.
  ['work_volunteering', /volunteering|become a volunteer|volunteer (roles|opportunit)/, 'volunteering'],
  ['work_volunteering', /digital skills|computer|online skills/, 'digital skills'],
  ['work_volunteering', /work coach|returning to work|back to work|finding work|find work/, 'help with work and training'],
  ['work_volunteering', /\besol\b|english (classes|conversation)/, 'English language practice'],
  ['work_volunteering', /employ|\bjobs?\b|work club|\bcvs?\b|training/, 'help with work and training'],
  // "walk-in" / "just walk in" is how to arrive, not a walk; "longer walks in the dales" is one.
  ['activity', /\bwalking\b|\bwalks\b|\bwalk\b(?![- ]in\b)/, 'walking'],
  ['activity', /garden/, 'gardening'],
  ['activity', /chair[- ]based/, 'chair-based exercise'],
  [
    'activity',
    /exercise|\bgym\b|fitness|yoga|tai chi|swim|danc|\bsports?\b|football|netball|surf|cycling|physical activity|get(ting)? active|keeping active|sea dips/,
    'physical activity',
  ],
];

export interface NeedMapping {
  needAreas: NeedArea[];
  needEvidence: Partial<Record<NeedArea, string>>;
}

const ONE_TO_ONE_LINE = /\b(help|listening|advice|support|crisis|information|talk)[ -]?lines?\b/;
const EXPLICIT_COMPANY = /befriend|friendship|friendly (call|chat)|lonel|isolat|company|for a chat|social (call|contact)/;

/** Taxonomy terms win over keywords as evidence, because a publisher chose them deliberately. */
const VOLUNTEER_CENTRE = /\bvolunteer(ing)? (hub|centre|center|bureau|service|matching)\b|\bvolunteer [a-z]+ (hub|centre)\b/;

export function mapNeedAreas(terms: readonly string[], freeText: string, name = ''): NeedMapping {
  const evidence: Partial<Record<NeedArea, string>> = {};
  for (const term of terms) {
    // Keep acronyms ("ESOL") as written; "Debt advice" reads better as "debt advice" in a sentence.
    const label = /^[A-Z0-9]{2,}$/.test(term.trim()) ? term.trim() : term.trim().toLowerCase();
    for (const need of needsForTerm(term)) evidence[need] ??= label;
  }
  const lower = freeText.toLowerCase();
  // A volunteer centre's description lists the roles it places people in ("gardening, befriending,
  // cafés"): those are what volunteers do, not what the centre offers, so only volunteering is read.
  const rules = VOLUNTEER_CENTRE.test(name.toLowerCase()) ? KEYWORD_RULES.filter(([need]) => need === 'work_volunteering') : KEYWORD_RULES;
  for (const [need, pattern, label] of rules) {
    if (evidence[need] === undefined && pattern.test(lower)) evidence[need] = label;
  }
  // A listening line or helpline is someone to ring when things are hard — emotional support, not
  // company. Company is read from a "peer support" or "wellbeing" category only where peers meet (a
  // group); a line keeps it only when its own words say befriending, friendship or loneliness.
  const all = `${name.toLowerCase()} \n ${lower} \n ${terms.join(' ').toLowerCase()}`;
  if (evidence.loneliness !== undefined && ONE_TO_ONE_LINE.test(all) && !EXPLICIT_COMPANY.test(all)) delete evidence.loneliness;
  return { needAreas: NEED_AREA_IDS.filter((n) => evidence[n] !== undefined), needEvidence: evidence };
}
