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
import type { LearnedWeights } from './train';
import committed from './weights.json' with { type: 'json' };

export const LEARNED_WEIGHTS = committed as LearnedWeights;

/** Weights as a Map, built once per weights object: a Map read is cheaper than an own-property check per feature. */
const tables = new WeakMap<LearnedWeights, Map<string, Float64Array>>();
function tableOf(weights: LearnedWeights): Map<string, Float64Array> {
  let table = tables.get(weights);
  if (!table) tables.set(weights, (table = new Map(Object.entries(weights.weights).map(([f, ws]) => [f, Float64Array.from(ws)]))));
  return table;
}

/** Probability per category (in weights.categories order) that the wording means that risk. */
export function learnedScores(weights: LearnedWeights, masked: string): Map<RiskCategory, number> {
  const table = tableOf(weights);
  const z = Float64Array.from(weights.bias);
  for (const f of featuresOf(masked)) {
    const ws = table.get(f);
    if (!ws) continue;
    for (let c = 0; c < z.length; c++) z[c]! += ws[c]!;
  }
  return new Map(weights.categories.map((category, c) => [category, 1 / (1 + Math.exp(-z[c]!))]));
}

/**
 * 'possible' flags for categories the rules left unflagged, from masked normalised text. `matched`
 * names the words that weighed most, so the link worker can see why it was raised.
 */
export function learnedFlags(masked: string, ruleCategories: ReadonlySet<RiskCategory>, weights: LearnedWeights = LEARNED_WEIGHTS): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const [category, p] of learnedScores(weights, masked)) {
    if (ruleCategories.has(category) || p < weights.threshold) continue;
    flags.push({ category, matched: strongestWords(weights, masked, category), rule: `learned:${category}`, kind: 'learned', severity: 'possible' });
  }
  return flags;
}

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
