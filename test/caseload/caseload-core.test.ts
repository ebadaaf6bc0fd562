import { describe, expect, it } from 'vitest';
import type { AssessmentState } from '../../dialogs/engine/types';
import { buildServiceReport } from '../../reports';
import { buildCaseload, caseloadEntry, filterCaseload, type PersonRecords } from '../../reports/caseload/caseload';
import { closureOf, parseDischarge } from '../../reports/caseload/discharge';
import type { Plan } from '../../plans/model';
import { completedState } from '../helpers/assessment-state';

/**
 * The pure caseload core: statuses, the order, the filters and closures, from hand-built records
 * with the clock passed in. (The conversation that produces such records is caseload-transcript.)
 */
const NOW = '2026-11-08T09:00:00.000Z';
const cap = () => 6;
const accepted = { 'screen.outcome': 'accept' };

function plan(status: 'draft' | 'approved', reviewDate: string): Plan {
  return {
    id: 'p',
    assessmentId: 'a',
    version: status === 'approved' ? 2 : 1,
    status,
    drafter: 'deterministic',
    strengths: [],
    needsAndConcerns: [],
    goals: [],
    barriers: [],
    signposts: [],
    referrals: [],
    supportStyle: [],
    noActionsRequired: true,
    reviewDate,
    edits: [],
  };
}
const contacts = (n: number, from = '2026-10-01') =>
  Array.from({ length: n }, (_, i) => ({
    date: `${from.slice(0, 8)}${String(1 + i).padStart(2, '0')}`,
    method: 'phone' as const,
    minutes: 30,
    summary: '',
    by: 'lw',
  }));

function person(ref: string, ...assessments: Array<Omit<Partial<AssessmentState>, 'answers'> & { answers?: Record<string, string> }>): PersonRecords {
  const patient = { kind: 'local' as const, value: ref, masked: `${ref.slice(0, 2)}***${ref.slice(-2)}` };
  return {
    patient,
    assessments: assessments.map(({ answers, ...o }, i) =>
      completedState(`${ref}-${i}`, answers ?? accepted, {
        patient,
        owner: 'lw',
        createdAt: `2026-10-0${1 + i}T09:00:00.000Z`,
        updatedAt: `2026-10-0${1 + i}T10:00:00.000Z`,
        ...o,
      }),
    ),
  };
}
const entry = (p: PersonRecords) => caseloadEntry(p, { now: NOW, capOf: cap })!;

