import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../dialogs/scoring';
import { answersOf, mhlcAnswers } from './answers';

const mhlc = (values: Record<string, number | string>) => scoreAssessment(answersOf(values)).mhlc;

describe('MHLC Form A scoring', () => {
  it('all minimum (1 on every item): each subscale 6', () => {
    // 6 items × 1 = 6 per subscale.
    const r = mhlc(mhlcAnswers(Array(18).fill(1)));
    expect(r.subscales).toEqual({ internal: { scored: true, sum: 6 }, chance: { scored: true, sum: 6 }, powerfulOthers: { scored: true, sum: 6 } });
  });

  it('all maximum (6 on every item): each subscale 36', () => {
    // 6 items × 6 = 36 per subscale.
    const r = mhlc(mhlcAnswers(Array(18).fill(6)));
    expect(r.subscales).toEqual({ internal: { scored: true, sum: 36 }, chance: { scored: true, sum: 36 }, powerfulOthers: { scored: true, sum: 36 } });
  });

  it('worked check from instruments.md: Internal 36, Chance 6, Powerful Others 18', () => {
    // Internal items 1,6,8,12,13,17 = 6 each → 6×6 = 36
    // Chance items 2,4,9,11,15,16 = 1 each → 6×1 = 6
    // Powerful Others items 3,5,7,10,14,18 = 3 each → 6×3 = 18
    //            item: 1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18
    const r = mhlc(mhlcAnswers([6, 1, 3, 1, 3, 6, 3, 6, 1, 3, 1, 6, 6, 3, 1, 1, 6, 3]));
    expect(r.subscales.internal).toEqual({ scored: true, sum: 36 });
    expect(r.subscales.chance).toEqual({ scored: true, sum: 6 });
    expect(r.subscales.powerfulOthers).toEqual({ scored: true, sum: 18 });
  });

  it('maps items to subscales exactly (distinct values per item)', () => {
    // item value = its own number mod 6 + 1:
    // items   1..18 → 2,3,4,5,6,1,2,3,4,5,6,1,2,3,4,5,6,1
    // Internal 1,6,8,12,13,17 → 2+1+3+1+2+6 = 15
    // Chance 2,4,9,11,15,16 → 3+5+4+6+4+5 = 27
    // Powerful Others 3,5,7,10,14,18 → 4+6+2+5+3+1 = 21
    const r = mhlc(mhlcAnswers(Array.from({ length: 18 }, (_, i) => ((i + 1) % 6) + 1)));
    expect(r.subscales.internal).toEqual({ scored: true, sum: 15 });
    expect(r.subscales.chance).toEqual({ scored: true, sum: 27 });
    expect(r.subscales.powerfulOthers).toEqual({ scored: true, sum: 21 });
  });

  it('a missing item leaves only its subscale unscored, naming the item (no prorating)', () => {
    const values = mhlcAnswers([6, 1, 3, 1, 3, 6, 3, 6, 1, 3, 1, 6, 6, 3, 1, 1, 6, 3]);
    delete values['mhlc_a.9']; // item 9 is a Chance item
    const r = mhlc(values);
    expect(r.subscales.chance).toEqual({ scored: false, missingItems: ['mhlc_a.9'], invalidItems: [] });
    expect(r.subscales.internal).toEqual({ scored: true, sum: 36 });
    expect(r.subscales.powerfulOthers).toEqual({ scored: true, sum: 18 });
  });

  it('an out-of-range value (7) or a non-number is invalid, not summed', () => {
    const values: Record<string, number | string> = mhlcAnswers(Array(18).fill(4));
    values['mhlc_a.1'] = 7;
    values['mhlc_a.3'] = 'agree';
    const r = mhlc(values);
    expect(r.subscales.internal).toEqual({ scored: false, missingItems: [], invalidItems: ['mhlc_a.1'] });
    expect(r.subscales.powerfulOthers).toEqual({ scored: false, missingItems: [], invalidItems: ['mhlc_a.3'] });
    // Chance untouched: 6 × 4 = 24.
    expect(r.subscales.chance).toEqual({ scored: true, sum: 24 });
  });

  it('never produces a combined score or an internal/external label, and cites Wallston', () => {
    const r = mhlc(mhlcAnswers(Array(18).fill(4)));
    expect(Object.keys(r.subscales).sort()).toEqual(['chance', 'internal', 'powerfulOthers']);
    expect(JSON.stringify(r)).not.toMatch(/total|combined|external/i);
    expect(r.citation).toMatch(/Wallston KA, Wallston BS, DeVellis R \(1978\)/);
  });
});
