import { readInteger, readText, type ScoringAnswers } from './read-answers';
import type { GoalRulers, GoalScores, HbmConstruct, HbmPrompts } from './types';
import { GOAL_NUMBERS, goalId, goalRulerId } from '../question-ids';

export const GOALS_SOURCE = {
  name: 'Motivational interviewing importance and confidence rulers',
  citation: 'Miller WR, Rollnick S, Motivational Interviewing (rulers); stored 1–10 as in the PRSB Social Prescribing Information Standard.',
};

/** Goals in the person's words with their 1–10 rulers. A ruler outside 1–10 is treated as unanswered. */
export function scoreGoals(answers: ScoringAnswers): GoalScores {
  const goals: GoalRulers[] = [];
  for (const number of GOAL_NUMBERS) {
    const text = readText(answers, goalId(number));
    if (text === null) continue;
    const ruler = (which: 'importance' | 'confidence') => {
      const read = readInteger(answers, goalRulerId(number, which), 1, 10);
      return read.kind === 'ok' ? read.value : null;
    };
    goals.push({ number, text, importance: ruler('importance'), confidence: ruler('confidence') });
  }
  return { ...GOALS_SOURCE, goals };
}

export const HBM_CONSTRUCTS: readonly HbmConstruct[] = ['susceptibility', 'severity', 'benefits', 'barriers', 'cues', 'self_efficacy'];

export const HBM_CONSTRUCT_LABELS: Record<HbmConstruct, string> = {
  susceptibility: 'Perceived susceptibility',
  severity: 'Perceived severity',
  benefits: 'Perceived benefits',
  barriers: 'Perceived barriers',
  cues: 'Cues to action',
  self_efficacy: 'Self-efficacy',
};

export const HBM_LABEL = 'Health Belief Model prompts (not a validated scale)';

/**
 * Health Belief Model: the person's own words per construct and nothing more. No generic
 * validated HBM instrument exists (instruments.md §5), so scoring these would invent a scale.
 */
export function collectHbm(answers: ScoringAnswers): HbmPrompts {
  const entries = HBM_CONSTRUCTS.map((c) => [c, readText(answers, `hbm.${c}`)] as const);
  return {
    label: HBM_LABEL,
    name: HBM_LABEL,
    citation: 'Project-authored prompts informed by the Health Belief Model constructs; no generic validated HBM instrument exists.',
    answers: Object.fromEntries(entries) as Record<HbmConstruct, string | null>,
  };
}
