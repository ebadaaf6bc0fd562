import type { AssessmentState } from '../dialogs/engine/types';
import { planSchema } from '../plans/model';
import { attendanceSlotSchema, LINK_KINDS, type AttendanceEntry, type AttendanceOutcome, type LinkKind } from '../store/documents/attendance';
import type { Episode, ReportPeriod } from './cohort';
import { partitionCells } from './suppress';
import type { ReportTable } from './types';

/**
 * "Did they go?" in the service report (issue 21): first sessions by service type — referral
 * (the link worker passed the person on) or signpost (contact details given) — and what the link
 * worker recorded: attended, did not attend, not yet, declined, or not yet asked. Counted per
 * referral or signpost whose first date fell on or before the end of the period, with the
 * answer standing at the end of the period. Each row is one partition, suppressed as the rest of
 * the report is (suppress.ts); there is no column-total row, so no suppressed cell can be
 * recovered by subtracting one row from a total.
 *
 * Service type is the kind of link because that is what the plan records for every service;
 * the directory's need areas are not stored with the plan.
 */
export type AttendanceTally = Record<LinkKind, Record<AttendanceOutcome | 'not_asked', number>>;

const empty = (): AttendanceTally => ({
  referral: { attended: 0, did_not_attend: 0, not_yet: 0, declined: 0, not_asked: 0 },
  signpost: { attended: 0, did_not_attend: 0, not_yet: 0, declined: 0, not_asked: 0 },
});

export function emptyAttendance(): AttendanceTally {
  return empty();
}

/** One referral or signpost with a first date, as it stands: from the latest plan of these assessments. */
export interface FirstSession {
  link: LinkKind;
  name: string;
  entry: AttendanceEntry;
}

/**
 * The first sessions of one person's records (baseline and reviews): only services still in the
 * latest plan, and one entry per service and kind, the most recently dated (a review may carry
 * the plan on while the entry stays on the earlier assessment).
 */
export function firstSessions(linked: readonly AssessmentState[]): FirstSession[] {
  let names: Record<LinkKind, Map<string, string>> | null = null;
  for (const a of [...linked].reverse()) {
    const plan = planSchema.safeParse(a.features?.['plan']);
    if (plan.success) {
      names = {
        referral: new Map(plan.data.referrals.map((l) => [l.serviceId, l.name])),
        signpost: new Map(plan.data.signposts.map((l) => [l.serviceId, l.name])),
      };
      break;
    }
  }
  if (!names) return [];
  const latest = new Map<string, AttendanceEntry>();
  for (const a of linked) {
    const slot = attendanceSlotSchema.safeParse(a.features?.['attendance']);
    if (!slot.success) continue;
    for (const entry of slot.data.entries) {
      const k = `${entry.link}:${entry.serviceId}`;
      const seen = latest.get(k);
      if (!seen || seen.setAt < entry.setAt) latest.set(k, entry);
    }
  }
  return [...latest.values()].flatMap((entry) => {
    const name = names[entry.link].get(entry.serviceId);
    return name ? [{ link: entry.link, name, entry }] : [];
  });
}

/** Adds one referral episode's first sessions (dated by the end of the period) to the tally. */
export function addAttendance(tally: AttendanceTally, e: Episode, period: ReportPeriod): void {
  const end = `${period.to}T23:59:59.999Z`;
  for (const { entry } of firstSessions(e.linked)) {
    if (entry.firstDate > period.to) continue;
    const answer = entry.answers.filter((x) => x.at <= end).at(-1)?.outcome ?? 'not_asked';
    tally[entry.link][answer] += 1;
  }
}

const COLUMNS: Array<[AttendanceOutcome | 'not_asked', string]> = [
  ['attended', 'Attended'],
  ['did_not_attend', 'Did not attend'],
  ['not_yet', 'Not yet'],
  ['declined', 'Declined'],
  ['not_asked', 'Not yet asked'],
];

export function attendanceTable(t: AttendanceTally): ReportTable {
  const rows = LINK_KINDS.map((kind) => {
    const values = COLUMNS.map(([k]) => t[kind][k]);
    const { cells, total } = partitionCells(
      values,
      values.reduce((a, b) => a + b, 0),
    );
    return { label: kind === 'referral' ? 'Referrals' : 'Signposts', cells: [...cells, total] };
  });
  return {
    id: 'attendance',
    section: 'Resources used',
    title: 'Did they go? First sessions by service type',
    columns: [...COLUMNS.map(([, label]) => label), 'First sessions'],
    rows,
    note: 'Each referral or signpost with a first date on or before the end of the period, with the link worker’s answer at the end of the period.',
  };
}
