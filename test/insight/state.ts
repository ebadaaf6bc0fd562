import type { AnswerValue, AssessmentState } from '../../dialogs/engine/types';
import { completedState } from '../helpers/assessment-state';

/** A completed assessment holding just these answers — enough for scoring and insight. */
export function stateWith(id: string, values: Record<string, AnswerValue>): AssessmentState {
  return completedState(id, values, { patient: { kind: 'local', value: 'L-1', masked: '***-1' } });
}

/**
 * MHLC answers whose subscales sum to the given totals: each item gets floor(sum/6) and the
 * first (sum mod 6) items of the subscale get one more, e.g. 30 → 5,5,5,5,5,5; 22 → 4,4,4,4,3,3.
 */
export function mhlcWithSums(internal: number, chance: number, powerfulOthers: number): Record<string, number> {
  const items = { internal: [1, 6, 8, 12, 13, 17], chance: [2, 4, 9, 11, 15, 16], powerfulOthers: [3, 5, 7, 10, 14, 18] };
  const out: Record<string, number> = {};
  for (const [key, sum] of [
    ['internal', internal],
    ['chance', chance],
    ['powerfulOthers', powerfulOthers],
  ] as const) {
    const base = Math.floor(sum / 6);
    items[key].forEach((n, i) => (out[`mhlc_a.${n}`] = base + (i < sum % 6 ? 1 : 0)));
  }
  return out;
}
