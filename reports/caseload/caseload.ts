import type { AssessmentState, PatientRef } from '../../dialogs/engine/types';
import { readChoice } from '../../dialogs/scoring/read-answers';
import { QUESTION } from '../../dialogs/question-ids';
import { planSchema, type Plan } from '../../plans/model';
import { supervisionSlotSchema } from '../../store/documents/feature-slots';
import { countSessions, sessionsOf } from '../../service/features/sessions';
import { isReview } from '../review-link';
import { latestFollowUp } from '../../reminders/due';
import { closureOf, type Closure } from './discharge';

/**
 * The caseload: one entry per person a link worker supports, derived from what is already stored
 * (assessment status, plan, contacts against the cap, cap decisions, supervision flag,
 * discharge). Pure — the caller passes the owner's assessments, each script's cap and `now`.
 */
export const CASELOAD_STATUSES = {
  review_due: 'Review due',
  at_cap: 'At session cap',
  plan_draft: 'Plan draft',
  in_progress: 'Assessment in progress',
  screening: 'Screening',
  plan_agreed: 'Plan agreed',
  discharged: 'Discharged',
} as const;
export type CaseloadStatus = keyof typeof CASELOAD_STATUSES;

/**
 * What needs doing first, and why this order:
 * 1. review due — a date agreed with the person has come or gone: they are waiting for a call;
 * 2. at the session cap — no further contact can be counted until an extension, onward referral
 *    or exit is decided, so the next call is blocked;
 * 3. plan draft — the person has been assessed but nothing is agreed or sent to the GP yet;
 * 4. assessment in progress, then 5. screening — conversations already under way;
 * 6. plan agreed — settled until the review date (soonest first);
 * 7. discharged — closed, kept visible (most recent first) so a re-referral is recognised.
 * Within a status: flagged for supervision first, then the earliest date, then the person left
 * longest without any change — the one most at risk of being forgotten.
 */
const PRIORITY: readonly CaseloadStatus[] = ['review_due', 'at_cap', 'plan_draft', 'in_progress', 'screening', 'plan_agreed', 'discharged'];

export interface CaseloadEntry {
  /** Shown everywhere instead of the reference ("*** *** 5919"). */
  masked: string;
  /** The assessment `open` brings up (latest completed, else latest): rows open the person with it. */
  openId: string;
  status: CaseloadStatus;
  statusLabel: string;
  /** A short detail beside the status ("review 3 days overdue", "screened out: declined"). */
  detail: string;
  sessions: { used: number; allowed: number };
  /** The next step and its date (null: as soon as possible, or nothing planned). */
  next: { what: string; due: string | null } | null;
  reviewDate: string | null;
  /** The next contact agreed with the person (`follow up <date>`), today or later; null: none. */
  followUp: string | null;
  lastContact: string | null;
  supervision: boolean;
  discharge: Closure | null;
  /** When anything about the person last changed. */
  updatedAt: string;
}

export interface PersonRecords {
  patient: PatientRef;
  /** Oldest first, as people.ts's peopleOf gives them. */
  assessments: AssessmentState[];
}

export interface CaseloadOptions {
  /** Today's date and time (injected: the core never reads a clock). */
  now: string;
  /** Sessions allowed before a review, from the script version an assessment was started on. */
  capOf: (a: AssessmentState) => number;
}

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function latestPlan(assessments: readonly AssessmentState[]): Plan | null {
  for (const a of [...assessments].reverse()) {
    if (a.status === 'cancelled') continue;
    const parsed = planSchema.safeParse(a.features?.['plan']);
    if (parsed.success) return parsed.data;
  }
  return null;
}

const flagged = (a: AssessmentState) => {
  const s = supervisionSlotSchema.safeParse(a.features?.['supervision']);
  return s.success && s.data.flagged;
};

