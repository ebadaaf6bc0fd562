import type { AnswerValue } from '../../dialogs/engine/types';

/** Wraps plain values as recorded answers, the shape scoreAssessment reads from AssessmentState. */
export function answersOf(values: Record<string, AnswerValue>): Record<string, { value: AnswerValue }> {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));
}

/** MHLC answers from an 18-long list, item 1 first. */
export function mhlcAnswers(values: number[]): Record<string, number> {
  return Object.fromEntries(values.map((v, i) => [`mhlc_a.${i + 1}`, v]));
}
