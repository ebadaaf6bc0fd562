/**
 * Tokens for free-text relevance between "what matters to me" and service descriptions. A light
 * suffix stripper (not a full Porter stemmer) is enough to meet "walking"/"walks"/"walk" and
 * "gardening"/"garden" without surprising matches; stop words include the filler of both
 * patient talk ("I", "really", "like") and service blurbs ("service", "provide").
 */
const STOP_WORDS = new Set(
  `a about after again all also am an and any are as at be been before being but by can could did do does
  doing don down during each few for from further get got had has have having he her here hers him his how
  i if in into is it its just like me more most my myself no nor not now of off on once only or other our
  out over own really same she should so some such than that the their them then there these they this
  those through to too under until up very was we were what when where which while who whom why will with
  would you your yours im ive id dont want wants wanted feel feels felt lot lots thing things bit
  service services provide provides provided offer offers offered available people person help support
  supports week weekly`.split(/\s+/),
);

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = trimSuffix(w, 3);
  else if (w.endsWith('ed') && w.length > 4) w = trimSuffix(w, 2);
  // "dance"/"dancing" → "danc"; short words ("care", "shed") keep their e.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** "swimming" → "swim" (undouble), "caring" → "care" (restore e on a too-short stem). */
function trimSuffix(w: string, n: number): string {
  const base = w.slice(0, -n);
  const last = base[base.length - 1]!;
  if (base.length > 3 && last === base[base.length - 2] && !/[lsz]/.test(last)) return base.slice(0, -1);
  return base.length <= 3 ? `${base}e` : base;
}

/** Lower-case word tokens, stop words removed, stemmed; order kept, duplicates kept. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Unique tokens in first-seen order — the query side, so sums are added in a fixed order. */
export function uniqueTokens(text: string): string[] {
  return [...new Set(tokenize(text))];
}
