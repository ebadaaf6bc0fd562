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
  /** For the 95 % confidence interval of the mean change. */
  sumSquares: number;
  /** ONS4 only: people in the low band at the first assessment (anxiety: the high band)… */
  lowAtStart: number;
  /** …and of those, how many were out of it at the latest review. */
  movedOut: number;
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
    sumSquares: 0,
    lowAtStart: 0,
    movedOut: 0,
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

/**
 * ONS's published thresholds for personal well-being: life satisfaction, worthwhile and happiness
 * are "low" at 0–4; anxiety is "high" at 6–10. UCLA-3 has no such band here, so it is never "low".
 */
export function isLowWellbeing(measure: OutcomeMeasure, score: number): boolean {
  if (measure === 'ons4.anxiety') return score >= 6;
  if (measure === 'ucla3.total') return false;
  return score <= 4;
}

export function addChanges(tallies: MeasureTally[], changes: ScoreChange[]): void {
  for (const c of changes) {
    const t = tallies.find((x) => x.measure === c.measure);
    if (!t) continue;
    t.label = c.label;
    if (c.change === null) continue;
    t.n += 1;
    t.sumChange += c.change;
    t.sumSquares += c.change * c.change;
    const before = typeof c.baseline?.value === 'number' ? c.baseline.value : null;
    const after = typeof c.latest?.value === 'number' ? c.latest.value : null;
    if (before !== null && after !== null && isLowWellbeing(t.measure, before)) {
      t.lowAtStart += 1;
      if (!isLowWellbeing(t.measure, after)) t.movedOut += 1;
    }
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