/** The one entry for a person, or null when every assessment of theirs was cancelled (never a referral). */
export function caseloadEntry(person: PersonRecords, o: CaseloadOptions): CaseloadEntry | null {
  const live = person.assessments.filter((a) => a.status !== 'cancelled');
  const latest = live.at(-1);
  if (!latest) return null;
  const today = o.now.slice(0, 10);
  const baseline = live.find((a) => !isReview(a)) ?? live[0]!;
  const sessions = countSessions(person.assessments, o.capOf(baseline));
  const plan = latestPlan(live);
  const closure = closureOf(person.assessments, o.now);
  const contacts = person.assessments.flatMap((a) => sessionsOf(a).contacts.map((c) => c.date)).sort();
  const followUp = agreedFollowUp(live, today);
  const openId = ([...live].reverse().find((a) => a.status === 'completed') ?? latest).id;
  const base = {
    masked: person.patient.masked,
    openId,
    sessions: { used: sessions.used, allowed: sessions.allowed },
    reviewDate: plan?.reviewDate ?? null,
    followUp,
    lastContact: contacts.at(-1) ?? null,
    supervision: person.assessments.some(flagged),
    discharge: closure,
    updatedAt: person.assessments
      .map((a) => a.updatedAt)
      .sort()
      .at(-1)!,
  };
  const entry = (status: CaseloadStatus, detail: string, next: CaseloadEntry['next']): CaseloadEntry => ({
    ...base,
    status,
    statusLabel: CASELOAD_STATUSES[status],
    detail,
    next,
  });

  if (closure) return entry('discharged', `${closure.label}, ${closure.at.slice(0, 10)}`, null);
  if (sessions.used >= sessions.allowed) {
    // An onward referral at the cap is decided but not closed: the person may still be in touch.
    const onward = person.assessments.flatMap((a) => sessionsOf(a).reviews).some((r) => r.decision === 'onward_referral');
    return onward
      ? entry('at_cap', `${sessions.used} of ${sessions.allowed} sessions used · onward referral recorded`, {
          what: 'close the entry with `discharge onward`',
          due: null,
        })
      : entry('at_cap', `${sessions.used} of ${sessions.allowed} sessions used`, { what: 'decide at the cap: `extend`, `onward` or `exit`', due: null });
  }
  const open = latest.status === 'active' || latest.status === 'paused';
  const review = isReview(latest);
  if (open && !review && readChoice(latest.answers, QUESTION.screenOutcome) === null)
    return entry('screening', latest.status === 'paused' ? 'paused during screening' : 'screening under way', {
      what: 'finish screening (`open`, then `resume`)',
      due: null,
    });
  if (open)
    return entry('in_progress', `${review ? 'review' : 'assessment'} ${latest.status === 'paused' ? 'paused' : 'under way'}`, {
      what: `finish the ${review ? 'review' : 'assessment'} (\`open\`, then \`resume\`)`,
      due: null,
    });
  const outcome = readChoice(baseline.answers, QUESTION.screenOutcome);
  if (outcome === 'decline' || outcome === 'redirect')
    return entry('screening', `screened out: ${outcome === 'decline' ? 'declined' : 'redirected'}`, {
      what: 'close the entry with `discharge <reason>`',
      due: null,
    });
  if (!plan) return entry('plan_draft', 'no plan drafted yet', { what: 'draft and agree the plan (`open`, then `plan`)', due: null });
  if (plan.status === 'draft')
    return entry('plan_draft', `draft v${plan.version}, not yet agreed`, { what: 'agree the plan with the person (`approve`)', due: null });
  const late = daysFrom(plan.reviewDate, today);
  // An agreed follow-up before the review is the next contact (`follow up <date>`, reminded on its morning).
  if (late < 0 && followUp && followUp < plan.reviewDate)
    return entry('plan_agreed', `agreed v${plan.version}`, { what: 'agreed follow-up call', due: followUp });
  if (late >= 0)
    return entry('review_due', late === 0 ? 'review due today' : `review ${late} day${late === 1 ? '' : 's'} overdue`, {
      what: 'progress review (`review`)',
      due: plan.reviewDate,
    });
  return entry('plan_agreed', `agreed v${plan.version}`, { what: 'progress review (`review`)', due: plan.reviewDate });
}

/** Every person's entry, in the order of what needs doing first (see PRIORITY). */
export function buildCaseload(people: readonly PersonRecords[], o: CaseloadOptions): CaseloadEntry[] {
  const rank = (e: CaseloadEntry) => PRIORITY.indexOf(e.status);
  const date = (e: CaseloadEntry) => (e.status === 'discharged' ? '' : (e.next?.due ?? e.reviewDate ?? '9999'));
  return people
    .map((p) => caseloadEntry(p, o))
    .filter((e): e is CaseloadEntry => e !== null)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(b.supervision) - Number(a.supervision) ||
        date(a).localeCompare(date(b)) ||
        // Discharged: most recent first; everyone else: longest untouched first.
        (a.status === 'discharged' ? b.updatedAt.localeCompare(a.updatedAt) : a.updatedAt.localeCompare(b.updatedAt)) ||
        a.masked.localeCompare(b.masked),
    );
}

export const CASELOAD_FILTERS = ['all', 'due', 'cap'] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

/**
 * "Due this week": open entries whose review date or agreed follow-up falls within the next seven
 * days, today included, or whose review date has already passed. "At cap": open entries that have used every allowed session.
 */
export function filterCaseload(entries: readonly CaseloadEntry[], filter: CaseloadFilter, now: string): CaseloadEntry[] {
  if (filter === 'all') return [...entries];
  const weekEnd = addDays(now.slice(0, 10), 6);
  return entries.filter((e) =>
    e.status === 'discharged'
      ? false
      : filter === 'cap'
        ? e.sessions.used >= e.sessions.allowed
        : (e.reviewDate !== null && e.reviewDate <= weekEnd) || (e.followUp !== null && e.followUp <= weekEnd),
  );
}

/** The latest agreed follow-up (the one reminders act on), if it is still to come. */
function agreedFollowUp(assessments: readonly AssessmentState[], today: string): string | null {
  const latest = latestFollowUp(assessments);
  return latest && latest.f.date >= today ? latest.f.date : null;
}
