import type { AssessmentState } from '../../dialogs/engine/types';
import type { Plan } from '../../plans/model';
import type { AttendanceSlot } from '../../store/documents/attendance';
import type { SessionsSlot } from '../../store/documents/feature-slots';
import { completedState } from '../helpers/assessment-state';

/** Records as the features leave them: a completed assessment with an approved plan, contacts and first dates. */
export function approvedPlan(assessmentId: string, overrides: Partial<Plan> = {}): Plan {
  return {
    id: `plan-${assessmentId}`,
    assessmentId,
    version: 2,
    status: 'approved',
    drafter: 'deterministic',
    strengths: [],
    needsAndConcerns: [],
    goals: [],
    barriers: [],
    signposts: [{ serviceId: 'svc-walk', name: 'Wednesday Walking Group', contact: '0113 000 0001', reasons: [] }],
    referrals: [{ serviceId: 'svc-debt', name: 'Citizens Advice Debt Clinic', contact: '0113 000 0002', reasons: [] }],
    supportStyle: [],
    noActionsRequired: true,
    reviewDate: '2026-12-10',
    approvedBy: 'lw-1',
    approvedAt: '2026-11-10T11:00:00.000Z',
    edits: [],
    ...overrides,
  };
}

export function person(
  id: string,
  o: {
    plan?: Plan;
    sessions?: SessionsSlot;
    attendance?: AttendanceSlot;
    owner?: string;
    ref?: string;
    review?: { kind: 'review' | 'discharge'; baselineId: string };
    status?: AssessmentState['status'];
    createdAt?: string;
  } = {},
): AssessmentState {
  const at = o.createdAt ?? '2026-11-10T10:00:00.000Z';
  const features: Record<string, Record<string, unknown>> = {};
  if (o.plan) features.plan = o.plan as unknown as Record<string, unknown>;
  if (o.sessions) features.sessions = o.sessions as unknown as Record<string, unknown>;
  if (o.attendance) features.attendance = o.attendance as unknown as Record<string, unknown>;
  if (o.review) features.review = { ...o.review, prefilled: [], startedAt: at };
  const ref = o.ref ?? '9434765919';
  const state = completedState(
    id,
    {},
    {
      owner: o.owner ?? 'lw-1',
      patient: { kind: 'nhs_number', value: ref, masked: `*** *** ${ref.slice(-4)}` },
      status: o.status ?? 'completed',
      completedAt: at,
      features,
    },
  );
  // Only a completed assessment has a completion time.
  if (state.status !== 'completed') delete state.completedAt;
  return state;
}

export const contacts = (dates: string[]): SessionsSlot => ({
  contacts: dates.map((date) => ({ date, method: 'phone' as const, minutes: 30, summary: '', by: 'lw-1' })),
  reviews: [],
});
