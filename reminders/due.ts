import { closureOf } from '../reports/caseload/discharge';
import { countSessions } from '../service/features/sessions';
import type { AssessmentState } from '../dialogs/engine/types';
import { planSchema, type Plan } from '../plans/model';
import { reviewLinkOf } from '../reports/review-link';
import { attendanceSlotSchema, type AttendanceEntry, type AttendanceSlot } from '../store/documents/attendance';
import { sessionsSlotSchema, type SessionsSlot } from '../store/documents/feature-slots';
import type { OutboxItem } from '../store/types';
import { addDays, londonInstant } from './london-time';

/**
 * Which reminders are due — a pure function of the records and the clock (no SDK, no store).
 *
 *  - review_due: the morning of the review date of the person's latest agreed (approved) plan,
 *    unless a review (or discharge) has been started since it was agreed;
 *  - follow_up_due: the morning of the agreed follow-up date, unless a contact was recorded on or after it;
 *  - session_cap_near: the morning after the contact that left one session before the cap;
 *  - attendance_check: the morning after a referral's or signpost's first date, until "did they go?" is answered.
 *
 * Each has a stable dedupe key (kind, assessment, subject, due date), so the same event is
 * enqueued — and sent — once however often this runs and on however many instances. Nothing is
 * due for a person who has been discharged (a completed discharge, or a planned exit at the cap).
 */
export type ReminderKind = 'review_due' | 'follow_up_due' | 'session_cap_near' | 'attendance_check';

export interface DueInput {
  assessments: readonly AssessmentState[];
  now: string;
  /** Local time of day in Europe/London, "HH:MM". */
  timeOfDay: string;
  /** The session cap that applies to an assessment (from its script). */
  sessionCap: (a: AssessmentState) => number;
}

const slot = <T>(a: AssessmentState, name: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T | null => {
  const raw = a.features?.[name];
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  return parsed.success ? (parsed.data as T) : null;
};
export const planOf = (a: AssessmentState): Plan | null => slot<Plan>(a, 'plan', planSchema);
export const attendanceOf = (a: AssessmentState): AttendanceSlot | null => slot<AttendanceSlot>(a, 'attendance', attendanceSlotSchema);
const sessionsOf = (a: AssessmentState): SessionsSlot | null => slot<SessionsSlot>(a, 'sessions', sessionsSlotSchema);

export const reminderKey = (kind: ReminderKind, assessmentId: string, subject: string | null, dueDate: string): string =>
  [kind, assessmentId, subject ?? '-', dueDate].join(':');

/** One link worker's assessments of one person, oldest first. */
function people(assessments: readonly AssessmentState[]): AssessmentState[][] {
  const by = new Map<string, AssessmentState[]>();
  for (const a of assessments) {
    if (a.status === 'cancelled') continue;
    const k = `${a.owner}\n${a.patient.kind}:${a.patient.value}`;
    by.set(k, [...(by.get(k) ?? []), a]);
  }
  return [...by.values()].map((list) => list.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id)));
}

// Closed: a recorded discharge or planned exit not since reopened (the caseload's own rule, reports/caseload),
// or a completed discharge review.
const discharged = (list: AssessmentState[]) => closureOf(list) !== null || list.some((a) => a.status === 'completed' && reviewLinkOf(a)?.kind === 'discharge');

export function dueReminders(input: DueInput): OutboxItem[] {
  const out: OutboxItem[] = [];
  const add = (kind: ReminderKind, a: AssessmentState, subject: string | null, dueDate: string) => {
    const sendAt = londonInstant(dueDate, input.timeOfDay);
    if (sendAt > input.now) return;
    out.push({ key: reminderKey(kind, a.id, subject, dueDate), userId: a.owner, kind, assessmentId: a.id, subject, dueDate, sendAt });
  };
  for (const list of people(input.assessments)) {
    if (discharged(list)) continue;
    reviewDue(list, add);
    followUpDue(list, add);
    capNear(list, input.sessionCap, add);
    for (const a of list) attendanceDue(a, add);
  }
  return out.sort((x, y) => x.sendAt.localeCompare(y.sendAt) || x.key.localeCompare(y.key));
}

type Add = (kind: ReminderKind, a: AssessmentState, subject: string | null, dueDate: string) => void;

function reviewDue(list: AssessmentState[], add: Add): void {
  const agreed = list
    .map((a) => ({ a, plan: planOf(a) }))
    .filter((x): x is { a: AssessmentState; plan: Plan } => x.plan?.status === 'approved' && typeof x.plan.approvedAt === 'string')
    .sort((x, y) => x.plan.approvedAt!.localeCompare(y.plan.approvedAt!));
  const latest = agreed.at(-1);
  if (!latest) return;
  const inHand = list.some((a) => a.id !== latest.a.id && reviewLinkOf(a) !== null && a.createdAt >= latest.plan.approvedAt!);
  if (!inHand) add('review_due', latest.a, null, latest.plan.reviewDate);
}

/** The follow-up agreed most recently across one person's assessments (the caseload shows it too). */
export function latestFollowUp(list: readonly AssessmentState[]): { a: AssessmentState; f: NonNullable<AttendanceSlot['followUp']> } | null {
  const set = list.flatMap((a) => {
    const f = attendanceOf(a)?.followUp;
    return f ? [{ a, f }] : [];
  });
  return set.sort((x, y) => x.f.setAt.localeCompare(y.f.setAt)).at(-1) ?? null;
}

function followUpDue(list: AssessmentState[], add: Add): void {
  const latest = latestFollowUp(list);
  if (!latest) return;
  const contactSince = list.some((a) => (sessionsOf(a)?.contacts ?? []).some((c) => c.date >= latest.f.date));
  if (!contactSince) add('follow_up_due', latest.a, null, latest.f.date);
}

function capNear(list: AssessmentState[], capOf: (a: AssessmentState) => number, add: Add): void {
  // Counted the one way the session feature and the caseload count (countSessions).
  const { used, allowed } = countSessions(list, capOf(list[0]!));
  if (used === 0 || used !== allowed - 1) return;
  const contacts = list.flatMap((a) => (sessionsOf(a)?.contacts ?? []).map((c) => ({ a, date: c.date })));
  const last = contacts.sort((x, y) => x.date.localeCompare(y.date)).at(-1)!;
  add('session_cap_near', last.a, `${used}of${allowed}`, addDays(last.date, 1));
}

function attendanceDue(a: AssessmentState, add: Add): void {
  const plan = planOf(a);
  const entries = attendanceOf(a)?.entries ?? [];
  for (const e of entries) {
    const links = e.link === 'referral' ? plan?.referrals : plan?.signposts;
    // A link since removed from the plan is not asked about.
    if (!links?.some((l) => l.serviceId === e.serviceId) || answeredSinceDateSet(e)) continue;
    add('attendance_check', a, `${e.link}:${e.serviceId}`, addDays(e.firstDate, 1));
  }
}

/** A new first date (after "not yet") asks again; an answer given before it was set does not count. */
export const answeredSinceDateSet = (e: AttendanceEntry): boolean => e.answers.some((x) => x.at >= e.setAt);
