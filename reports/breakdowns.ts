import { readChoice } from '../dialogs/scoring/read-answers';
import type { Episode, ReportPeriod } from './cohort';
import { NOT_RECORDED, sessionsOf, sessionUse } from './aggregate';
import { normaliseOds, type PracticeTable } from './practice-pcn';
import { reviewLinkOf } from './review-link';
import { closureOf, DISCHARGE_REASON_IDS, type DischargeReason } from './caseload/discharge';
import { QUESTION } from '../dialogs/question-ids';

/**
 * The commissioner's breakdowns (issue 20), exact and internal like aggregate.ts: referrals by GP
 * practice and PCN, people by age band, gender and ethnic category, the monthly trend, the wait
 * from referral to first contact, exit reasons, national code counts and script versions in use.
 */
export { NOT_RECORDED };
export const PCN_NOT_KNOWN = 'pcn_not_known';

export interface MonthRow {
  month: string;
  referrals: number;
  accepted: number;
  firstContacts: number;
  reviews: number;
}

export interface Breakdowns {
  byPractice: Record<string, number>;
  byPcn: Record<string, number>;
  ageBand: Record<string, number>;
  sex: Record<string, number>;
  ethnicity: Record<string, number>;
  months: MonthRow[];
  /** Days from the referral received (the record's start) to the first recorded contact, per accepted person contacted. */
  waits: number[];
  notYetContacted: number;
  exits: Record<'discharged_with_reason' | 'discharged' | 'onward_referral' | 'planned_exit' | 'open', number>;
  /** Accepted referrals closed with `discharge <reason>` by the end of the period, by reason (issue 21). */
  dischargeReasons: Record<DischargeReason, number>;
  completedReviews: number;
  declined: number;
  versions: Array<{ label: string; cap: number; referrals: number }>;
}

const bump = (m: Record<string, number>, key: string) => {
  m[key] = (m[key] ?? 0) + 1;
};
const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY);

/** Calendar months touched by the period, "2026-01"…. */
export function monthsOf(p: ReportPeriod): string[] {
  const out: string[] = [];
  let [y, m] = p.from.split('-').map(Number) as [number, number];
  const [ty, tm] = p.to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Why an accepted referral ended, most definite first: a recorded discharge, a discharge review, then the decision at the cap. */
function exitOf(e: Episode, period: ReportPeriod): keyof Breakdowns['exits'] {
  const closure = closureOf(e.linked, period.to);
  if (closure && closure.reason !== 'planned_exit') return 'discharged_with_reason';
  if (e.reviews.some((r) => reviewLinkOf(r)?.kind === 'discharge')) return 'discharged';
  const decisions = sessionUse(e, period).decisions.map((d) => d.decision);
  if (decisions.includes('onward_referral')) return 'onward_referral';
  if (decisions.includes('planned_exit')) return 'planned_exit';
  return 'open';
}

export function breakdowns(episodes: readonly Episode[], period: ReportPeriod, practices: PracticeTable): Breakdowns {
  const b: Breakdowns = {
    byPractice: {},
    byPcn: {},
    ageBand: {},
    sex: {},
    ethnicity: {},
    months: monthsOf(period).map((month) => ({ month, referrals: 0, accepted: 0, firstContacts: 0, reviews: 0 })),
    waits: [],
    notYetContacted: 0,
    exits: { discharged_with_reason: 0, discharged: 0, onward_referral: 0, planned_exit: 0, open: 0 },
    dischargeReasons: Object.fromEntries(DISCHARGE_REASON_IDS.map((id) => [id, 0])) as Record<DischargeReason, number>,
    completedReviews: 0,
    declined: 0,
    versions: [],
  };
  const month = (iso: string) => b.months.find((m) => m.month === iso.slice(0, 7));
  const versions = new Map<string, { label: string; cap: number; referrals: number }>();
  for (const e of episodes) {
    const a = e.baseline.answers;
    const key = `${e.baseline.scriptId}@${e.baseline.scriptVersion}`;
    const v = versions.get(key) ?? { label: `${e.baseline.scriptId} v${e.baseline.scriptVersion}`, cap: e.cap, referrals: 0 };
    v.referrals += 1;
    versions.set(key, v);
    const m = month(e.baseline.createdAt);
    if (m) m.referrals += 1;
    const outcome = readChoice(a, QUESTION.screenOutcome);
    if (outcome === 'decline') b.declined += 1;
    const ods = normaliseOds(a[QUESTION.screenPracticeOds]?.value);
    bump(b.byPractice, ods ?? NOT_RECORDED);
    bump(b.byPcn, ods ? (practices.get(ods)?.pcn ?? PCN_NOT_KNOWN) : NOT_RECORDED);
    for (const r of e.reviews) {
      b.completedReviews += 1;
      const rm = month(r.completedAt ?? r.updatedAt);
      if (rm) rm.reviews += 1;
    }
    if (outcome !== 'accept') continue;
    if (m) m.accepted += 1;
    bump(b.ageBand, readChoice(a, 'about.age_band') ?? NOT_RECORDED);
    bump(b.sex, readChoice(a, 'about.sex') ?? NOT_RECORDED);
    bump(b.ethnicity, readChoice(a, 'about.ethnicity') ?? NOT_RECORDED);
    const first = firstContact(e, period);
    if (first) {
      b.waits.push(Math.max(0, daysBetween(e.baseline.createdAt, first)));
      const fm = month(first);
      if (fm) fm.firstContacts += 1;
    } else b.notYetContacted += 1;
    const exit = exitOf(e, period);
    b.exits[exit] += 1;
    const closure = exit === 'discharged_with_reason' ? closureOf(e.linked, period.to) : null;
    if (closure && closure.reason !== 'planned_exit') b.dischargeReasons[closure.reason] += 1;
  }
  b.versions = [...versions.values()].sort((x, y) => x.label.localeCompare(y.label, 'en', { numeric: true }));
  return b;
}

/** The earliest session contact recorded on the referral by the end of the period. */
function firstContact(e: Episode, period: ReportPeriod): string | null {
  const dates = e.linked
    .flatMap((x) => sessionsOf(x).contacts.map((c) => c.date))
    .filter((d) => d <= period.to)
    .sort();
  return dates[0] ?? null;
}
