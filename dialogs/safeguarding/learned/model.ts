/**
 * The learned layer at run time (issue 16). Hand-written rules catch the wording they were written
 * from; measured by leaving one writer out, they catch about 60 % of a stranger's. This layer is a
 * logistic regression per category (train.ts) over stemmed words, word pairs and character n-grams,
 * trained by test/safeguarding/learned-training.ts from the tuned corpora; its weights are
 * committed data (weights.json) and a test checks the script reproduces them.
 *
 * What it may do is deliberately small: it can only ADD a 'possible' flag (the check-in card) for
 * a category the rules did not flag. It never removes or downgrades a rule's flag and never raises
 * the crisis card on its own — a person reads the wording before anything stronger happens. Its
 * threshold is chosen on leave-one-writer-out false alarms, not on any corpus's recall.
 *
 * Lookup only — one map read per feature — so it adds little to the per-turn check.
 */
import type { RiskCategory } from '../../vocabulary';
import type { RiskFlag } from '../types';
import { featuresOf } from './features';
import { type LearnedWeights, lengthScale } from './train';
import committed from './weights.json' with { type: 'json' };

export const LEARNED_WEIGHTS = committed as LearnedWeights;

/** Weights as a Map, built once per weights object: a Map read is cheaper than an own-property check per feature. */
const tables = new WeakMap<LearnedWeights, Map<string, Float64Array>>();
function tableOf(weights: LearnedWeights): Map<string, Float64Array> {
  let table = tables.get(weights);
  if (!table) tables.set(weights, (table = new Map(Object.entries(weights.weights).map(([f, ws]) => [f, Float64Array.from(ws)]))));
  return table;
}

/** Builds the committed weights' table ahead of the first message (the warm-up after listening calls it). */
export function warmLearned(): void {
  tableOf(LEARNED_WEIGHTS);
}

/** Probability per category, and of any risk at all, that the wording means it. */
export function learnedScores(weights: LearnedWeights, masked: string): { byCategory: Map<RiskCategory, number>; any: number } {
  const table = tableOf(weights);
  const sums = new Float64Array(weights.bias.length);
  const features = featuresOf(masked);
  for (const f of features) {
    const ws = table.get(f);
    if (!ws) continue;
    for (let c = 0; c < sums.length; c++) sums[c]! += ws[c]!;
  }
  const scale = lengthScale(features.size);
  const z = sums.map((sum, c) => weights.bias[c]! + scale * sum);
  const p = (x: number) => 1 / (1 + Math.exp(-x));
  return { byCategory: new Map(weights.categories.map((category, c) => [category, p(z[c]!)])), any: p(z[weights.categories.length]!) };
}

/**
 * The "any risk" reading needs a sentence, not a short answer: "I would feel even lower" (a health-
 * belief answer) reads as low mood, which is not a disclosure. Leave-one-writer-out: recall −0.4,
 * benign false alarms −0.2 points.
 */
const ANY_MIN_WORDS = 6;

/**
 * The categories the layer reads in the wording: each at or above `threshold`, and — when the
 * wording reads as risk (`anyThreshold`) but no category is that sure — the likeliest one.
 */
export function learnedCategories(weights: LearnedWeights, masked: string): Set<RiskCategory> {
  const { byCategory, any } = learnedScores(weights, masked);
  const found = new Set([...byCategory].filter(([, p]) => p >= weights.threshold).map(([c]) => c));
  if (any >= weights.anyThreshold && found.size === 0 && wordCount(masked) >= ANY_MIN_WORDS) {
    let top: RiskCategory | null = null;
    for (const [c, p] of byCategory) if (top === null || p > byCategory.get(top)!) top = c;
    if (top) found.add(top);
  }
  return found;
}

/**
 * 'possible' flags for categories the rules left unflagged, from masked normalised text. `matched`
 * names the words that weighed most, so the link worker can see why it was raised.
 */
export function learnedFlags(masked: string, ruleCategories: ReadonlySet<RiskCategory>, weights: LearnedWeights = LEARNED_WEIGHTS): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const category of learnedCategories(weights, masked)) {
    if (ruleCategories.has(category)) continue;
    flags.push({ category, matched: strongestWords(weights, masked, category), rule: `learned:${category}`, kind: 'learned', severity: 'possible' });
  }
  return flags;
}

const wordCount = (masked: string): number => masked.split(' ').filter((w) => /^[a-z0-9]+$/.test(w)).length;

function strongestWords(weights: LearnedWeights, masked: string, category: RiskCategory): string {
  const c = weights.categories.indexOf(category);
  const words = masked.split(' ').filter((w) => /^[a-z0-9]+$/.test(w));
  const table = tableOf(weights);
  const weightOf = (w: string) => Math.max(0, ...[...featuresOf(w)].map((f) => table.get(f)?.[c] ?? 0));
  return [...new Set(words)]
    .map((w) => [w, weightOf(w)] as const)
    .filter(([, x]) => x > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([w]) => w)
    .join(' ');
}
