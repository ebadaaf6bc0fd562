import type { AssessmentState } from '../dialogs/engine/types';
import { compareScores, scoreAssessment, type ScoreChange } from '../dialogs/scoring';
import { readChoice } from '../dialogs/scoring/read-answers';
import { GOAL_PROGRESS_VALUES } from './review-link';

/**
 * Outcome change from baseline to the latest review. Scores and changes come only from
 * dialogs/scoring (scoreAssessment, compareScores); this module only counts and sums them.
 */
export const OUTCOME_MEASURES = ['ons4.life_satisfaction', 'ons4.worthwhile', 'ons4.happiness', 'ons4.anxiety', 'ucla3.total'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

export interface MeasureTally {
  measure: OutcomeMeasure;
  label: string;
  betterWhen: 'higher' | 'lower';
  /** People with a score at both times. */
  n: number;
  sumChange: number;
  improved: number;
  worse: number;
  noChange: number;
}

export function emptyTallies(): MeasureTally[] {
  return OUTCOME_MEASURES.map((measure) => ({
    measure,
    label: '',
    betterWhen: measure === 'ons4.anxiety' || measure === 'ucla3.total' ? 'lower' : 'higher',
    n: 0,
    sumChange: 0,
    improved: 0,
    worse: 0,
    noChange: 0,
  }));
}

/** The per-measure changes for one person (only the five reported measures). */
export function outcomeChanges(baseline: AssessmentState, latest: AssessmentState): ScoreChange[] {
  const changes = compareScores(scoreAssessment(baseline.answers), scoreAssessment(latest.answers));
  return changes.filter((c) => (OUTCOME_MEASURES as readonly string[]).includes(c.measure));
}

export function addChanges(tallies: MeasureTally[], changes: ScoreChange[]): void {
  for (const c of changes) {
    const t = tallies.find((x) => x.measure === c.measure);
    if (!t) continue;
    t.label = c.label;
    if (c.change === null) continue;
    t.n += 1;
    t.sumChange += c.change;
    if (c.direction === 'improved') t.improved += 1;
    else if (c.direction === 'worse') t.worse += 1;
    else t.noChange += 1;
  }
}

/** Goal progress recorded at a review, by status (categorical answers, not scores). */
export function addGoalProgress(counts: Record<string, number>, review: AssessmentState): void {
  for (const n of [1, 2, 3]) {
    const status = readChoice(review.answers, `goal.${n}.progress`);
    if (status !== null && GOAL_PROGRESS_VALUES.includes(status)) counts[status] = (counts[status] ?? 0) + 1;
  }
}
