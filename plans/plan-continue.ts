import type { AnswerValue } from '../dialogs/engine/types';
import { reviewDateFrom } from './draft-plan';
import { planSchema, type Plan, type PlanAction, type PlanGoal } from './model';
import { cohere } from './plan-links';
import { PROGRESS_LABEL } from './plan-text';
import { ukDateTime } from './uk-time';

/**
 * A review builds on the agreed plan: the new plan is the approved one, carried forward, with
 * each goal's progress from the review and its actions' status to match, as a new draft for the
 * link worker to check and approve. The approved plan itself is not touched: it stays with the
 * first assessment, exportable as it was approved.
 */
type Progress = NonNullable<PlanGoal['progress']>;
const PROGRESS = new Set<string>(['achieved', 'partly', 'not_yet', 'no_longer_relevant']);

export interface ContinueInput {
  from: Plan;
  /** The baseline assessment the plan belongs to. */
  fromAssessmentId: string;
  assessmentId: string;
  id: string;
  now: string;
  /** The link worker whose completed review started it. */
  actor: { by: string; name?: string };
  /** The review's answers: goal.N (copied goal text) and goal.N.progress. */
  answers: Record<string, { value: AnswerValue } | undefined>;
}

function actionStatus(a: PlanAction, p: Progress | undefined): PlanAction['status'] {
  if (p === 'achieved') return 'done';
  if (p === 'no_longer_relevant') return a.status === 'done' ? 'done' : 'no_longer_needed';
  if (p === 'partly' && a.status === 'not_started') return 'in_progress';
  return a.status;
}

/** The review question for a plan goal: the goal.N whose copied text is this goal's, else by position. */
function progressFor(goal: PlanGoal, index: number, answers: ContinueInput['answers']): Progress | undefined {
  const norm = (s: string) => s.trim().toLowerCase();
  let n = [1, 2, 3].find((k) => {
    const v = answers[`goal.${k}`]?.value;
    return typeof v === 'string' && norm(v) === norm(goal.text);
  });
  n ??= index + 1;
  const v = answers[`goal.${n}.progress`]?.value;
  return typeof v === 'string' && PROGRESS.has(v) ? (v as Progress) : undefined;
}

export function continuePlan(input: ContinueInput): Plan {
  const { from } = input;
  const goals = from.goals.map((g, i) => {
    const progress = progressFor(g, i, input.answers);
    const { progress: _old, ...rest } = g;
    return { ...rest, ...(progress ? { progress } : {}), actions: g.actions.map((a) => ({ ...a, status: actionStatus(a, progress) })) };
  });
  const said = goals.map((g, i) => `goal ${i + 1} ${g.progress ? PROGRESS_LABEL[g.progress] : 'not reviewed'}`).join(', ');
  const { approvedBy: _a, approvedByName: _b, approvedAt: _c, basedOn: _d, ...rest } = from;
  const approved =
    from.status === 'approved'
      ? `approved plan version ${from.version} (approved by ${from.approvedByName ?? 'the link worker'} on ${ukDateTime(from.approvedAt)})`
      : `draft plan version ${from.version} (never approved)`;
  const plan: Plan = {
    ...rest,
    id: input.id,
    assessmentId: input.assessmentId,
    version: 1,
    status: 'draft',
    goals,
    reviewDate: reviewDateFrom(input.now),
    basedOn: { assessmentId: input.fromAssessmentId, planId: from.id, version: from.version, ...(from.approvedAt ? { approvedAt: from.approvedAt } : {}) },
    edits: [
      {
        at: input.now,
        by: input.actor.by,
        ...(input.actor.name ? { byName: input.actor.name } : {}),
        change: `Started from the ${approved}; at review: ${said}`.slice(0, 400),
      },
    ],
  };
  return planSchema.parse(cohere(plan).plan);
}