describe('caseload entry status', () => {
  it('derives each status from what is stored', () => {
    expect(entry(person('SP-01', { status: 'active', answers: {} })).status).toBe('screening');
    expect(entry(person('SP-02', { status: 'paused' })).status).toBe('in_progress');
    expect(entry(person('SP-03', {})).detail).toBe('no plan drafted yet');
    expect(entry(person('SP-04', { features: { plan: plan('draft', '2026-12-01') } })).status).toBe('plan_draft');
    expect(entry(person('SP-05', { features: { plan: plan('approved', '2026-12-01') } })).status).toBe('plan_agreed');
    expect(entry(person('SP-06', { features: { plan: plan('approved', '2026-11-08') } })).detail).toBe('review due today');
    expect(entry(person('SP-07', { features: { plan: plan('approved', '2026-11-01'), sessions: { contacts: contacts(6), reviews: [] } } }))).toMatchObject({
      status: 'at_cap',
      sessions: { used: 6, allowed: 6 },
    });
    expect(entry(person('SP-08', { answers: { 'screen.outcome': 'decline' } })).detail).toBe('screened out: declined');
    expect(caseloadEntry(person('SP-09', { status: 'cancelled' }), { now: NOW, capOf: cap })).toBeNull();
  });

  it('an agreed follow-up before the review is the next contact and counts as due this week (reminders slot)', () => {
    const followUp = (date: string) => ({ entries: [], followUp: { date, setAt: '2026-11-01T09:00:00.000Z', setBy: 'lw' } });
    const soon = entry(person('SP-30', { features: { plan: plan('approved', '2026-12-20'), attendance: followUp('2026-11-10') } }));
    expect(soon).toMatchObject({ status: 'plan_agreed', followUp: '2026-11-10', next: { what: 'agreed follow-up call', due: '2026-11-10' } });
    expect(filterCaseload([soon], 'due', NOW)).toHaveLength(1);
    // A follow-up already past is not a next contact; the review date is.
    const past = entry(person('SP-31', { features: { plan: plan('approved', '2026-12-20'), attendance: followUp('2026-11-01') } }));
    expect(past).toMatchObject({ followUp: null, next: { due: '2026-12-20' } });
    expect(filterCaseload([past], 'due', NOW)).toHaveLength(0);
  });

  it('counts sessions the one way (countSessions): extensions raise the cap; contacts on reviews count', () => {
    const e = entry(
      person(
        'SP-10',
        {
          features: {
            plan: plan('approved', '2026-12-01'),
            sessions: {
              contacts: contacts(6),
              reviews: [{ at: '2026-10-20T09:00:00.000Z', by: 'lw', decision: 'extension', extraSessions: 2, detail: 'manager agreed' }],
            },
          },
        },
        {
          features: {
            review: { kind: 'review', baselineId: 'SP-10-0', prefilled: [], startedAt: '2026-10-02T09:00:00.000Z' },
            sessions: { contacts: contacts(1, '2026-11-01'), reviews: [] },
          },
        },
      ),
    );
    expect(e.sessions).toEqual({ used: 7, allowed: 8 });
    expect(e.lastContact).toBe('2026-11-01');
  });

  it('a planned exit at the cap or a recorded discharge closes the entry; a later assessment reopens it', () => {
    const exit = {
      features: {
        sessions: {
          contacts: contacts(6),
          reviews: [{ at: '2026-10-20T09:00:00.000Z', by: 'lw', decision: 'planned_exit' as const, extraSessions: 0, detail: 'x' }],
        },
      },
    };
    expect(entry(person('SP-11', exit))).toMatchObject({ status: 'discharged', detail: 'Planned exit at the session cap, 2026-10-20', next: null });
    const discharged = { features: { discharge: { at: '2026-10-21T09:00:00.000Z', by: 'lw', reason: 'moved' as const, note: '' } } };
    expect(entry(person('SP-12', discharged)).detail).toBe('Moved out of the area, 2026-10-21');
    const reopened = person('SP-13', discharged, { status: 'active', createdAt: '2026-11-01T09:00:00.000Z', answers: {} });
    expect(entry(reopened).status).toBe('screening');
    // As of a day before the discharge, it was not closed (the report reads closures up to a period's end).
    expect(closureOf(person('SP-12', discharged).assessments, '2026-10-20')).toBeNull();
  });

  it('supervision flag from any of the person’s assessments', () => {
    expect(entry(person('SP-14', { features: { supervision: { flagged: true, notes: [] } } }, {})).supervision).toBe(true);
    expect(entry(person('SP-15', { features: { supervision: { flagged: false, notes: [], discussedAt: NOW } } })).supervision).toBe(false);
  });
});

