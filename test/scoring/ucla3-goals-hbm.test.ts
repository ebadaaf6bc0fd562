import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../dialogs/scoring';
import { answersOf } from './answers';

describe('UCLA 3-item loneliness', () => {
  it('all minimum: 1+1+1 = 3', () => {
    const r = scoreAssessment(answersOf({ 'ucla3.companionship': 1, 'ucla3.left_out': 1, 'ucla3.isolated': 1 })).ucla3;
    expect(r.total).toEqual({ scored: true, total: 3, items: { companionship: 1, left_out: 1, isolated: 1 } });
  });

  it('all maximum: 3+3+3 = 9', () => {
    const r = scoreAssessment(answersOf({ 'ucla3.companionship': 3, 'ucla3.left_out': 3, 'ucla3.isolated': 3 })).ucla3;
    expect(r.total).toMatchObject({ scored: true, total: 9 });
  });

  it('mixed: 3 + 2 + 1 = 6', () => {
    const r = scoreAssessment(answersOf({ 'ucla3.companionship': 3, 'ucla3.left_out': 2, 'ucla3.isolated': 1 })).ucla3;
    expect(r.total).toMatchObject({ scored: true, total: 6 });
  });

  it('a missing item means no total', () => {
    const r = scoreAssessment(answersOf({ 'ucla3.companionship': 3, 'ucla3.isolated': 2 })).ucla3;
    expect(r.total).toEqual({ scored: false, missingItems: ['ucla3.left_out'], invalidItems: [] });
  });

  it('reports the direct question categorically with its GSS label, apart from the total', () => {
    const r = scoreAssessment(answersOf({ 'ucla3.direct': 'some_of_the_time', 'loneliness.type': 'emotional' })).ucla3;
    expect(r.direct).toEqual({ value: 'some_of_the_time', label: 'Some of the time' });
    expect(r.lonelinessType).toEqual({ value: 'emotional', label: 'Emotional' });
    expect(r.total.scored).toBe(false);
    expect(r.citation).toMatch(/Hughes ME/);
  });

  it('keeps an unknown loneliness type as recorded', () => {
    const r = scoreAssessment(answersOf({ 'loneliness.type': 'cultural' })).ucla3;
    expect(r.lonelinessType).toEqual({ value: 'cultural', label: 'cultural' });
  });
});

describe('goals and rulers', () => {
  it('lists answered goals with 1–10 rulers, skipping unanswered goals', () => {
    const r = scoreAssessment(
      answersOf({
        'goal.1': 'get back to my allotment',
        'goal.1.importance': 9,
        'goal.1.confidence': 4,
        'goal.3': 'sort out my money',
        'goal.3.importance': 10,
        'goal.3.confidence': 1,
      }),
    ).goals;
    expect(r.goals).toEqual([
      { number: 1, text: 'get back to my allotment', importance: 9, confidence: 4 },
      { number: 3, text: 'sort out my money', importance: 10, confidence: 1 },
    ]);
    expect(r.citation).toMatch(/Miller WR, Rollnick S/);
  });

  it('a missing or out-of-range ruler (0, 11) is null, never clamped', () => {
    const r = scoreAssessment(answersOf({ 'goal.1': 'walk more', 'goal.1.importance': 0, 'goal.1.confidence': 11, 'goal.2': 'call my sister' })).goals;
    expect(r.goals).toEqual([
      { number: 1, text: 'walk more', importance: null, confidence: null },
      { number: 2, text: 'call my sister', importance: null, confidence: null },
    ]);
  });
});

describe('Health Belief Model prompts', () => {
  it("keeps the person's words per construct, no score, labelled as not a validated scale", () => {
    const r = scoreAssessment(answersOf({ 'hbm.barriers': 'The bus fare and my knee', 'hbm.self_efficacy': 'Fairly sure' })).hbm;
    expect(r.label).toBe('Health Belief Model prompts (not a validated scale)');
    expect(r.answers).toEqual({
      susceptibility: null,
      severity: null,
      benefits: null,
      barriers: 'The bus fare and my knee',
      cues: null,
      self_efficacy: 'Fairly sure',
    });
    expect(JSON.stringify(r)).not.toMatch(/"(score|sum|total)"/);
  });
});

describe('scoreAssessment purity', () => {
  it('leaves the answers untouched and gives the same scores every time', () => {
    const answers = answersOf({ 'ons4.anxiety': 4, 'ucla3.companionship': 2, 'mhlc_a.1': 3, 'goal.1': 'walk', 'goal.1.importance': 8 });
    const before = structuredClone(answers);
    const first = scoreAssessment(Object.freeze(answers));
    expect(answers).toEqual(before);
    expect(scoreAssessment(answers)).toEqual(first);
  });
});
