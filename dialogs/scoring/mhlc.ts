import { MHLC_A } from '../instruments/mhlc';
import { readInteger, type ScoringAnswers } from './read-answers';
import type { MhlcScores, MhlcSubscale, MhlcSubscaleResult } from './types';

/** Item numbers per subscale, Form A (Wallston, Wallston & DeVellis 1978; instruments.md §2). */
export const MHLC_SUBSCALE_ITEMS: Record<MhlcSubscale, readonly number[]> = {
  internal: [1, 6, 8, 12, 13, 17],
  chance: [2, 4, 9, 11, 15, 16],
  powerfulOthers: [3, 5, 7, 10, 14, 18],
};

export const MHLC_SUBSCALE_LABELS: Record<MhlcSubscale, string> = {
  internal: 'Internal',
  chance: 'Chance',
  powerfulOthers: 'Powerful Others',
};

/** Six items × 1–6: each subscale ranges 6–36; 21 is its midpoint (mean item 3.5). */
export const MHLC_SUBSCALE_MIN = 6;
export const MHLC_SUBSCALE_MAX = 36;
export const MHLC_MIDPOINT = 21;

function scoreSubscale(answers: ScoringAnswers, items: readonly number[]): MhlcSubscaleResult {
  const missingItems: string[] = [];
  const invalidItems: string[] = [];
  let sum = 0;
  for (const n of items) {
    const id = `${MHLC_A.id}.${n}`;
    const read = readInteger(answers, id, 1, 6);
    if (read.kind === 'ok') sum += read.value;
    else (read.kind === 'missing' ? missingItems : invalidItems).push(id);
  }
  // No prorating: the default script does not ask for it, and a prorated score must be marked.
  if (missingItems.length || invalidItems.length) return { scored: false, missingItems, invalidItems };
  return { scored: true, sum };
}

/** MHLC Form A: three separate subscale sums. Never combined, never an internal/external label. */
export function scoreMhlc(answers: ScoringAnswers): MhlcScores {
  return {
    instrument: 'mhlc_a',
    name: MHLC_A.name,
    citation: MHLC_A.citation,
    subscales: {
      internal: scoreSubscale(answers, MHLC_SUBSCALE_ITEMS.internal),
      chance: scoreSubscale(answers, MHLC_SUBSCALE_ITEMS.chance),
      powerfulOthers: scoreSubscale(answers, MHLC_SUBSCALE_ITEMS.powerfulOthers),
    },
  };
}
