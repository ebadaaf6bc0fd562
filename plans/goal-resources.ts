import type { NeedArea } from '../dialogs/vocabulary';
import type { ResourceSuggestion } from './directory/query';
import { CONDITION_TOPICS, topicsNamedIn } from './directory/specific-topics';
import { tokenize } from './directory/tokenize';

/**
 * Which of the matched resources serves which goal. The matcher ranks services for the whole
 * person; a plan needs them per goal ("sort out my money" should get the debt advice service,
 * not the walking group), so each goal takes the suggestion that best fits its own words.
 */

/** Everyday words people use for each need area — only to relate a goal to the need areas. */
/** A goal about making things ("do something creative", "my knitting"): both wellbeing and company (below). */
const MAKING_THINGS = /\b(creative|craft\w*|paint(ing)?|draw(ing)?|knit\w*|sew\w*|pottery|arts?)\b/i;

const GOAL_NEED_WORDS: ReadonlyArray<readonly [RegExp, NeedArea]> = [
  [
    /\b(lonel\w*|isolat\w*|friends?|(?<!(phone|mobile|energy|gas|electric\w*|water|insurance|loan|credit|finance|debt|bus|broadband) )compan(y|ions?\w*)|chat\w*|social\w*|meet\w* (new |other )?people|get(ting)? out of the house|go(ing)? out more)\b/i,
    'loneliness',
  ],
  [/\b(bereave\w*|grie\w*|loss|lost|died|death|passed away|widow\w*)\b/i, 'bereavement'],
  [
    /\b(money|debts?|bills?|benefits?|budget\w*|afford\w*|income|pension|financ\w*|arrears|entitle\w*|council tax|sanction\w*|owe|owing|bailiffs?|debt collectors?|(phone|energy|gas|electric\w*|water) (company|bill))\b/i,
    'money',
  ],
  [
    /\b(housing|homeless\w*|home repairs?|landlord|tenan\w*|damp|heating|boiler|move house|evict\w*|somewhere (safe )?to (live|stay)|place to (live|stay)|(my|our|a) own (place|flat|front door)|front door|accommodation|sleeping rough|sofa ?surf\w*|council house)\b/i,
    'housing',
  ],
  [
    /\b(carers?|caring|care for|look(ing)? after|(someone|somebody) to sit with|sit(ting)? with (him|her|them|my \w+)|sitters?|sitting service|respite|(a|some|the odd) break( now and then| from (it|caring|looking after \w+))?)\b/i,
    'caring',
  ],
  // Legs, balance and falls: strength for staying on one's feet is a health matter (falls prevention).
  [
    /\b(knee|pain|diabet\w*|breath\w*|condition|weight|health|heart|arthritis|copd|sleep|eat(ing)?|diet\w*|nutrition|legs?|falls?|falling|balance|steadier)\b/i,
    'physical_health',
  ],
  // Staying off drink or drugs is recovery support, which sits under mental wellbeing (as the taxonomy table has it).
  [
    /\b(mood|anx\w*|stress\w*|worr\w*|low|depress\w*|confiden\w*|wellbeing|mental|calm|panic\w*|sleep|drink\w*|alcohol|drugs?|sober\w*|sobriety|recovery (group|meeting|caf[eé]|communit\w*)s?)\b/i,
    'mental_wellbeing',
  ],
  // Work as the time or place of something else ("after work", "no one from work finding out",
  // "stress at work") is not a goal about work: round 7b, a shift worker's "a group I can get to
  // after work" was given two employment services. "Back at work" still is.
  [/\b(volunteer\w*|(?<!\b(?:after|from|before|outside|around|(?<!back )at) )work|job|employ\w*)\b/i, 'work_volunteering'],
  [/\b(walk\w*|exercis\w*|activ\w*|swim\w*|fit\w*|garden\w*|allotment|danc\w*|yoga|sport\w*|gym|cycl\w*|outdoors?)\b/i, 'activity'],
  // Legs, balance and strength are also what exercise is for: read in the light of what the person
  // chose (namedInLightOfChosen), "keep my legs going" from someone who chose physical activity is
  // an activity goal, not one for any health service (round 7: a Dales widower was given a sight-loss
  // home visit for it; the activity he asked for is not in reach, and the plan should say so).
  [/\b(legs?|balance|steadier|strength|stronger)\b/i, 'activity'],
  // Something creative is wellbeing (as the taxonomy reads arts and crafts) and, done in a group, company:
  // read in the light of what the person chose, so "do something creative" gets an art or craft group.
  [MAKING_THINGS, 'mental_wellbeing'],
  [MAKING_THINGS, 'loneliness'],
];