describe('order and filters', () => {
  const people = [
    person('AG-01', { features: { plan: plan('approved', '2026-12-20') } }),
    person('AG-02', { features: { plan: plan('approved', '2026-12-10') } }),
    person('DC-01', { features: { discharge: { at: '2026-10-21T09:00:00.000Z', by: 'lw', reason: 'goals_met', note: '' } } }),
    person('RD-01', { features: { plan: plan('approved', '2026-11-05') } }),
    person('RD-02', { features: { plan: plan('approved', '2026-10-30') } }),
    person('RD-03', { features: { plan: plan('approved', '2026-11-05'), supervision: { flagged: true, notes: [] } } }),
    person('CP-01', { features: { plan: plan('approved', '2026-11-14'), sessions: { contacts: contacts(6), reviews: [] } } }),
    person('DR-01', { features: { plan: plan('draft', '2026-12-15') } }),
    person('IP-01', { status: 'paused' }),
    person('SC-01', { status: 'active', answers: {} }),
    person('WK-01', { features: { plan: plan('approved', '2026-11-15') } }),
  ];
  const list = buildCaseload(people, { now: NOW, capOf: cap });
  const refs = (es: typeof list) => es.map((e) => e.masked);

  it('sorts by what needs doing first: overdue reviews (flagged, then oldest), cap, draft, in progress, screening, agreed by date, discharged', () => {
    expect(refs(list)).toEqual(['RD***03', 'RD***02', 'RD***01', 'CP***01', 'DR***01', 'IP***01', 'SC***01', 'WK***01', 'AG***02', 'AG***01', 'DC***01']);
  });

  it('due this week: review date up to six days ahead (today included) or passed; at cap: every allowed session used', () => {
    // 2026-11-14 is six days after 2026-11-08 (in); 2026-11-15 is seven (out).
    expect(refs(filterCaseload(list, 'due', NOW))).toEqual(['RD***03', 'RD***02', 'RD***01', 'CP***01']);
    expect(refs(filterCaseload(list, 'cap', NOW))).toEqual(['CP***01']);
    expect(refs(filterCaseload(list, 'due', '2026-11-09T08:00:00.000Z'))).toContain('WK***01');
  });
});

describe('discharge reasons', () => {
  it('reads a number or words, with an optional note; anything else is refused with the list', () => {
    expect(parseDischarge('1')).toEqual({ ok: true, reason: 'goals_met', note: '' });
    expect(parseDischarge('moved away - to Leeds')).toEqual({ ok: true, reason: 'moved', note: 'to Leeds' });
    expect(parseDischarge('No contact: three calls, two letters')).toEqual({ ok: true, reason: 'no_contact', note: 'three calls, two letters' });
    expect(parseDischarge('7 residential care')).toEqual({ ok: true, reason: 'other', note: 'residential care' });
    expect(parseDischarge('movedx')).toMatchObject({ ok: false });
    expect(parseDischarge('9')).toMatchObject({ ok: false, message: expect.stringContaining('reasons: 1 goals met') });
    expect(parseDischarge('other')).toMatchObject({ ok: false, message: expect.stringContaining('say why') });
    expect(parseDischarge(`declined ${'x'.repeat(1001)}`)).toMatchObject({ ok: false });
  });

  it('the report counts discharges by reason per referral, showing 5 and over and suppressing fewer', () => {
    const discharged = (i: number, reason: 'goals_met' | 'declined') =>
      person(`RP-${i}`, { features: { discharge: { at: '2026-10-15T09:00:00.000Z', by: 'lw', reason, note: 'private words' } } }).assessments;
    const all = [
      ...[1, 2, 3, 4, 5, 6].flatMap((i) => discharged(i, 'goals_met')),
      ...[7, 8].flatMap((i) => discharged(i, 'declined')),
      ...person('RP-9', {}).assessments,
    ];
    const { extra, report } = buildServiceReport(all, { period: { from: '2026-01-01', to: '2026-12-31' }, generatedAt: NOW });
    expect(extra.dischargeReasons).toMatchObject({ goals_met: 6, declined: 2 });
    expect(extra.exits).toMatchObject({ discharged_with_reason: 8, open: 1 });
    const t = report.tables.find((x) => x.id === 'discharge-reasons')!;
    const shown = Object.fromEntries(t.rows.map((r) => [r.label, r.cells[0]!.display]));
    expect(shown['Goals met']).toBe('6');
    expect(shown['Person chose to stop']).toBe('<5');
    expect(JSON.stringify(report)).not.toContain('private words');
    // A period ending before the discharges counts none of them.
    expect(buildServiceReport(all, { period: { from: '2026-01-01', to: '2026-10-14' }, generatedAt: NOW }).extra.dischargeReasons.goals_met).toBe(0);
  });
});
