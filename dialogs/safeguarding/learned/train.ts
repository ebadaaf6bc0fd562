/**
 * Trains the learned layer: two logistic regressions (one per feature set of features.ts), each
 * with one output per risk category, over featuresOf() of the normalised text. Deterministic by
 * construction — no random numbers, examples visited in the order given, vocabulary sorted,
 * weights rounded — so the committed weights can be reproduced by the test from the committed
 * corpora, byte for byte. Pure: the caller supplies the statements.
 */
import { RISK_CATEGORY_IDS, type RiskCategory } from '../../vocabulary';
import { maskBenignIdioms } from '../benign';
import { normaliseForRisk } from '../normalise';
import { type FeatureSet, featuresOf } from './features';

export interface TrainingStatement {
  text: string;
  expected: readonly RiskCategory[];
}

/**
 * One model's weights as committed data: per feature, one weight per category in `categories`
 * order and then one for "any risk at all" (so each array has categories.length + 1 entries, as
 * has bias). Feature weights are whole numbers of thousandths — the file is a third smaller than
 * with decimals, and three decimals were already all that was kept.
 */
export interface LearnedWeights {
  version: 2;
  /** Which featuresOf() set the weights are for. */
  features: FeatureSet;
  categories: RiskCategory[];
  /** Probability at or above which the model raises a 'possible' flag for a category (chosen by leave-one-writer-out). */
  threshold: number;
  /**
   * Probability of "some risk" at or above which the layer flags its likeliest category even when
   * no category reaches `threshold`: a stranger's wording often reads as risk before it reads as
   * one category (leave-one-writer-out, first model alone: recall 60 % → 67 % for about 1 point more
   * benign false alarms).
   */
  anyThreshold: number;
  bias: number[];
  /** Thousandths. */
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  features?: FeatureSet;
  /** A feature seen in fewer statements than this is noise from one writer, not a concept. */
  minCount?: number;
  epochs?: number;
  learningRate?: number;
  /** L2 shrinkage: keeps any one writer's pet word from deciding alone. */
  l2?: number;
  threshold?: number;
  anyThreshold?: number;
}

/**
 * The layer's two models and how each is trained. Both were chosen by leave-one-writer-out (session
 * s16c, test/safeguarding/HELDOUT.md); the layer flags what either flags (model.ts).
 *
 * - 'words' is the layer's first model, trained exactly as before (same weights); only its category
 *   threshold rose 0.8 → 0.95, so that beside the second model it adds just its surest readings
 *   and the pair stays inside the false-alarm limit.
 * - 'clauses' adds character n-grams across words and, above all, shrinks twenty-five times harder
 *   (l2 0.08, not 0.003). Weak shrinkage let each writer's pet words reach near-certain scores, so
 *   a stranger's wording scored either very high or not at all; strong shrinkage spreads the weight
 *   over many shared pieces of wording, and a lower threshold (0.42) then reads a stranger's wording
 *   at the same false alarms. Left-out writer, this model alone: 71 % recall at 1.7 % benign false
 *   alarms, against the first model's 66.5 % at 3.1 %.
 *
 * The thresholds of the pair are the lowest found that keep every left-out writer's benign false
 * alarms, rules and layer together, at or under 5 %. Round 6 (s16e) lowered the clauses threshold
 * 0.42 → 0.37: set 8 and its paraphrases (91 benign look-alikes among them) made the layer more
 * cautious (lowo 71.7 % recall at 1.2 % false alarms at 0.42; 72.3 % / 1.3 % at 0.40; 73.3 % / 1.4 %
 * at 0.37, every writer still ≤ 5 %). Chosen on the same lowo scores it is judged by (HELDOUT.md).
 * After the round-6 merge (sets 8 and 9 both writers, 283 benign look-alikes in set 8's group) 0.37 / 0.94
 * gave the layer 4.0 % false alarms overall; the lead's sweep (HELDOUT.md "Round 6 merge: thresholds")
 * found 0.45 / 0.96 the lowest pair with the layer alone ≥ 72 % recall at ≤ 3 % false alarms
 * (72.9 % / 2.9 %). No pair with recall ≥ 72 % keeps set 8's group, left out, at ≤ 5 % (7.4 % here).
 */
export const LAYER_MODELS: readonly Required<TrainOptions>[] = [
  { features: 'words', minCount: 2, epochs: 30, learningRate: 0.3, l2: 3e-3, threshold: 0.95, anyThreshold: 0.999 },
  { features: 'clauses', minCount: 2, epochs: 30, learningRate: 0.3, l2: 0.08, threshold: 0.45, anyThreshold: 0.96 },
];

const round = (x: number): number => Math.round(x * 1000) / 1000;
const thousandths = (x: number): number => Math.round(x * 1000);

/**
 * A long message has many features, and a sum of many small weights reads as certainty: a 38-word
 * everyday sentence scored as a threat. Past FEATURE_SCALE_FROM features the sum is damped by the
 * square root of the excess, in training and at run time alike, so length alone cannot flag.
 */
const FEATURE_SCALE_FROM = 60;
export const lengthScale = (features: number): number => Math.sqrt(FEATURE_SCALE_FROM / Math.max(FEATURE_SCALE_FROM, features));

/** Trains every model of the layer, in LAYER_MODELS order; `options` overrides some of each model's settings (experiments). */
export function trainLayer(statements: readonly TrainingStatement[], options: readonly TrainOptions[] = []): LearnedWeights[] {
  return LAYER_MODELS.map((model, i) => trainLearned(statements, { ...model, ...options[i] }));
}

export function trainLearned(statements: readonly TrainingStatement[], options: TrainOptions = {}): LearnedWeights {
  const o = { ...LAYER_MODELS[0]!, ...options };
  const categories = [...RISK_CATEGORY_IDS];
  // The last output is "any risk": trained on every risk statement against every benign one.
  const C = categories.length + 1;
  const featureLists = statements.map((s) => [...featuresOf(maskBenignIdioms(normaliseForRisk(s.text)), o.features)]);
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= o.minCount).map(([f]) => f);
  vocabulary.sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = featureLists.map((list) => Int32Array.from(list.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const labels = statements.map((s) => [...categories.map((c) => (s.expected.includes(c) ? 1 : 0)), s.expected.length > 0 ? 1 : 0]);
  const w = new Float64Array(vocabulary.length * C);
  const b = new Float64Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.learningRate / (1 + epoch * 0.1);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const y = labels[i]!;
      const scale = lengthScale(featureLists[i]!.length);
      for (let c = 0; c < C; c++) {
        let sum = 0;
        for (const f of row) sum += w[f * C + c]!;
        const g = 1 / (1 + Math.exp(-(b[c]! + scale * sum))) - y[c]!;
        b[c] = b[c]! - rate * g;
        for (const f of row) w[f * C + c] = w[f * C + c]! - rate * (g * scale + o.l2 * w[f * C + c]!);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const ws = Array.from({ length: C }, (_, c) => thousandths(w[i * C + c]!));
    if (ws.some((x) => Math.abs(x) >= 10)) weights[f] = ws;
  });
  return { version: 2, features: o.features, categories, threshold: o.threshold, anyThreshold: o.anyThreshold, bias: [...b].map(round), weights };
}