/** Words that hint at a need but are too general to name it alone ("learn to play the cello"). */
const WEAK_GOAL_NEED_WORDS: ReadonlyArray<readonly [RegExp, NeedArea]> = [[/\b(skills?|course|learn\w*|train\w*)\b/i, 'work_volunteering']];

export function weakNeedsForGoal(text: string): NeedArea[] {
  return WEAK_GOAL_NEED_WORDS.filter(([p]) => p.test(text)).map(([, n]) => n);
}

/**
 * Words for how people meet, not why: "a group" names company only when nothing else is named —
 * "join a bereavement group" asks for bereavement support, and a young adults' wellbeing group
 * would be an unrelated substitute for it.
 */
const FORMAT_WORDS = /\b(group|club|coffee|lunch|meet\w* (some |a few )?(other|new|more) \w+)\b/i;

/**
 * First names that are also everyday words ("sit with Bill" is not about bills): written with a
 * capital inside a sentence they are a person, and are left out before the goal is read.
 */
const NAME_WORDS =
  /(?<=\w[,;]? )(Bill|Frank|Mark|Grace|Joy|Hope|Rose|Will|Pat|Sue|Dawn|Faith|June|May|Carol|Heather|Holly|Ivy|Jack|Rob|Sandy|Violet|Iris|Art)\b/g;

export function withoutNames(text: string): string {
  return text.replace(NAME_WORDS, '');
}

/**
 * What a goal says about cost is a limit on the plan, not a need: "nothing that costs money,
 * we're on half pay" asks for free things, not for money advice (the cost rule already keeps the
 * plan free, reach.ts). These words are left out before the goal's needs are read. "Can't afford
 * one of those private places" or "can't pay for anything" says the same of the SERVICES offered;
 * "can't afford the rent" or "the heating" names a living cost, a money need, and is kept.
 */
const COST_LIMIT =
  /\b((nothing|anything|something)( that| which)? costs?( any)? money|costs? (any )?money|(we'?re|i'?m|we are|i am) on half pay|(has|have|needs?) to be free|for free|(can'?t|cannot|couldn'?t|could not) (afford|pay)( for)? (anything|any of (it|that|them|those)|it|that|those|them|one of th(ose|em)|(a |any )?(private|paid)( \w+)?|(classes|courses|fees|sessions|therapy|counselling|membership)))\b/gi;

/**
 * The need areas the goal's words name (without the "a group is company" reading), and whether it
 * names only how people meet ("find a group", "a club on a Friday"), not why.
 */
function readGoal(goal: string): { named: NeedArea[]; formatOnly: boolean } {
  const text = withoutNames(goal).replace(COST_LIMIT, ' ');
  const named: NeedArea[] = [];
  for (const [pattern, need] of GOAL_NEED_WORDS) if (pattern.test(text) && !named.includes(need)) named.push(need);
  // "Meet people who get fibro": a condition named is a health need as well as whatever else the
  // words say (round 6: the goal read as company only, and a befriending line beat the fibromyalgia group).
  if (!named.includes('physical_health') && topicsNamedIn(text).some((t) => CONDITION_TOPICS.has(t))) named.push('physical_health');
  return { named, formatOnly: named.length === 0 && FORMAT_WORDS.test(text) };
}
const namedNeeds = (goal: string): NeedArea[] => readGoal(goal).named;
const formatOnly = (goal: string): boolean => readGoal(goal).formatOnly;

export function needsForGoal(goal: string): NeedArea[] {
  const { named, formatOnly } = readGoal(goal);
  return formatOnly ? ['loneliness'] : named;
}

/**
 * How well a service fits one goal: shared need areas count most, then shared words — a word in
 * the service's NAME counts twice, because the name says what the service is ("try swimming
 * again" is the swim, not the befriender whose description mentions "a swim").
 */
export function goalFit(goalText: string, s: ResourceSuggestion): number {
  const needs = needsForGoal(goalText);
  const needHits = needs.filter((n) => s.service.needAreas.includes(n)).length;
  const serviceWords = new Set(goalTokens(`${s.service.name} ${s.service.taxonomyTerms.join(' ')} ${s.service.description}`));
  const nameWords = new Set(goalTokens(s.service.name));
  const goalWords = new Set(goalTokens(withoutNames(goalText)));
  const wordHits = [...goalWords].filter((t) => serviceWords.has(t)).length;
  const nameHits = [...goalWords].filter((t) => nameWords.has(t)).length;
  // "Do something with my drawing" and an "arts & music" studio share no word, yet one is the other.
  // As with words, the name saying so counts more than a category or description.
  const creative = !CREATIVE.test(goalText)
    ? 0
    : CREATIVE.test(s.service.name)
      ? 3
      : CREATIVE.test(`${s.service.taxonomyTerms.join(' ')} ${s.service.description}`)
        ? 2
        : 0;
  // The goal names one condition, group or language ("talk to other people with ME", "a group
  // about diabetes"), and the service is for exactly that: it is what was asked for, and a general
  // peer group sharing a broad need area is a substitute (round 5c). Weighted as a need area.
  const goalTopics = topicsNamedIn(goalText);
  const topicHit = goalTopics.length > 0 && (s.service.specificTo ?? []).some((t) => goalTopics.includes(t)) ? 3 : 0;
  return needHits * 3 + wordHits + nameHits + creative + topicHit;
}

