import type { AssessmentState } from '../dialogs/engine/types';
import { readChoice, readMulti } from '../dialogs/scoring/read-answers';
import { planSchema, type Plan } from '../plans/model';
import { sessionsSlotSchema, type SessionsSlot } from '../service/features/sessions';
import type { Episode, ReportPeriod } from './cohort';
import { reviewLinkOf } from './review-link';
import { addChanges, addGoalProgress, emptyTallies, outcomeChanges, type MeasureTally } from './outcomes';
import { QUESTION } from '../dialogs/question-ids';
import { addAttendance, emptyAttendance, type AttendanceTally } from './attendance';

/**
 * Exact counts for the service report, before suppression. Internal only: the published report
 * (publish.ts) is the only thing that leaves reports/. Counts are per referral (Episode).
 */
export interface WorkerTotals {
  /** Internal owner id; publish.ts replaces it with a letter. */
  worker: string;
  referrals: number;
  accepted: number;
  sessions: number;
  atOrAboveCap: number;
  reviewed: number;
  measures: MeasureTally[];
}

export interface RawReport {
  period: ReportPeriod;
  referrals: number;
  accepted: number;
  bySource: Record<string, number>;
  byReason: Record<string, number>;
  screening: Record<string, number>;
  needs: Record<string, number>;
  barriers: Record<string, number>;
  noBarriers: number;
  sessions: {
    /** Sessions per accepted referral, for the histogram and the mean. */
    perPerson: number[];
    none: number;
    belowCap: number;
    atCap: number;
    aboveCap: number;
    decisions: Record<'extension' | 'onward_referral' | 'planned_exit', number>;
  };
  resources: { withPlan: number; signposts: number; referrals: number; peopleSignposted: number; peopleReferred: number };
  outcomes: { people: number; reviews: number; discharges: number; measures: MeasureTally[]; goals: Record<string, number> };
  safeguarding: { confirmed: number; dismissed: number; people: number };
  /** First sessions and "did they go?" answers (issue 21), by referral and signpost. */
  attendance: AttendanceTally;
  workers: WorkerTotals[];
}

export const NOT_RECORDED = 'not_recorded';
export const NOT_SCREENED = 'not_screened';

const bump = (m: Record<string, number>, key: string, by = 1) => {
  m[key] = (m[key] ?? 0) + by;
};

/** A referral's sessions record; an unreadable one counts as none, so the report still runs. */
export function sessionsOf(a: AssessmentState): SessionsSlot {
  const parsed = sessionsSlotSchema.safeParse(a.features?.['sessions']);
  return parsed.success ? parsed.data : { contacts: [], reviews: [] };
}

/** The most recent valid plan among the baseline and its reviews (a plan may be revised at review). */
function planOf(e: Episode): Plan | null {
  for (const a of [...e.linked].reverse()) {
    const parsed = planSchema.safeParse(a.features?.['plan']);
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** Contacts up to the end of the period, and the sessions allowed (cap plus agreed extensions). */
export function sessionUse(e: Episode, period: ReportPeriod): { used: number; allowed: number; decisions: SessionsSlot['reviews'] } {
  const slots = e.linked.map(sessionsOf);
  const used = slots.flatMap((s) => s.contacts).filter((c) => c.date <= period.to).length;
  const decisions = slots.flatMap((s) => s.reviews).filter((r) => r.at.slice(0, 10) <= period.to);
  return { used, allowed: e.cap + decisions.reduce((n, r) => n + r.extraSessions, 0), decisions };
}

function workerOf(map: Map<string, WorkerTotals>, worker: string): WorkerTotals {
  let w = map.get(worker);
  if (!w) {
    w = { worker, referrals: 0, accepted: 0, sessions: 0, atOrAboveCap: 0, reviewed: 0, measures: emptyTallies() };
    map.set(worker, w);
  }
  return w;
}

export function aggregate(episodes: readonly Episode[], period: ReportPeriod): RawReport {
  const r: RawReport = {
    period,
    referrals: episodes.length,
    accepted: 0,
    bySource: {},
    byReason: {},
    screening: {},
    needs: {},
    barriers: {},
    noBarriers: 0,
    sessions: { perPerson: [], none: 0, belowCap: 0, atCap: 0, aboveCap: 0, decisions: { extension: 0, onward_referral: 0, planned_exit: 0 } },
    resources: { withPlan: 0, signposts: 0, referrals: 0, peopleSignposted: 0, peopleReferred: 0 },
    outcomes: { people: 0, reviews: 0, discharges: 0, measures: emptyTallies(), goals: {} },
    safeguarding: { confirmed: 0, dismissed: 0, people: 0 },
    attendance: emptyAttendance(),
    workers: [],
  };
  const workers = new Map<string, WorkerTotals>();
  for (const e of episodes) {
    const a = e.baseline.answers;
    const w = workerOf(workers, e.worker);
    w.referrals += 1;
    bump(r.bySource, readChoice(a, QUESTION.referrer) ?? NOT_RECORDED);
    bump(r.byReason, readChoice(a, QUESTION.referralReason) ?? NOT_RECORDED);
    const outcome = readChoice(a, QUESTION.screenOutcome) ?? NOT_SCREENED;
    bump(r.screening, outcome);

    const concerns = e.linked.flatMap((x) => x.safeguarding).filter((c) => c.decidedAt.slice(0, 10) <= period.to);
    const confirmed = concerns.filter((c) => c.decision === 'confirmed').length;
    r.safeguarding.confirmed += confirmed;
    r.safeguarding.dismissed += concerns.length - confirmed;
    if (confirmed > 0) r.safeguarding.people += 1;

    if (outcome !== 'accept') continue;
    r.accepted += 1;
    w.accepted += 1;
    for (const need of readMulti(a, QUESTION.needAreas)) bump(r.needs, need);
    const barriers = readMulti(a, QUESTION.barriers);
    for (const b of barriers) bump(r.barriers, b);
    if (barriers.length === 0) r.noBarriers += 1;

    const use = sessionUse(e, period);
    r.sessions.perPerson.push(use.used);
    w.sessions += use.used;
    if (use.used === 0) r.sessions.none += 1;
    else if (use.used < e.cap) r.sessions.belowCap += 1;
    else if (use.used === e.cap) r.sessions.atCap += 1;
    else r.sessions.aboveCap += 1;
    if (use.used >= e.cap) w.atOrAboveCap += 1;
    for (const d of use.decisions) r.sessions.decisions[d.decision] += 1;

    addAttendance(r.attendance, e, period);
    const plan = planOf(e);
    if (plan) {
      r.resources.withPlan += 1;
      r.resources.signposts += plan.signposts.length;
      r.resources.referrals += plan.referrals.length;
      if (plan.signposts.length > 0) r.resources.peopleSignposted += 1;
      if (plan.referrals.length > 0) r.resources.peopleReferred += 1;
    }

    const latest = e.reviews[e.reviews.length - 1];
    if (!latest) continue;
    const changes = outcomeChanges(e.baseline, latest);
    r.outcomes.people += 1;
    w.reviewed += 1;
    addChanges(r.outcomes.measures, changes);
    addChanges(w.measures, changes);
    addGoalProgress(r.outcomes.goals, latest);
    for (const rev of e.reviews) {
      if (reviewLinkOf(rev)?.kind === 'discharge') r.outcomes.discharges += 1;
      else r.outcomes.reviews += 1;
    }
  }
  r.workers = [...workers.values()];
  return r;
}
