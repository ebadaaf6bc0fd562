import { describe, expect, it } from 'vitest';
import { motivationPrompts } from '../../dialogs/insight';
import type { GoalRulers } from '../../dialogs/scoring';

const goal = (importance: number | null, confidence: number | null, number: 1 | 2 | 3 = 1): GoalRulers => ({
  number,
  text: 'walk to the park',
  importance,
  confidence,
});

describe('motivational-interviewing prompts', () => {
  it("appear for high importance (≥7) with low confidence (≤5), using the person's numbers", () => {
    expect(motivationPrompts([goal(9, 4)])).toEqual([
      {
        goalNumber: 1,
        goalText: 'walk to the park',
        importance: 9,
        confidence: 4,
        prompts: ['What would it take to move from 4 to 5?', 'Why are you at 4 and not a lower number?'],
      },
    ]);
  });

  it('fire exactly at the thresholds: importance 7, confidence 5', () => {
    expect(motivationPrompts([goal(7, 5)])[0]?.prompts[0]).toBe('What would it take to move from 5 to 6?');
  });

  it.each<[number | null, number | null, string]>([
    [6, 4, 'importance below 7'],
    [9, 6, 'confidence above 5'],
    [5, 8, 'neither'],
    [null, 3, 'importance not answered'],
    [9, null, 'confidence not answered'],
  ])('do not appear for importance %s, confidence %s (%s)', (importance, confidence) => {
    expect(motivationPrompts([goal(importance, confidence)])).toEqual([]);
  });

  it('at confidence 1 only look one point up (there is no lower number)', () => {
    expect(motivationPrompts([goal(10, 1)])[0]?.prompts).toEqual(['What would it take to move from 1 to 2?']);
  });

  it('never ask "why not 10"', () => {
    const all = motivationPrompts([goal(10, 1, 1), goal(8, 3, 2), goal(7, 5, 3)]).flatMap((p) => p.prompts);
    expect(all).toHaveLength(5);
    for (const p of all) expect(p).not.toMatch(/not (a )?10|why not|to 10\b/i);
  });
});