/**
 * Words people use interchangeably for one thing: "find out if I can work in a pharmacy" and a job
 * club's "job search" are the same subject, though they share no word (round 5c: an online skills
 * course sharing only the broad need area tied with, and beat, the job club).
 */
// "Sing or do something with other people" and a choir (round 6: the goal took the men's shed,
// the choir sharing no word with it).
const SAME_AS: Readonly<Record<string, string>> = { job: 'work', employment: 'work', career: 'work', sing: 'choir' };

function goalTokens(text: string): string[] {
  return tokenize(text).map((t) => SAME_AS[t] ?? t);
}

/** Making things: a goal and a service that both say so are one kind, whichever words they use. */
const CREATIVE = /\b(creative|creativity|crafts?|crafting|paint(ing)?|draw(ing)?|sketch\w*|knit\w*|sew\w*|pottery|arts?|artists?)\b/i;

/**
 * The goal is about going out ("get out of the house a couple of times a week", "something to get
 * me out on a Friday", "meet people face to face"): a phone call or a visit at home does not meet it
 * while somewhere to go is in reach. Not when someone is to sit with the person cared for "so I can
 * get out" — that goal is met at home.
 */
const GOING_OUT =
  /\b(get(ting)? (me )?out( of the house| more| and about| a bit)?|go(ing)? out( more)?|out of the house|leave the house|face to face|in person|meet (new |other )?people)\b/i;
/** "Meet other mothers": people meet at a group, not on a helpline. */
const MEETING = /\bmeet\w*\b/i;

export function goesOut(goal: string): boolean {
  const text = withoutNames(goal);
  return GOING_OUT.test(text) && !namedNeeds(text).includes('caring');
}

/** "What help we're entitled to", "allowances": a carer asking about a carer's entitlements (needsAllowedForGoal). */
const ENTITLEMENT = /\b(entitle\w*|what help|allowances?)\b/i;

/**
 * Needs the script has no option for, that a goal may still name: each is met by a service whose
 * own words say it (found by words, as it carries no need area) or by an honest "nothing found".
 */
const PARENT_GOAL =
  /\b(other (dads|mums|mothers|fathers|parents)|parenting|(a |being a )(better |proper |good )?(dad|mum|parent)|bab(y|ies)|toddlers?|stay and play|mother and baby)\b/i;
const PARENT_SERVICE = /\b(dads?|fathers?|mums?|mothers?|parents?|parenting|perinatal|postnatal|babies|baby|toddlers?|stay and play)\b/i;

/**
 * A goal about getting somewhere ("get a lift to town on market day") names a need the script
 * has no area for. It is met by a transport service (community transport, a dial-a-ride, a
 * volunteer car scheme) or by an honest "nothing found" — never by whatever else the person's
 * needs bring up (an art group is no answer to "a lift"). Only when the goal names no need area:
 * "a lift to the bereavement group" is about the group.
 */
const TRANSPORT_GOAL =
  /\b(a lift|lifts|(community )?transport|dial[- ]a[- ](ride|lift|bus)|a bus pass|a taxi|a driver|get(ting)? (in)?to (the )?(shops|town|market|appointments?|hospital|surgery))\b/i;
/** "Get into Skipton for the shops" (round 7): getting to a named town for shops or appointments is a trip. */
const TRIP_TO_TOWN = /\b(?:[Gg]et(?:ting)?|[Gg]o(?:ing)?) (?:in)?to [A-Z][\w'-]+(?: [A-Z][\w'-]+)? for (?:the )?(?:shops|shopping|market|appointments?)\b/;
const TRANSPORT_SERVICE =
  /\bcommunity transport\b|dial[- ]a[- ](ride|lift|bus)|door[- ]to[- ]door (transport|minibus|bus)|\bminibus\b|volunteer drivers?|car scheme|\blifts? to (appointments|the shops|shopping)/i;

