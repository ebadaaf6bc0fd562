import { firstSessions } from './attendance';
import { latestOutcome, type AttendanceOutcome } from '../store/documents/attendance';
import type { AssessmentState } from '../dialogs/engine/types';
import { compareScores, scoreAssessment, type ChangeDirection, type ScoreChange } from '../dialogs/scoring';
import { readChoice } from '../dialogs/scoring/read-answers';
import { GOAL_PROGRESS_LABELS, reviewLinkOf } from './review-link';

/**
 * One person's progress: baseline against their latest review. Pure; the change, its direction
 * and the sentence describing it all come from compareScores (dialogs/scoring).
 */
export interface ProgressMeasure {
  measure: string;
  label: string;
  /** Numeric range of the measure, for the chart. */
  range: [number, number] | null;
  baselineValue: number | null;
  latestValue: number | null;
  direction: ChangeDirection;
  betterWhen: ScoreChange['betterWhen'];
  /** compareScores' sentence, e.g. "Anxiety: 7 (High) to 3 (Low), -4, improved". */
  summary: string;
}

export interface ProgressGoal {
  number: number;
  /** In the person's own words (escape before showing in Markdown). */
  text: string;
  status: string | null;
  statusLabel: string;
  confidenceBefore: number | null;
  confidenceNow: number | null;
  /** compareScores' sentence for the confidence ruler, when both are recorded. */
  confidenceSummary: string | null;
}

export interface ProgressSummary {
  patient: string;
  baselineDate: string;
  latest: { date: string; kind: 'review' | 'discharge'; number: number } | null;
  measures: ProgressMeasure[];
  goals: ProgressGoal[];
  sessions: { used: number; allowed: number };
  /** First sessions and "did they go?" (issue 21); absent when none has a first date. */
  attendance?: Array<{ link: 'referral' | 'signpost'; name: string; firstDate: string; outcome: AttendanceOutcome | null }>;
}

const SHOWN: Record<string, [number, number] | null> = {
  'ons4.life_satisfaction': [0, 10],
  'ons4.worthwhile': [0, 10],
  'ons4.happiness': [0, 10],
  'ons4.anxiety': [0, 10],
  'ucla3.total': [3, 9],
  'ucla3.direct': null,
};

const numeric = (side: ScoreChange['baseline']): number | null => (typeof side?.value === 'number' ? side.value : null);
const day = (iso: string | undefined) => (iso ?? '').slice(0, 10);

export function buildProgress(baseline: AssessmentState, reviews: readonly AssessmentState[], sessions: { used: number; allowed: number }): ProgressSummary {
  const latest = reviews[reviews.length - 1] ?? null;
  const before = scoreAssessment(baseline.answers);
  // With no review yet, baseline is compared with itself only to reuse the same labels ("no change" is then replaced).
  const changes = compareScores(before, scoreAssessment((latest ?? baseline).answers));
  const measures = changes
    .filter((c) => c.measure in SHOWN)
    .map(
      (c): ProgressMeasure => ({
        measure: c.measure,
        label: c.label,
        range: SHOWN[c.measure] ?? null,
        baselineValue: numeric(c.baseline),
        latestValue: latest ? numeric(c.latest) : null,
        direction: latest ? c.direction : 'not comparable',
        betterWhen: c.betterWhen,
        summary: latest ? c.summary : `${c.label}: ${c.baseline?.label ?? 'not scored'} at the first assessment; no review yet`,
      }),
    );
  const goals = before.goals.goals.map((g): ProgressGoal => {
    const status = latest ? readChoice(latest.answers, `goal.${g.number}.progress`) : null;
    const conf = latest ? changes.find((c) => c.measure.startsWith('goal.confidence:') && c.label === `Confidence for "${g.text}"`) : undefined;
    const now = conf ? numeric(conf.latest) : null;
    return {
      number: g.number,
      text: g.text,
      status,
      statusLabel: status ? (GOAL_PROGRESS_LABELS[status] ?? status) : latest ? 'Not reviewed' : 'No review yet',
      confidenceBefore: g.confidence,
      confidenceNow: now,
      confidenceSummary: conf && conf.direction !== 'not comparable' ? conf.summary : null,
    };
  });
  return {
    patient: baseline.patient.masked,
    baselineDate: day(baseline.completedAt ?? baseline.createdAt),
    latest: latest ? { date: day(latest.completedAt ?? latest.updatedAt), kind: reviewLinkOf(latest)?.kind ?? 'review', number: reviews.length } : null,
    measures,
    goals,
    sessions,
    ...attendanceOf([baseline, ...reviews]),
  };
}

function attendanceOf(linked: AssessmentState[]): Pick<ProgressSummary, 'attendance'> {
  const list = firstSessions(linked).map((f) => ({ link: f.link, name: f.name, firstDate: f.entry.firstDate, outcome: latestOutcome(f.entry) }));
  return list.length ? { attendance: list } : {};
}
