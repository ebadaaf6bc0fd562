import { describe, expect, it } from 'vitest';
import { interpretMhlc, mhlcLevel } from '../../dialogs/insight';
import { scoreAssessment } from '../../dialogs/scoring';
import { answersOf } from '../scoring/answers';
import { mhlcWithSums } from './state';

/** Interpret a profile given as Internal, Chance, Powerful Others sums (each 6–36, midpoint 21). */
function profile(internal: number, chance: number, powerfulOthers: number) {
  const mhlc = scoreAssessment(answersOf(mhlcWithSums(internal, chance, powerfulOthers))).mhlc;
  // Guard the fixture itself: the sums must come out as asked.
  expect(mhlc.subscales).toEqual({
    internal: { scored: true, sum: internal },
    chance: { scored: true, sum: chance },
    powerfulOthers: { scored: true, sum: powerfulOthers },
  });
  return interpretMhlc(mhlc);
}

const NONE = { selfDirected: false, structuredSupport: false, quickWins: false, supportedFirstAttendance: false, agreeTogether: false };

describe('MHLC level against the midpoint 21', () => {
  it('22 is above, 21 at, 20 below', () => {
    expect([mhlcLevel(22), mhlcLevel(21), mhlcLevel(20)]).toEqual(['above_midpoint', 'at_midpoint', 'below_midpoint']);
  });
});

describe('locus-of-control patterns → support style', () => {
  it('high Internal only → self-directed actions and information', () => {
    const r = profile(30, 12, 15);
    expect(r.supportStyle).toEqual({ ...NONE, selfDirected: true });
    expect(r.suggestions).toHaveLength(1);
    expect(r.suggestions[0]).toMatch(/^May prefer self-directed actions and information/);
    expect(r.rules).toEqual(['LOC-1', 'LOC-6', 'LOC-2']);
    expect(r.profile[0]).toBe('Internal 30 (above the midpoint of 21): tends to agree that their own actions shape their health.');
  });

  it('high Powerful Others only → structured link-worker-supported steps and a supported first attendance', () => {
    const r = profile(12, 15, 30);
    expect(r.supportStyle).toEqual({ ...NONE, structuredSupport: true, supportedFirstAttendance: true });
    expect(r.suggestions[0]).toMatch(/structured, link-worker-supported steps/);
    expect(r.suggestions[0]).toMatch(/supported first attendance/);
  });

  it('high Chance only → small quick wins that build confidence and self-efficacy', () => {
    const r = profile(15, 30, 12);
    expect(r.supportStyle).toEqual({ ...NONE, quickWins: true });
    expect(r.suggestions[0]).toMatch(/small, quick wins .* confidence and self-efficacy/);
  });

  it('Internal and Powerful Others both high, close together → combine, none clearly leads', () => {
    const r = profile(28, 12, 27); // 28 − 27 = 1 < 3
    expect(r.supportStyle).toEqual({ ...NONE, selfDirected: true, structuredSupport: true, supportedFirstAttendance: true });
    expect(r.rules).toContain('LOC-5');
    expect(r.suggestions.at(-1)).toMatch(/Several beliefs are above the midpoint \(Internal and Powerful Others\).*None clearly leads/);
  });

  it('Powerful Others and Chance high with low Internal → the clear leader first, and build a sense their actions matter', () => {
    const r = profile(12, 26, 32); // 32 − 26 = 6 ≥ 3: Powerful Others clearly highest
    expect(r.supportStyle).toEqual({ ...NONE, structuredSupport: true, supportedFirstAttendance: true, quickWins: true });
    expect(r.suggestions.join('\n')).toMatch(/Powerful Others is clearly the highest, so that approach may be the best place to start/);
    expect(r.suggestions.join('\n')).toMatch(/Belief in their own actions \(Internal\) is not among the strong ones/);
    expect(r.profile).toContain('Highest to lowest: Powerful Others 32, Chance 26, Internal 12.');
  });

  it('all three high → every steer, said as a combination', () => {
    const r = profile(30, 30, 30);
    expect(r.supportStyle).toEqual({ ...NONE, selfDirected: true, structuredSupport: true, supportedFirstAttendance: true, quickWins: true });
    expect(r.suggestions.at(-1)).toMatch(/Internal, Powerful Others and Chance.*consider asking which of these feels right/);
  });

  it('all below the midpoint → agree the style together, no steer', () => {
    const r = profile(12, 10, 14); // 14 − 12 = 2: no clear leader
    expect(r.supportStyle).toEqual({ ...NONE, agreeTogether: true });
    expect(r.rules).toContain('LOC-7');
    expect(r.suggestions).toEqual([
      'No subscale is above the midpoint: they may not hold strong views about what controls their health. Consider asking how they would like to be supported and agreeing the style together.',
    ]);
  });

  it('all below the midpoint with a clear leader → a gentle hint only, no flags beyond agreeing together', () => {
    const r = profile(20, 8, 10); // 20 − 10 = 10 ≥ 3
    expect(r.supportStyle).toEqual({ ...NONE, agreeTogether: true });
    expect(r.suggestions[0]).toMatch(/Internal is clearly the highest, so self-directed options may be a reasonable place to start/);
  });

  it('all exactly at the midpoint counts as no strong belief', () => {
    const r = profile(21, 21, 21);
    expect(r.supportStyle).toEqual({ ...NONE, agreeTogether: true });
    expect(r.profile[0]).toMatch(/^Internal 21 \(at the midpoint of 21\): is neither for nor against/);
  });

  it('a subscale with a missing item is named and the rest still interpreted', () => {
    const answers = mhlcWithSums(30, 12, 15);
    delete answers['mhlc_a.2'];
    const r = interpretMhlc(scoreAssessment(answersOf(answers)).mhlc);
    expect(r.notScored).toEqual([{ key: 'chance', label: 'Chance', missingItems: ['mhlc_a.2'] }]);
    expect(r.profile).toContain('Chance not scored (missing or invalid items), so this profile is partial.');
    expect(r.supportStyle).toEqual({ ...NONE, selfDirected: true });
  });

  it('nothing scored → no interpretation, agree together', () => {
    const r = interpretMhlc(scoreAssessment({}).mhlc);
    expect(r.subscales).toEqual([]);
    expect(r.supportStyle).toEqual({ ...NONE, agreeTogether: true });
    expect(r.rules).toEqual(['LOC-8']);
  });

  it('suggestions are suggestions, not labels, and fit the plan (≤ 400 characters)', () => {
    for (const [i, c, p] of [
      [30, 12, 15],
      [12, 15, 30],
      [15, 30, 12],
      [12, 26, 32],
      [30, 30, 30],
      [20, 8, 10],
    ] as const) {
      const r = profile(i, c, p);
      for (const s of r.suggestions) {
        expect(s.length).toBeLessThanOrEqual(400);
        expect(s).toMatch(/\b(may|consider)\b/i);
        expect(s).not.toMatch(/external|\b(is|are) (an? )?(internal|chance|powerful)|\byou are\b/i);
      }
      expect(r.caveat).toMatch(/never combined/);
    }
  });
});