export function transportGoal(goal: string): boolean {
  const text = withoutNames(goal);
  return (TRANSPORT_GOAL.test(text) || TRIP_TO_TOWN.test(text)) && namedNeeds(text).length === 0;
}

export function isTransportService(s: ResourceSuggestion['service']): boolean {
  return TRANSPORT_SERVICE.test(`${s.name} \n ${s.taxonomyTerms.join(' ')} \n ${s.description}`);
}

/**
 * A goal about using a device or getting online ("learn the tablet", "help with emails", "get
 * online") names digital skills, which the script has no need area for: it is met by a digital
 * help service (a digital drop-in, IT or tablet lessons) or an honest "nothing found" — never by
 * whatever else the person's needs bring up (round 6: "learn the tablet" was given the men's shed).
 * Not an online course: the person is learning to get online (round 6: an online skills bootcamp
 * was offered for "learn to do video calls" to a woman who cannot use a computer or a phone).
 */
const DIGITAL_GOAL =
  /\b(learn|use|using|work|working|get to grips with|help with|set up|understand|manage)\b(?:\s+\w+){0,3}?\s+(tablets?|ipads?|computers?|laptops?|smart ?phones?|mobile phones?|the internet|e-?mails?|video[- ]calls?|zoom|facetime|whatsapp|apps?|websites?|online forms?)\b|\b(digital skills|get(ting)? online|go(ing)? online|computer skills|it skills|nhs app)\b|\b(order|book|pay|shop|renew|do)\w*\b(?:\s+\w+){0,3}?\s+online\b/i;
const DIGITAL_SERVICE =
  /\bdigital (inclusion|skills|help|drop[- ]in|buddies|champions|support)\b|\b(it|computer|tablet|ipad|online|internet) (skills|lessons|classes|course|help|drop[- ]in|support|buddies)\b|\bhelp with (tablets|phones|computers|laptops|smartphones|email|the internet|getting online)\b|\bget(ting)? online\b/i;

export function digitalGoal(goal: string): boolean {
  const text = withoutNames(goal);
  return DIGITAL_GOAL.test(text) && namedNeeds(text).length === 0;
}

export function isDigitalService(s: ResourceSuggestion['service']): boolean {
  return DIGITAL_SERVICE.test(`${s.name} \n ${s.taxonomyTerms.join(' ')} \n ${s.description}`);
}

/**
 * A goal about making things ("get back to painting", "do some knitting again") and nothing else:
 * met by a service whose own words say it is creative (round 6b: a carer who used to paint was
 * given a telephone befriending line for "get back to painting" — company, not painting).
 */
export function creativeGoal(goal: string): boolean {
  const text = withoutNames(goal);
  return MAKING_THINGS.test(text) && namedNeeds(text).every((n) => n === 'mental_wellbeing' || n === 'loneliness');
}

/** "Meet other dads": a group for parents (by its name or terms), whatever else is near. */
export function parentGoal(goal: string): boolean {
  return PARENT_GOAL.test(withoutNames(goal));
}

export function isParentService(s: ResourceSuggestion['service']): boolean {
  return PARENT_SERVICE.test(`${s.name} \n ${s.taxonomyTerms.join(' ')}`);
}

/** The words a goal with no need area of its own is searched with, or null for an ordinary goal. */
export function unmappedGoalWords(goal: string): string | null {
  if (transportGoal(goal)) return 'community transport dial-a-ride minibus';
  if (parentGoal(goal)) return 'parents dads mums family';
  if (digitalGoal(goal)) return 'digital skills help with tablets computers getting online';
  return null;
}

/**
 * The goal names a condition, group or language and the service is for exactly that ("meet other
 * people with bad chests" and a Breathe Easy group): it serves the goal whatever need areas its
 * record was given — a group recorded only as "friendship" is still the lung group (round 6).
 */
function forTopicNamed(goalTopics: readonly string[], s: ResourceSuggestion): boolean {
  return goalTopics.length > 0 && (s.service.specificTo ?? []).some((t) => goalTopics.includes(t));
}

/** A service not yet used for an earlier goal wins a tie, never a clearly better fit. */
const UNUSED_BONUS = 0.5;

/**
 * The need areas a service must share to serve a goal: the ones the goal's own words name, or —
 * when the words name none ("a break now and then") — the ones the person chose. A service
 * outside them is unrelated to the goal and is never offered for it.
 */
