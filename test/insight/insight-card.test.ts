import { describe, expect, it } from 'vitest';
import { renderInsightCard } from '../../bot/cards/insight-card';
import { buildInsight } from '../../dialogs/insight';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { mhlcAnswers } from '../scoring/answers';
import { mhlcWithSums, stateWith } from './state';

const MATTERS = 'Getting back to my allotment and seeing my grandson Zephyrin';

const full = stateWith('a-2', {
  'wmtm.matters_most': MATTERS,
  'wmtm.strengths': 'Good with plants, I like baking',
  'wmtm.worries': 'Money since my husband died',
  'needs.areas': ['loneliness', 'money'],
  'needs.barriers': ['transport'],
  'ons4.life_satisfaction': 6,
  'ons4.worthwhile': 7,
  'ons4.happiness': 5,
  'ons4.anxiety': 3,
  'ucla3.companionship': 2,
  'ucla3.left_out': 2,
  'ucla3.isolated': 1,
  'ucla3.direct': 'occasionally',
  'loneliness.type': 'social',
  ...mhlcWithSums(14, 20, 30),
  'goal.1': 'get back to my allotment',
  'goal.1.importance': 9,
  'goal.1.confidence': 4,
  'hbm.barriers': 'The bus fare',
});
const previous = stateWith('a-1', { 'ons4.life_satisfaction': 3, 'ons4.anxiety': 8, ...mhlcAnswers(Array(18).fill(3)) });

const textOf = (card: unknown) => JSON.stringify(card);

describe('insight card', () => {
  it('is a clean Adaptive Card 1.5 (no optional $schema: issue 22), for a full insight with change', () => {
    const card = renderInsightCard(buildInsight(full, previous));
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.$schema).toBeUndefined();
    expect(card.actions).toBeUndefined();
  });

  it('is clean for an empty assessment too', () => {
    expect(adaptiveCardProblems(renderInsightCard(buildInsight(stateWith('a-0', {}))))).toEqual([]);
  });

  it('shows what matters verbatim, the bands, the change and the MI prompt', () => {
    const json = textOf(renderInsightCard(buildInsight(full, previous)));
    expect(json).toContain(MATTERS);
    expect(json).toContain('6 (Medium) · was 3 (Low), improved');
    expect(json).toContain('3 (Low) · was 8 (High), improved');
    // Happiness was not asked last time: said so, rather than a made-up change.
    expect(json).toContain('5 (Medium) · no earlier score to compare');
    expect(json).toContain('What would it take to move from 4 to 5?');
    expect(json).toContain('supported first attendance');
  });

  it('carries the citation of each instrument used', () => {
    const json = textOf(renderInsightCard(buildInsight(full)));
    for (const cite of [
      'Office for National Statistics',
      'Hughes ME',
      'Wallston KA, Wallston BS, DeVellis R (1978)',
      'Miller WR, Rollnick S',
      'Health Belief Model',
    ]) {
      expect(json).toContain(cite);
    }
  });

  it("escapes Markdown in the person's words so they cannot restyle the card", () => {
    const card = renderInsightCard(buildInsight(stateWith('a-3', { 'wmtm.matters_most': 'My *garden* and [friends](http://x)' })));
    expect(textOf(card)).toContain('My \\\\*garden\\\\* and \\\\[friends\\\\](http://x)');
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('shows three MHLC subscales, never a combined score', () => {
    const json = textOf(renderInsightCard(buildInsight(stateWith('a-4', mhlcWithSums(14, 20, 30)))));
    expect(json).toMatch(/"title":"Internal","value":"14 \(below the midpoint of 21\)"/);
    expect(json).toMatch(/"title":"Powerful Others","value":"30 \(above the midpoint of 21\)"/);
    expect(json).toMatch(/"title":"Chance","value":"20 \(below the midpoint of 21\)"/);
    // Only the three subscale facts: no fourth, combined row.
    expect(json.match(/midpoint of 21\)"/g)).toHaveLength(3);
  });
});
