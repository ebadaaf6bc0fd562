import type { ResolvedOption } from '../script/compile';

/**
 * How people actually say answers on a call, turned into something the parser can check:
 * number words and hedged numbers ("six", "about a 3", "7 out of 10"), per-word label prefixes
 * ("mod agree", "str dis"), and everyday phrases or typos that *suggest* one option ("quite a
 * lot" → Often). A suggestion is never recorded as it stands: the engine asks the link worker
 * to confirm it. The response-scale table is documented in dialogs/ANSWERS.md.
 */

export const fold = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * An option's label and value folded, and the label's words, worked out once per option: options
 * belong to a compiled script, which never changes, and every typed answer to a choice question
 * compared each label folded afresh, several times over (issue 22, round 8).
 */
interface FoldedOption {
  readonly label: string;
  readonly value: string;
}
const foldedOptions = new WeakMap<ResolvedOption, FoldedOption>();
export function foldedOption(o: ResolvedOption): FoldedOption {
  let f = foldedOptions.get(o);
  if (!f) {
    f = { label: fold(o.label), value: fold(String(o.value)) };
    foldedOptions.set(o, f);
  }
  return f;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
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
};
const numberToken = '(\\d+|zero|nought|naught|nil|one|two|three|four|five|six|seven|eight|nine|ten)';
const toNumber = (t: string): number => (/^\d+$/.test(t) ? Number(t) : NUMBER_WORDS[t]!);

/** Hedges that leave the number itself clear: "about a 3", "I'd say 6", "probably 7". */
const HEDGE = /^(?:(?:i'?d say|i would say|i think|i guess|maybe|probably|perhaps|about|around|roughly|approximately|say|like|just|only|it'?s|its|a|an)\s+)*/;

// Built once (no g or y flag, so exec keeps no state between calls), not on every answer.
const NUMBER_RANGE = new RegExp(`^(?:between )?${numberToken} ?(?:or|to|-|–|and) ?(?:a |an )?${numberToken}$`);
const ONE_NUMBER = new RegExp(`^(?:a |an )?${numberToken}(?: ?(?:out of|/|of) ?${numberToken})?$`);

export type NumberPhrase = { kind: 'number'; n: number; outOf?: number } | { kind: 'range'; low: number; high: number } | null;

/** Reads one number from a short phrase, or a range ("3 or 4") that must be narrowed down. */
export function readNumberPhrase(raw: string): NumberPhrase {
  const t = fold(raw)
    .replace(/[.!?]+$/, '')
    .replace(HEDGE, '')
    .replace(/ ?ish$/, '');
  let m = NUMBER_RANGE.exec(t);
  if (m) {
    const [a, b] = [toNumber(m[1]!), toNumber(m[2]!)];
    return a === b ? { kind: 'number', n: a } : { kind: 'range', low: Math.min(a, b), high: Math.max(a, b) };
  }
  m = ONE_NUMBER.exec(t);
  if (!m) return null;
  return { kind: 'number', n: toNumber(m[1]!), ...(m[2] !== undefined ? { outOf: toNumber(m[2]) } : {}) };
}

/** Every typed word starts a label word, in order ("str dis" → Strongly disagree, "mod a" → Moderately agree, "never" → Hardly ever or never). */
export function wordPrefixMatches(typed: string, label: string): boolean {
  const words = fold(typed).split(' ').filter(Boolean);
  const labelWords = fold(label)
    .split(/[\s/—–-]+/)
    .filter(Boolean);
  // One short word ("a", "of") says too little to pick an option by.
  if (words.length === 0 || (words.length === 1 && words[0]!.length < 3)) return false;
  let j = 0;
  for (const w of words) {
    while (j < labelWords.length && !labelWords[j]!.startsWith(w)) j++;
    if (j === labelWords.length) return false;
    j++;
  }
  return true;
}

/**
 * Everyday phrases per response scale → the label they most likely mean. Only ever offered as a
 * "Did you mean …?" question, and only where that label is an option of the question asked.
 */
const PHRASE_LABELS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  // Frequency (UCLA-3 and the direct loneliness question).
  [/^(quite a lot|a lot|lots|loads|always|all the time|most of the time|usually|frequently|very often|a great deal|constantly)$/, ['Often', 'Often/always']],
  [/^(sometimes|now and then|now and again|from time to time|on and off|a bit|a little|at times)$/, ['Some of the time', 'Occasionally']],
  [/^(not really|rarely|seldom|not often|not much|hardly|almost never|not at all|no)$/, ['Hardly ever or never', 'Hardly ever']],
  // Agreement (MHLC Form A).
  [/^(totally agree|completely agree|definitely|absolutely|very much so|agree completely|100%)$/, ['Strongly agree']],
  [/^(totally disagree|completely disagree|definitely not|absolutely not|not at all)$/, ['Strongly disagree']],
  [/^(somewhat agree|a bit|a little|kind of|sort of|i suppose|partly)$/, ['Slightly agree']],
  [/^(somewhat disagree|not really|not so much)$/, ['Slightly disagree']],
  // Yes / no.
  [/^(yeah|yup|sure|ok|okay|of course|definitely|absolutely|i think so|i did|i am|they did)$/, ['Yes']],
  [/^(nah|not really|i didn'?t|not sure|don'?t think so|i don'?t think so|no they didn'?t)$/, ['No']],
];

/** The same table with its labels folded once, as they are compared. */
const PHRASES = PHRASE_LABELS.map(([pattern, labels]) => [pattern, labels.map(fold)] as const);

/** The option an everyday phrase points to, if exactly one of this question's options fits. */
export function phraseSuggestion(typed: string, options: readonly ResolvedOption[]): ResolvedOption | null {
  const t = fold(typed).replace(/[.!?]+$/, '');
  for (const [pattern, labels] of PHRASES) {
    if (!pattern.test(t)) continue;
    const hits = options.filter((o) => labels.includes(foldedOption(o).label));
    if (hits.length === 1) return hits[0]!;
  }
  return null;
}

/** Levenshtein distance, stopping early once it exceeds `limit` (labels are short). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** A typo of exactly one label ("oftn", "strongly agre"): offered for confirmation, never assumed. */
export function typoSuggestion(typed: string, options: readonly ResolvedOption[]): ResolvedOption | null {
  const t = fold(typed);
  if (t.length < 3) return null;
  const limit = t.length < 8 ? 1 : 2;
  const near = options.filter((o) => editDistance(t, foldedOption(o).label, limit) <= limit);
  return near.length === 1 ? near[0]! : null;
}