export function needsAllowedForGoal(goalText: string, personNeeds: readonly NeedArea[]): readonly NeedArea[] {
  // "A group" alone is company for someone who asked for company; for someone who chose other
  // needs (mental wellbeing, work) it is a group for those — a walking group is no answer to
  // "keep going to my group" from someone in recovery who never asked for company.
  if (formatOnly(goalText) && personNeeds.length > 0 && !personNeeds.includes('loneliness')) return personNeeds;
  const named = needsForGoal(goalText);
  // "What help we're entitled to" from a carer who did not ask for money advice: a carers'
  // service's first job (a carer's assessment, Carer's Allowance), in the need they chose.
  if (named.length === 1 && named[0] === 'money' && ENTITLEMENT.test(goalText) && personNeeds.includes('caring') && !personNeeds.includes('money'))
    return ['caring'];
  return named.length ? namedInLightOfChosen(named, personNeeds) : personNeeds;
}

/**
 * Words that name several needs are read in the light of the ones the person chose: "sleep
 * better" for someone who chose mental wellbeing is about wellbeing, not a health condition; "the
 * arrears before the landlord does something" for someone who chose money is money advice. A goal
 * naming only needs they did not choose keeps them ("walk every day" still asks for walking).
 */
export function namedInLightOfChosen(named: readonly NeedArea[], personNeeds: readonly NeedArea[]): readonly NeedArea[] {
  const chosen = named.filter((n) => personNeeds.includes(n));
  return chosen.length ? chosen : named;
}

/**
 * One service per goal: the best fit among services sharing the goal's need areas, with a small
 * preference for one not yet used (variety wins a tie, not a clearly better fit). Goals whose words
 * name a need choose first, so "understand what I should be eating" cannot take the swim that "try
 * swimming again" needs. A goal with nothing that fits gets no service — the drafter then says so
 * honestly; an unrelated service is worse than none. Ties keep the matcher's order (deterministic).
 * Goals naming a specific topic that a suggestion is for choose before those.
 */
export function assignResourcesToGoals(
  goalTexts: readonly string[],
  suggestions: readonly ResourceSuggestion[],
  personNeeds: readonly NeedArea[] = [],
): Array<ResourceSuggestion | null> {
  const used = new Set<string>();
  const out: Array<ResourceSuggestion | null> = goalTexts.map(() => null);
  // A goal naming what a service is specifically for ("somebody who understands farming") chooses
  // before one naming only a broad need ("sort the money out"), which most services meet (round 6:
  // the money goal took the farmers' support line and the farming goal was left a debt line).
  // The topics each goal names, read once per goal (not once per goal and service).
  const topicsOf = goalTexts.map((text) => topicsNamedIn(text));
  const rank = (i: number) => (suggestions.some((s) => forTopicNamed(topicsOf[i]!, s)) ? 2 : needsForGoal(goalTexts[i]!).length > 0 ? 1 : 0);
  const order = goalTexts.map((text, i) => ({ text, i, r: rank(i) })).sort((a, b) => b.r - a.r);
  for (const { text, i } of order) {
    const strong = needsForGoal(text).length > 0 || personNeeds.length > 0;
    const allowed = strong ? needsAllowedForGoal(text, personNeeds) : weakNeedsForGoal(text);
    // A weak hint alone must be backed by the goal's own words appearing in the service.
    // A lift or a parents' group carries no need area of the script's: its own words decide.
    const matching = transportGoal(text)
      ? suggestions.filter((s) => isTransportService(s.service))
      : creativeGoal(text)
        ? // "Get back to painting": an art or craft group, or an honest none — a befriending call is no answer.
          suggestions.filter((s) => CREATIVE.test(`${s.service.name} \n ${s.service.taxonomyTerms.join(' ')} \n ${s.service.description}`))
        : digitalGoal(text)
          ? // Someone learning to get online is not sent online to learn it: in person, at home or by phone.
            suggestions.filter((s) => isDigitalService(s.service) && s.mode !== 'online')
          : parentGoal(text)
            ? suggestions.filter((s) => isParentService(s.service) && !(MEETING.test(text) && s.mode === 'phone'))
            : suggestions.filter(
                (s) => (s.service.needAreas.some((n) => allowed.includes(n)) || forTopicNamed(topicsOf[i]!, s)) && (strong || goalFit(text, s) > 0),
              );
    // A goal to get out of the house is met by somewhere to go, when one is in reach.
    const inPerson = goesOut(text) ? matching.filter((s) => s.mode === 'in_person') : [];
    const fitting = inPerson.length ? inPerson : matching;
    let best: ResourceSuggestion | null = null;
    let bestFit = 0;
    for (const s of fitting) {
      const fit = goalFit(text, s) + 1 + (used.has(s.service.id) ? 0 : UNUSED_BONUS);
      if (fit > bestFit) {
        best = s;
        bestFit = fit;
      }
    }
    if (best) used.add(best.service.id);
    out[i] = best;
  }
  return out;
}
