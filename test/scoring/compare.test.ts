import { describe, expect, it } from 'vitest';
import { compareScores, scoreAssessment } from '../../dialogs/scoring';
import { answersOf, mhlcAnswers } from './answers';

const baseline = scoreAssessment(
  answersOf({
    'ons4.life_satisfaction': 4,
    'ons4.worthwhile': 5,
    'ons4.happiness': 6,
    'ons4.anxiety': 7,
    'ucla3.companionship': 3,
    'ucla3.left_out': 2,
    'ucla3.isolated': 3,
    'ucla3.direct': 'often_always',
    ...mhlcAnswers(Array(18).fill(3)),
    'goal.1': 'Get back to my allotment',
    'goal.1.importance': 9,
    'goal.1.confidence': 4,
  }),
);
const latest = scoreAssessment(
  answersOf({
    'ons4.life_satisfaction': 7,
    'ons4.worthwhile': 5,
    'ons4.happiness': 5,
    'ons4.anxiety': 3,
    'ucla3.companionship': 2,
    'ucla3.left_out': 1,
    'ucla3.isolated': 2,
    'ucla3.direct': 'occasionally',
    ...mhlcAnswers(Array(18).fill(4)),
    'goal.1': 'get back to my  allotment',
    'goal.1.importance': 9,
    'goal.1.confidence': 6,
  }),
);

describe('compareScores', () => {
  const changes = compareScores(baseline, latest);
  const get = (measure: string) => changes.find((c) => c.measure === measure);

  it('higher is better for life satisfaction, worthwhile and happiness', () => {
    expect(get('ons4.life_satisfaction')).toMatchObject({ change: 3, direction: 'improved' }); // 7 − 4 = +3
    expect(get('ons4.worthwhile')).toMatchObject({ change: 0, direction: 'no change' }); // 5 − 5 = 0
    expect(get('ons4.happiness')).toMatchObject({ change: -1, direction: 'worse' }); // 5 − 6 = −1
  });

  it('lower anxiety is an improvement', () => {
    // 3 − 7 = −4, anxiety is better when lower.
    expect(get('ons4.anxiety')).toMatchObject({ change: -4, direction: 'improved', betterWhen: 'lower' });
    expect(get('ons4.anxiety')?.summary).toBe('Anxiety: 7 (High) to 3 (Low), -4, improved');
  });

  it('a lower UCLA total and a less frequent direct answer are improvements', () => {
    // baseline 3+2+3 = 8, latest 2+1+2 = 5 → −3
    expect(get('ucla3.total')).toMatchObject({ change: -3, direction: 'improved' });
    expect(get('ucla3.direct')).toMatchObject({ direction: 'improved', baseline: { label: 'Often/always' }, latest: { label: 'Occasionally' } });
  });

  it('MHLC change is neutral: higher/lower, never improved/worse', () => {
    // 6×3 = 18 → 6×4 = 24 on every subscale
    for (const key of ['internal', 'chance', 'powerfulOthers']) {
      expect(get(`mhlc.${key}`)).toMatchObject({ change: 6, direction: 'higher', betterWhen: 'neither' });
    }
  });

  it('compares rulers for the same goal wording (case and spacing ignored)', () => {
    const confidence = changes.find((c) => c.measure.startsWith('goal.confidence:'));
    expect(confidence).toMatchObject({ change: 2, direction: 'improved' }); // 6 − 4
    expect(changes.find((c) => c.measure.startsWith('goal.importance:'))).toMatchObject({ change: 0, direction: 'no change' });
  });

  it('an item missing on either side is not comparable, and there is no composite change', () => {
    const empty = scoreAssessment({});
    const c = compareScores(empty, latest);
    expect(c.find((x) => x.measure === 'ons4.anxiety')).toMatchObject({ change: null, direction: 'not comparable', baseline: null });
    expect(c.map((x) => x.measure)).not.toContain('ons4.total');
    expect(c.some((x) => /total/.test(x.measure) && !x.measure.startsWith('ucla3'))).toBe(false);
  });
});
