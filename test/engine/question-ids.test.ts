import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOAL_NUMBERS, goalId, goalRulerId, QUESTION } from '../../dialogs/question-ids';
import { validateScriptText } from '../../dialogs/script/validate';
import { loadDefaultScript } from '../../dialogs/scripts/load';

const defaults = loadDefaultScript();
const v = validateScriptText(readFileSync(new URL('../../dialogs/scripts/review.yaml', import.meta.url), 'utf8'));
const review = v.ok ? v.compiled : null;

describe('question ids code reads by name', () => {
  it('are all asked by the shipped default script', () => {
    const missing = Object.values(QUESTION).filter((id) => !defaults.byId.has(id));
    expect(missing).toEqual([]);
    for (const n of GOAL_NUMBERS)
      for (const id of [goalId(n), goalRulerId(n, 'importance'), goalRulerId(n, 'confidence')]) expect(defaults.byId.has(id)).toBe(true);
  });

  it('include the goal progress questions and the risk statement of the review script', () => {
    expect(review).not.toBeNull();
    for (const n of GOAL_NUMBERS) expect(review!.byId.has(goalRulerId(n, 'progress'))).toBe(true);
    expect(review!.byId.has(QUESTION.riskStatus)).toBe(true);
  });
});
