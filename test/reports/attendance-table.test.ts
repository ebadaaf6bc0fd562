import { describe, expect, it } from 'vitest';
import type { AssessmentState } from '../../dialogs/engine/types';
import { buildServiceReport } from '../../reports';
import type { AttendanceOutcome } from '../../store/documents/attendance';
import { approvedPlan, person } from '../reminders/fixtures';

/**
 * The service report's "did they go?" table: first sessions by service type (referral, signpost)
 * with the answer standing at the end of the period, anonymised and suppressed like the rest of
 * the report. Counts are built from records, one per person, so every cell is known here.
 */
type Answer = AttendanceOutcome | null;

let n = 0;
function referred(referral: Answer, signpost: Answer, o: { referralFirstDate?: string; answeredAt?: string } = {}): AssessmentState {
  const id = `p${++n}`;
  const entry = (link: 'referral' | 'signpost', serviceId: string, a: Answer) => ({
    link,
    serviceId,
    firstDate: link === 'referral' && o.referralFirstDate ? o.referralFirstDate : '2026-06-01',
    setAt: '2026-05-20T10:00:00.000Z',
    setBy: 'lw-1',
    answers: a ? [{ outcome: a, at: o.answeredAt ?? '2026-06-02T09:00:00.000Z', by: 'lw-1' }] : [],
  });
  const a = person(id, {
    ref: `SP-${1000 + n}`,
    createdAt: '2026-05-15T10:00:00.000Z',
    plan: approvedPlan(id),
    attendance: { entries: [entry('referral', 'svc-debt', referral), entry('signpost', 'svc-walk', signpost)] },
  });
  return {
    ...a,
    patient: { kind: 'local', value: `SP-${1000 + n}`, masked: 'SP***' },
    answers: { 'screen.outcome': { value: 'accept', at: a.createdAt, activityId: 'x' } },
  };
}

const times = (k: number, make: () => AssessmentState) => Array.from({ length: k }, make);

describe('service report: did they go?', () => {
  // With the four people below, referrals: 7 attended, 6 did not, 2 not yet, 0 declined, 6 not asked (21);
  // signposts: 6 attended, 5 did not, 2 not yet, 5 declined, 6 not asked (24).
  const people = [
    ...times(6, () => referred('attended', 'attended')),
    ...times(1, () => referred('attended', 'did_not_attend')),
    ...times(4, () => referred('did_not_attend', 'did_not_attend')),
    ...times(2, () => referred('did_not_attend', 'not_yet')),
    ...times(2, () => referred('not_yet', 'declined')),
    ...times(3, () => referred(null, 'declined')),
    ...times(2, () => referred(null, null)),
  ];
  // Three more people whose signpost is not yet asked about and whose referral's first date is after the period (not counted).
  const extra = times(3, () => referred('attended', null, { referralFirstDate: '2027-02-01' }));
  // …and one whose answer came after the period: it counts as "not yet asked", and its referral too.
  const late = referred('attended', 'attended', { answeredAt: '2027-01-05T09:00:00.000Z' });
  const { report, raw } = buildServiceReport([...people, ...extra, late], {
    period: { from: '2026-01-01', to: '2026-12-31' },
    generatedAt: '2027-01-10T00:00:00.000Z',
  });
  const table = report.tables.find((t) => t.id === 'attendance')!;
  const row = (label: string) => table.rows.find((r) => r.label === label)!.cells.map((c) => c.display);

  it('counts per referral and signpost, at the end of the period (exact counts, before suppression)', () => {
    expect(raw.attendance.referral).toEqual({ attended: 7, did_not_attend: 6, not_yet: 2, declined: 0, not_asked: 6 });
    expect(raw.attendance.signpost).toEqual({ attended: 6, did_not_attend: 5, not_yet: 2, declined: 5, not_asked: 6 });
  });

  it('publishes by service type with small numbers suppressed, and complementary suppression where one small cell could be worked out', () => {
    expect(table.title).toBe('Did they go? First sessions by service type');
    expect(table.columns).toEqual(['Attended', 'Did not attend', 'Not yet', 'Declined', 'Not yet asked', 'First sessions']);
    // Two small cells (2 and 0) protect each other.
    expect(row('Referrals')).toEqual(['7', '6', '<5', '<5', '6', '21']);
    // One small cell (2) alone could be recovered from the total: the smallest shown cell is hidden too.
    expect(row('Signposts')).toEqual(['6', '[c]', '<5', '5', '6', '24']);
    expect(table.total).toBeUndefined();
  });

  it('carries no identifiers or service ids', () => {
    const text = JSON.stringify(report);
    for (const leak of ['SP-10', 'svc-debt', 'svc-walk', 'lw-1']) expect(text).not.toContain(leak);
  });
});
