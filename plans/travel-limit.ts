/**
 * How far the person says they can get, in their own words, whatever the means: "walks, up to
 * about 4 km", "takes the bus, up to about 5 km", "gets a taxi with his taxicard up to about 3 km",
 * "drives; will go up to about 15 km", "walks about the village only (2 km at most)". A link worker
 * reading that uses the person's own limit, not a default for the barrier ticked: before round 6b
 * only a walking limit was read, and only when no other way of travelling was named at all — so
 * "not even bus fares; walks everywhere, up to about 3 km" kept the cost barrier's 8 km (a work
 * club 6 km away was offered), and a taxi limit of 3 km left 15 km (an art group 12 km away).
 *
 * The rule, per sentence: a stated limit covers the ways of travelling named before it (since the
 * previous limit); a way of travelling named with a negation ("no car", "not even bus fares",
 * "doesn't drive") is not one they use. The person's limit is the largest limit stated, and only
 * when every way they use has one: "walks up to 1 km, takes the bus into town" sets none, as the
 * bus goes further.
 */
const MODE =
  /\b(walk(?:s|ing|ed)?|on foot|bus(?:es)?|coach|trains?|tram|metro|drives?|driving|cars?|lifts?|taxis?|taxicard|cabs?|scooter|buggy|bikes?|cycl(?:es?|ing)|dial-a-ride)\b/gi;
const NEGATION = /\b(no|not|never|can'?t|cannot|couldn'?t|doesn'?t|does not|don'?t|do not|won'?t|will not|without|gave up|given up|stopped|unable to)\b/i;
/** Words between a negation and the way of travelling it rules out ("not even bus fares"). */
const NEGATION_WORDS = 3;
/**
 * A distance as people say it: "3 km", "three miles", "half a mile", "3-4 miles" or "three to four
 * miles" (a range: its upper end). Before round 7b only digits were read, so "up to about three
 * miles" and "about 3-4 miles" set no limit and the barrier's default (8 or 15 km) stood.
 */
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const ONE_NUMBER = String.raw`\d+(?:\.\d+)?|${Object.keys(WORD_NUMBERS).join('|')}`;
const NUMBER = String.raw`((?:(?:${ONE_NUMBER})\s*(?:-|–|to|or)\s*)?(?:${ONE_NUMBER})|half a|a)\s*(km|kilomet(?:re|er)s?|miles?|metres|meters)\b`;
const LIMIT = new RegExp(
  String.raw`\b(?:up to|about|around|no more than|no further than|at most|under|within|a maximum of|max(?:imum)?)\s+(?:about\s+|around\s+)?${NUMBER}|\b${NUMBER}\s*(?:at most|max(?:imum)?|or less|tops)\b`,
  'gi',
);

/**
 * "Up to about 5 km" read as a link worker reads it: about five, so a venue 6 km away is not
 * ruled out, while "at most 5 km" is. It also allows for the person's home being known only as
 * a town or postcode-district centre, a km or two from where they really live (round 6b: a
 * Dagenham driver's "up to about 5 km" measured from the town centre lost the Barking advice
 * centre 4.7 km from her home).
 */
export const ABOUT_TOLERANCE = 0.25;
/**
 * …but never more than this: both reasons are a km or two whatever the limit, so "about 10 km"
 * is not 12.5 (round 7: a Hull man's "bus about 10 km" was offered a drop-in 12.2 km away in
 * Beverley, when his own city's advice line was in his area).
 */
export const ABOUT_MAX_EXTRA_KM = 2;
const HARD_AFTER = /^\s*(at most|max(imum)?|or less|tops)\b/i;

function km(n: string, unit: string): number {
  const said = n.toLowerCase();
  // A range ("3-4", "three to four"): its upper end, the furthest the person says they go.
  const last = said
    .split(/\s*(?:-|–|\bto\b|\bor\b)\s*/)
    .pop()!
    .trim();
  const v = said === 'half a' ? 0.5 : said === 'a' ? 1 : (WORD_NUMBERS[last] ?? Number(last));
  const u = unit.toLowerCase();
  return u.startsWith('mile') ? v * 1.609 : u.startsWith('met') ? v / 1000 : v;
}

function negated(sentence: string, at: number): boolean {
  const before = sentence
    .slice(0, at)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-NEGATION_WORDS - 1);
  return NEGATION.test(before.join(' '));
}

/**
 * A way of travelling refused later in its own clause: "the bus is twice a week and she will not
 * use it in winter", "there is a bus but he won't take it". Round 7b: the bus named there kept a
 * village walker's "about half a mile" from counting, and a chair-exercise class 2.8 km away was
 * offered to a woman who walks to the village hall and no further.
 */
const REFUSED_LATER =
  /\b(?:will not|won'?t|would not|wouldn'?t|can'?t|cannot|does not|doesn'?t|do not|don'?t|never)\s+(?:use|take|get|ride)\s+(?:it|them|one)\b/i;
function refusedAfter(sentence: string, at: number): boolean {
  const clause = sentence.slice(at).split(/[;:(]/)[0] ?? '';
  return REFUSED_LATER.test(clause);
}

/** The person's own travel limit in km, or undefined when none is stated (or a way they use has none). */
export function travelLimitKm(ownWords: string): number | undefined {
  return travelLimit(ownWords)?.km;
}

/** The limit used (km) and the distance as the person said it (stated), for the plan's words. */
export function travelLimit(ownWords: string): { km: number; stated: number } | undefined {
  let limit: number | undefined;
  let stated = 0;
  let unlimitedMode = false;
  for (const sentence of ownWords.split(/[.!?\n]+/)) {
    const limits = [...sentence.matchAll(LIMIT)].map((m) => {
      const said = m[1] ? km(m[1], m[2]!) : km(m[3]!, m[4]!);
      // "About 5 km" is 5 km or a little more; "at most", "no further than" is the edge itself.
      const hedged = /^(about|around|up to about|up to around)\b/i.test(m[0]) && !HARD_AFTER.test(sentence.slice(m.index + m[0].length));
      return { at: m.index, stated: said, km: hedged ? said + Math.min(said * ABOUT_TOLERANCE, ABOUT_MAX_EXTRA_KM) : said };
    });
    const modes = [...sentence.matchAll(MODE)].filter((m) => !negated(sentence, m.index) && !refusedAfter(sentence, m.index)).map((m) => m.index);
    // A limit with no way of travelling before it in its sentence ("no further than 4 km") covers them all.
    for (const l of limits)
      if (l.km > (limit ?? 0)) {
        limit = l.km;
        stated = l.stated;
      }
    const lastLimit = limits.length ? limits[limits.length - 1]!.at : -1;
    if (modes.some((at) => at > lastLimit)) unlimitedMode = true;
  }
  if (limit === undefined || unlimitedMode) return undefined;
  // Never below half a kilometre: the venue's pin and the person's home are both approximate.
  const round = (x: number) => Math.max(0.5, Math.round(x * 10) / 10);
  return { km: round(limit), stated: round(stated) };
}
