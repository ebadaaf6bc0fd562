import { beforeAll, describe, expect, it } from 'vitest';
import { buildInsight } from '../../dialogs/insight';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { CompiledScript } from '../../dialogs/script/compile';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { TYPED_ANSWERS, typedAnswerFor } from '../helpers/default-answers';
import { EngineDriver } from '../helpers/engine-driver';
import { stateWith } from './state';

let script: CompiledScript;
let completed: AssessmentState;

/** The realistic default run typed through the real engine, so question ids are the script's own. */
beforeAll(() => {
  script = loadDefaultScript();
  const d = new EngineDriver(script);
  for (let guard = 0; guard < 200 && d.state.cursor; guard++) d.say(typedAnswerFor(script.byId.get(d.state.cursor)!));
  d.say('confirm');
  completed = d.state;
});

describe('buildInsight on the default script run', () => {
  it("keeps the person's words verbatim and labels needs and barriers from the vocabulary", () => {
    const i = buildInsight(completed);
    expect(i.whatMattersMost).toBe(TYPED_ANSWERS['wmtm.matters_most']);
    expect(i.strengths).toBe('Good with plants, I like baking');
    expect(i.worries).toBe('Money since my husband died');
    expect(i.needs).toEqual([
      { id: 'loneliness', label: 'Loneliness' },
      { id: 'bereavement', label: 'Bereavement' },
      { id: 'money', label: 'Money and debt' },
    ]);
    expect(i.barriers).toEqual([
      { id: 'cost', label: 'Cost' },
      { id: 'transport', label: 'Transport' },
    ]);
  });

  it('scores the fixture as computed by hand', () => {
    const i = buildInsight(completed);
    // ONS4 typed 4, 5, 6, anxiety 7 → Low, Medium, Medium, High (anxiety 6–10).
    expect(i.wellbeing.map((w) => [w.key, w.value, w.bandLabel])).toEqual([
      ['life_satisfaction', 4, 'Low'],
      ['worthwhile', 5, 'Medium'],
      ['happiness', 6, 'Medium'],
      ['anxiety', 7, 'High'],
    ]);
    // UCLA: often (3) + 2 + 3 = 8; direct "some" → Some of the time; type emotional.
    expect(i.loneliness).toEqual({ uclaTotal: 8, directLabel: 'Some of the time', typeLabel: 'Emotional' });
    // MHLC items 1..18: 5 2 4 2 5 5 3 4 2 3 2 6 5 4 1 2 6 2
    // Internal 1,6,8,12,13,17 = 5+5+4+6+5+6 = 31; Chance 2,4,9,11,15,16 = 2+2+2+2+1+2 = 11;
    // Powerful Others 3,5,7,10,14,18 = 4+5+3+3+4+2 = 21.
    expect(i.locusOfControl.subscales.map((s) => [s.key, s.sum, s.level])).toEqual([
      ['internal', 31, 'above_midpoint'],
      ['powerfulOthers', 21, 'at_midpoint'],
      ['chance', 11, 'below_midpoint'],
    ]);
    expect(i.supportStyle).toEqual({ selfDirected: true, structuredSupport: false, quickWins: false, supportedFirstAttendance: false, agreeTogether: false });
  });

  it('prompts MI only for goals that matter but feel hard (9/4 and 8/3, not 7/6)', () => {
    const i = buildInsight(completed);
    expect(i.goals.map((g) => [g.number, g.importance, g.confidence])).toEqual([
      [1, 9, 4],
      [2, 7, 6],
      [3, 8, 3],
    ]);
    expect(i.motivationPrompts.map((p) => [p.goalNumber, p.prompts[0]])).toEqual([
      [1, 'What would it take to move from 4 to 5?'],
      [3, 'What would it take to move from 3 to 4?'],
    ]);
  });

  it('cites every instrument that contributed', () => {
    const names = buildInsight(completed).sources.map((s) => s.citation);
    expect(names).toHaveLength(5);
    expect(names.join('\n')).toMatch(/Office for National Statistics/);
    expect(names.join('\n')).toMatch(/Hughes ME/);
    expect(names.join('\n')).toMatch(/Wallston KA/);
    expect(names.join('\n')).toMatch(/Miller WR, Rollnick S/);
    expect(names.join('\n')).toMatch(/Health Belief Model/);
    expect(buildInsight(completed).hbm.label).toBe('Health Belief Model prompts (not a validated scale)');
  });

  it('has no change section without a previous assessment', () => {
    const i = buildInsight(completed);
    expect(i.changesSincePrevious).toBeNull();
    expect(i.previousAssessmentId).toBeNull();
    expect(i.wellbeing.every((w) => w.change === undefined)).toBe(true);
  });
});

describe('change since the previous assessment', () => {
  it('reports wellbeing and loneliness change with the right direction words', () => {
    const previous = stateWith('a-0', {
      'ons4.life_satisfaction': 2,
      'ons4.worthwhile': 5,
      'ons4.happiness': 8,
      'ons4.anxiety': 9,
      'ucla3.companionship': 3,
      'ucla3.left_out': 3,
      'ucla3.isolated': 3,
      'ucla3.direct': 'often_always',
    });
    const i = buildInsight(completed, previous);
    expect(i.previousAssessmentId).toBe('a-0');
    const byKey = Object.fromEntries(i.wellbeing.map((w) => [w.key, w.change]));
    expect(byKey.life_satisfaction).toMatchObject({ change: 2, direction: 'improved' }); // 4 − 2
    expect(byKey.worthwhile).toMatchObject({ change: 0, direction: 'no change' }); // 5 − 5
    expect(byKey.happiness).toMatchObject({ change: -2, direction: 'worse' }); // 6 − 8
    expect(byKey.anxiety).toMatchObject({ change: -2, direction: 'improved' }); // 7 − 9, lower is better
    // UCLA 9 → 8 = −1, lower is better; Often/always → Some of the time is less often.
    expect(i.loneliness.changes?.map((c) => [c.measure, c.change, c.direction])).toEqual([
      ['ucla3.total', -1, 'improved'],
      ['ucla3.direct', null, 'improved'],
    ]);
  });

  it('an empty assessment gives an insight with nothing invented', () => {
    const i = buildInsight(stateWith('a-9', {}));
    expect(i.whatMattersMost).toBeNull();
    expect(i.needs).toEqual([]);
    expect(i.wellbeing.every((w) => w.value === null && w.bandLabel === null)).toBe(true);
    expect(i.loneliness).toEqual({ uclaTotal: null, directLabel: null, typeLabel: null });
    expect(i.sources).toEqual([]);
    expect(i.supportStyle.agreeTogether).toBe(true);
  });
});
