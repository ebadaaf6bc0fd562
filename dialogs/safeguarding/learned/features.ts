/**
 * Features for the learned layer (issue 16): what a stranger's wording shares with the tuned
 * corpora once spelling, tense and plurals are set aside. The text is first normalised exactly as
 * the rules see it (normalise.ts: disguise undone, lowercase, misspellings mapped), then every word
 * is stemmed with the Porter stemmer ("starving", "starved", "starves" → "starv"), so a concept
 * learned from one inflection is recognised in another. Word pairs within a clause carry short
 * phrases ("give away", "no food"); character n-grams inside words carry slang and half-spelt
 * words that no stem list holds. Kept in one place because the training script and the detector
 * must featurise identically — the committed weights are only meaningful for this function.
 */
import { stemmer } from 'stemmer';

/** Words that turn what follows in the clause around; their words are marked so "not safe" ≠ "safe". */
const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'didnt', 'doesnt', 'wont', 'cant', 'isnt', 'arent', 'wasnt', 'havent', 'nobody', 'nothing', 'nowhere', 'without']);
const CLAUSE_END = new Set(['.', ',', 'but', 'though', 'although']);

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? stemmer(word) : word.replace(/[0-9]+/g, '0');
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** The feature strings of already-normalised text, each at most once. */
export function featuresOf(normal: string): string[] {
  const out = new Set<string>();
  let previous: string | null = null;
  let negated = false;
  for (const token of normal.split(' ')) {
    if (!token) continue;
    if (CLAUSE_END.has(token)) {
      previous = null;
      negated = false;
      continue;
    }
    const s = stem(token);
    out.add(`w:${s}`);
    if (negated) out.add(`n:${s}`);
    if (previous) out.add(`b:${previous}_${s}`);
    if (token.length >= 4) {
      const padded = `<${token}>`;
      for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
    }
    if (NEGATORS.has(token)) negated = true;
    previous = s;
  }
  return [...out];
}
