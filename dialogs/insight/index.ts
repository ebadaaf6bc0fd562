export { buildInsight } from './build';
export { interpretMhlc, mhlcLevel, CLEARLY_HIGHER_BY } from './locus-of-control';
export { motivationPrompts, HIGH_IMPORTANCE_FROM, LOW_CONFIDENCE_UP_TO } from './motivation';
export type * from './types';
