import { describe, expect, it } from 'vitest';
import { dueReminders } from '../../reminders/due';
import { addDays, londonDate, londonInstant } from '../../reminders/london-time';
import { approvedPlan, contacts, person } from './fixtures';

/** The pure core: what is due, when, under which key. No store, no SDK, no clock but `now`. */
const due = (assessments: Parameters<typeof dueReminders>[0]['assessments'], now: string, timeOfDay = '08:30') =>
  dueReminders({ assessments, now, timeOfDay, sessionCap: () => 6 });

describe('Europe/London time of day', () => {
  it('is 08:30 GMT in winter and 07:30 UTC in summer, across the clock changes', () => {
    expect(londonInstant('2026-12-10', '08:30')).toBe('2026-12-10T08:30:00.000Z');
    expect(londonInstant('2026-07-01', '08:30')).toBe('2026-07-01T07:30:00.000Z');
    expect(londonInstant('2026-03-29', '08:30')).toBe('2026-03-29T07:30:00.000Z'); // the morning BST starts
    expect(londonInstant('2026-10-25', '08:30')).toBe('2026-10-25T08:30:00.000Z'); // the morning GMT returns
    expect(londonDate('2026-07-01T23:30:00.000Z')).toBe('2026-07-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('review due', () => {
  const baseline = person('a1', { plan: approvedPlan('a1') });

  it('is due from the configured time on the morning of the review date, once, under a stable key', () => {
    expect(due([baseline], '2026-12-10T08:29:00.000Z')).toEqual([]);
    const at = due([baseline], '2026-12-10T08:30:00.000Z');
    expect(at).toEqual([
      {
        key: 'review_due:a1:-:2026-12-10',
        userId: 'lw-1',
        kind: 'review_due',
        assessmentId: 'a1',
        subject: null,
        dueDate: '2026-12-10',
        sendAt: '2026-12-10T08:30:00.000Z',
      },
    ]);
    // Later the same day, or days later, it is the same event: the same key.
    expect(due([baseline], '2026-12-14T16:00:00.000Z').map((r) => r.key)).toEqual([at[0]!.key]);
    expect(due([baseline], '2026-12-10T07:00:00.000Z', '07:00').map((r) => r.sendAt)).toEqual(['2026-12-10T07:00:00.000Z']);
  });

  it('is not due for a draft plan, once a review has started, or after discharge', () => {
    expect(due([person('d', { plan: approvedPlan('d', { status: 'draft' }) })], '2026-12-11T09:00:00.000Z')).toEqual([]);
    const review = person('r1', { review: { kind: 'review', baselineId: 'a1' }, status: 'active', createdAt: '2026-12-09T10:00:00.000Z' });
    expect(due([baseline, review], '2026-12-11T09:00:00.000Z')).toEqual([]);
    const discharge = person('r2', { review: { kind: 'discharge', baselineId: 'a1' }, createdAt: '2026-12-01T10:00:00.000Z' });
    expect(due([baseline, discharge], '2026-12-11T09:00:00.000Z')).toEqual([]);
  });

  it('is not due once `discharge <reason>` closed the caseload entry (the caseload rule), and is again after a new referral', () => {
    const closed = { ...baseline, features: { ...baseline.features, discharge: { at: '2026-12-01T09:00:00.000Z', by: 'lw-1', reason: 'moved', note: '' } } };
    expect(due([closed], '2026-12-11T09:00:00.000Z')).toEqual([]);
    const reopened = person('a2', { plan: approvedPlan('a2'), createdAt: '2026-12-02T10:00:00.000Z' });
    expect(due([closed, reopened], '2026-12-11T09:00:00.000Z').map((r) => r.assessmentId)).toContain('a2');
  });

  it('follows the latest agreed plan: a review plan approved later moves the date (and the key)', () => {
    const review = person('r1', {
      review: { kind: 'review', baselineId: 'a1' },
      createdAt: '2026-12-09T10:00:00.000Z',
      plan: approvedPlan('r1', { reviewDate: '2027-03-10', approvedAt: '2026-12-09T11:00:00.000Z' }),
    });
    expect(due([baseline, review], '2026-12-11T09:00:00.000Z')).toEqual([]);
    expect(due([baseline, review], '2027-03-10T09:00:00.000Z').map((r) => r.key)).toEqual(['review_due:r1:-:2027-03-10']);
  });

  it("keeps link workers' and people's reminders apart", () => {
    const other = person('b1', { plan: approvedPlan('b1'), owner: 'lw-2', ref: '4010232137' });
    expect(due([baseline, other], '2026-12-10T09:00:00.000Z').map((r) => [r.userId, r.assessmentId])).toEqual([
      ['lw-1', 'a1'],
      ['lw-2', 'b1'],
    ]);
  });
});

describe('one session before the cap, follow-up, first sessions', () => {
  it('the morning after the contact that leaves one session before the cap', () => {
    const five = person('a1', { sessions: contacts(['2026-11-20', '2026-11-27', '2026-12-01', '2026-12-02', '2026-12-03']) });
    expect(due([five], '2026-12-03T20:00:00.000Z')).toEqual([]);
    expect(due([five], '2026-12-04T08:30:00.000Z').map((r) => r.key)).toEqual(['session_cap_near:a1:5of6:2026-12-04']);
    const four = person('a1', { sessions: contacts(['2026-11-20', '2026-11-27', '2026-12-01', '2026-12-02']) });
    const six = person('a1', { sessions: contacts(['2026-11-20', '2026-11-27', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) });
    expect(due([four], '2026-12-20T09:00:00.000Z')).toEqual([]);
    expect(due([six], '2026-12-20T09:00:00.000Z')).toEqual([]);
  });

  it('the morning of an agreed follow-up, unless a contact has already happened on or after it', () => {
    const followUp = { entries: [], followUp: { date: '2026-12-15', setAt: '2026-12-01T10:00:00.000Z', setBy: 'lw-1' } };
    expect(due([person('a1', { attendance: followUp })], '2026-12-15T08:31:00.000Z').map((r) => r.key)).toEqual(['follow_up_due:a1:-:2026-12-15']);
    expect(due([person('a1', { attendance: followUp, sessions: contacts(['2026-12-15']) })], '2026-12-15T09:00:00.000Z')).toEqual([]);
  });

  it('the morning after a first date, per referral and signpost, until answered; a new date after "not yet" asks again', () => {
    const entry = (
      link: 'referral' | 'signpost',
      serviceId: string,
      answers: Array<{ outcome: 'attended' | 'not_yet'; at: string; by: string }> = [],
      firstDate = '2026-12-05',
      setAt = '2026-12-01T10:00:00.000Z',
    ) => ({
      link,
      serviceId,
      firstDate,
      setAt,
      setBy: 'lw-1',
      answers,
    });
    const plan = approvedPlan('a1', { reviewDate: '2027-03-01' });
    const both = person('a1', { plan, attendance: { entries: [entry('referral', 'svc-debt'), entry('signpost', 'svc-walk')] } });
    expect(due([both], '2026-12-05T20:00:00.000Z')).toEqual([]);
    expect(due([both], '2026-12-06T08:30:00.000Z').map((r) => r.key)).toEqual([
      'attendance_check:a1:referral:svc-debt:2026-12-06',
      'attendance_check:a1:signpost:svc-walk:2026-12-06',
    ]);
    const answered = person('a1', {
      plan,
      attendance: { entries: [entry('referral', 'svc-debt', [{ outcome: 'attended', at: '2026-12-06T09:00:00.000Z', by: 'lw-1' }])] },
    });
    expect(due([answered], '2026-12-07T09:00:00.000Z')).toEqual([]);
    const notYetThenNewDate = person('a1', {
      plan,
      attendance: {
        entries: [
          entry('referral', 'svc-debt', [{ outcome: 'not_yet', at: '2026-12-06T09:00:00.000Z', by: 'lw-1' }], '2026-12-12', '2026-12-06T09:01:00.000Z'),
        ],
      },
    });
    expect(due([notYetThenNewDate], '2026-12-13T09:00:00.000Z').map((r) => r.key)).toEqual(['attendance_check:a1:referral:svc-debt:2026-12-13']);
    // A service removed from the plan is not asked about.
    const removed = person('a1', { plan: { ...plan, referrals: [] }, attendance: { entries: [entry('referral', 'svc-debt')] } });
    expect(due([removed], '2026-12-07T09:00:00.000Z')).toEqual([]);
  });
});
