/**
 * Trains the learned layer: one logistic regression per risk category over featuresOf() of the
 * normalised text. Deterministic by construction — no random numbers, examples visited in the
 * order given, vocabulary sorted, weights rounded — so the committed weights can be reproduced
 * by the test from the committed corpora, byte for byte. Pure: the caller supplies the statements.
 */
import { RISK_CATEGORY_IDS, type RiskCategory } from '../../vocabulary';
import { maskBenignIdioms } from '../benign';
import { normaliseForRisk } from '../normalise';
import { featuresOf } from './features';

export interface TrainingStatement {
  text: string;
  expected: readonly RiskCategory[];
}

/**
 * The weights as committed data: per feature, one weight per category in `categories` order and
 * then one for "any risk at all" (so each array has categories.length + 1 entries, as has bias).
 */
export interface LearnedWeights {
  version: 1;
  categories: RiskCategory[];
  /** Probability at or above which the layer raises a 'possible' flag for a category (chosen by leave-one-writer-out). */
  threshold: number;
  /**
   * Probability of "some risk" at or above which the layer flags its likeliest category even when
   * no category reaches `threshold`: a stranger's wording often reads as risk before it reads as
   * one category (leave-one-writer-out: recall 60 % → 67 % for about 1 point more benign false alarms;
   * 0.995 gave 70 % but flagged everyday goals such as "an hour to myself each week").
   */
  anyThreshold: number;
  bias: number[];
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  /** A feature seen in fewer statements than this is noise from one writer, not a concept. */
  minCount?: number;
  epochs?: number;
  learningRate?: number;
  /** L2 shrinkage: keeps any one writer's pet word from deciding alone. */
  l2?: number;
  threshold?: number;
  anyThreshold?: number;
}

export const TRAIN_DEFAULTS: Required<TrainOptions> = { minCount: 2, epochs: 30, learningRate: 0.3, l2: 3e-3, threshold: 0.8, anyThreshold: 0.999 };

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * A long message has many features, and a sum of many small weights reads as certainty: a 38-word
 * everyday sentence scored as a threat. Past FEATURE_SCALE_FROM features the sum is damped by the
 * square root of the excess, in training and at run time alike, so length alone cannot flag.
 */
const FEATURE_SCALE_FROM = 60;
export const lengthScale = (features: number): number => Math.sqrt(FEATURE_SCALE_FROM / Math.max(FEATURE_SCALE_FROM, features));

export function trainLearned(statements: readonly TrainingStatement[], options: TrainOptions = {}): LearnedWeights {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const categories = [...RISK_CATEGORY_IDS];
  // The last output is "any risk": trained on every risk statement against every benign one.
  const C = categories.length + 1;
  const featureLists = statements.map((s) => [...featuresOf(maskBenignIdioms(normaliseForRisk(s.text)))]);
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
    const ws = Array.from({ length: C }, (_, c) => round(w[i * C + c]!));
    if (ws.some((x) => Math.abs(x) >= 0.01)) weights[f] = ws;
  });
  return { version: 1, categories, threshold: o.threshold, anyThreshold: o.anyThreshold, bias: [...b].map(round), weights };
}
