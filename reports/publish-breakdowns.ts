import { TERMINOLOGY } from '../exports/terminology';
import { DISCHARGE_REASON_IDS, DISCHARGE_REASONS } from './caseload/discharge';
import type { Breakdowns } from './breakdowns';
import { NOT_RECORDED, PCN_NOT_KNOWN } from './breakdowns';
import type { PracticeTable } from './practice-pcn';
import { median } from './stats';
import { countCell, partitionCells, SMALL_NUMBER, type Cell } from './suppress';
import { barChart, type OptionLabels, type ReportRow, type ReportTable } from './types';

/**
 * The commissioner's tables (issue 20): practice and PCN, who the service reached, the monthly
 * trend, waits, exits, national codes and the script versions in force. Every number passes
 * through suppress.ts; a table whose rows add up to a shown total gets complementary suppression.
 */

function partition(t: Omit<ReportTable, 'rows' | 'total'>, rows: Array<[string, number]>, total: number): ReportTable {
  const { cells, total: totalCell } = partitionCells(
    rows.map(([, n]) => n),
    total,
  );
  return { ...t, rows: rows.map(([label], i) => ({ label, cells: [cells[i]!] })), total: { label: 'Total', cells: [totalCell] } };
}

const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const byCount = (m: Record<string, number>, last: string[]) =>
  Object.keys(m)
    .filter((k) => !last.includes(k))
    .sort((a, b) => (m[b] ?? 0) - (m[a] ?? 0) || a.localeCompare(b))
    .concat(last.filter((k) => k in m));

function practiceTables(b: Breakdowns, practices: PracticeTable): ReportTable[] {
  const section = 'GP practices and primary care networks';
  const note =
    "From the referring practice's ODS code, recorded at screening once the person accepts; " +
    'other referrals show as "Not recorded". PCNs come from the service\'s practice table.';
  const practiceRows = byCount(b.byPractice, [NOT_RECORDED]).map((k): [string, number] => [
    k === NOT_RECORDED ? 'Not recorded' : `${k} ${practices.get(k)?.name ?? '(not in the practice table)'}`,
    b.byPractice[k] ?? 0,
  ]);
  const pcns = [...new Set([...practices.values()].map((p) => p.pcn))].sort();
  const pcnRows = [...pcns, PCN_NOT_KNOWN, NOT_RECORDED].map((k): [string, number] => [
    k === NOT_RECORDED ? 'Not recorded' : k === PCN_NOT_KNOWN ? 'Practice not in the PCN table' : k,
    b.byPcn[k] ?? 0,
  ]);
  return [
    partition(
      {
        id: 'referrals-by-pcn',
        section,
        title: 'Referrals by primary care network (PCN)',
        columns: ['Referrals'],
        note,
        charts: barChart('referrals-by-pcn', 'Referrals by PCN', 'referrals'),
      },
      pcnRows,
      sum(b.byPcn),
    ),
    partition({ id: 'referrals-by-practice', section, title: 'Referrals by GP practice', columns: ['Referrals'], note }, practiceRows, sum(b.byPractice)),
  ];
}

function reachTables(b: Breakdowns, labels: OptionLabels, order: (q: string) => string[]): ReportTable[] {
  const section = 'Who the service reached';
  const note =
    'People accepted at screening. Optional questions (NHS Data Dictionary categories); ' +
    '"Not stated" is the person\'s choice, "Not asked or skipped" means no answer was recorded.';
  const rows = (q: string, m: Record<string, number>) =>
    [...order(q), ...Object.keys(m).filter((k) => !order(q).includes(k) && k !== NOT_RECORDED), NOT_RECORDED].map((k): [string, number] => [
      k === NOT_RECORDED ? 'Not asked or skipped' : labels(q, k),
      m[k] ?? 0,
    ]);
  const table = (id: string, title: string, q: string, m: Record<string, number>, chart: boolean) =>
    partition({ id, section, title, columns: ['People'], note, ...(chart ? { charts: barChart(id, title, 'people') } : {}) }, rows(q, m), sum(m));
  return [
    table('age-band', 'Age band', 'about.age_band', b.ageBand, true),
    table('gender', 'Gender (person stated)', 'about.sex', b.sex, false),
    table('ethnic-category', 'Ethnic category', 'about.ethnicity', b.ethnicity, false),
  ];
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
export const monthLabel = (m: string) => MONTH.format(new Date(`${m}-01T00:00:00Z`));

function trendTable(b: Breakdowns): ReportTable {
  // Each column is a partition of its own total, so each is suppressed on its own.
  const columns: Array<keyof Omit<Breakdowns['months'][number], 'month'>> = ['referrals', 'accepted', 'firstContacts', 'reviews'];
  const cols = columns.map((c) =>
    partitionCells(
      b.months.map((m) => m[c]),
      b.months.reduce((n, m) => n + m[c], 0),
    ),
  );
  return {
    id: 'monthly-trend',
    section: 'Monthly trend',
    title: 'Month by month',
    columns: ['Referrals received', 'Accepted', 'First contacts', 'Reviews completed'],
    rows: b.months.map((m, i): ReportRow => ({ label: monthLabel(m.month), cells: cols.map((c) => c.cells[i]!) })),
    total: { label: 'Total', cells: cols.map((c) => c.total) },
    note: 'By the month each event happened. Referrals received are counted in the month the record was started.',
    charts: barChart('monthly-referrals', 'Referrals received per month', 'referrals'),
  };
}

const WAIT_BINS: Array<[string, (d: number) => boolean]> = [
  ['Within a week (0–7 days)', (d) => d <= 7],
  ['8–14 days', (d) => d >= 8 && d <= 14],
  ['15–28 days', (d) => d >= 15 && d <= 28],
  ['29–56 days', (d) => d >= 29 && d <= 56],
  ['More than 8 weeks', (d) => d > 56],
];

function waitTable(b: Breakdowns): ReportTable {
  const n = countCell(b.waits.length);
  const med = n.value !== null && n.value >= SMALL_NUMBER ? median(b.waits) : null;
  const mean = n.value !== null && n.value >= SMALL_NUMBER ? b.waits.reduce((a, c) => a + c, 0) / b.waits.length : null;
  return {
    ...partition(
      {
        id: 'wait-first-contact',
        section: 'Waiting times',
        title: 'Wait from referral received to first contact',
        columns: ['People'],
        note:
          `Referral received: the day the referral's record was started; first contact: the first session recorded. ` +
          `People contacted: ${n.display}; median ${med === null ? '–' : `${med} days`}, mean ${mean === null ? '–' : `${mean.toFixed(1)} days`}.`,
        charts: barChart('wait-first-contact', 'Wait to first contact', 'people'),
      },
      [...WAIT_BINS.map(([label, test]): [string, number] => [label, b.waits.filter(test).length]), ['Not contacted yet', b.notYetContacted]],
      b.waits.length + b.notYetContacted,
    ),
  };
}

function exitTable(b: Breakdowns): ReportTable {
  const x = b.exits;
  return partition(
    {
      id: 'exit-reasons',
      section: 'Exits',
      title: 'How accepted referrals ended',
      columns: ['People'],
      note:
        'By the end of the period, most definite first: a discharge with a recorded reason, a discharge review, ' +
        'then the decision recorded at the session cap. Redirected and declined referrals are in "Screening outcomes".',
    },
    [
      ['Discharged with a recorded reason', x.discharged_with_reason],
      ['Discharged after a review', x.discharged],
      ['Referred on to another service', x.onward_referral],
      ['Planned exit at the session cap', x.planned_exit],
      ['Still open', x.open],
    ],
    x.discharged_with_reason + x.discharged + x.onward_referral + x.planned_exit + x.open,
  );
}

function dischargeReasonTable(b: Breakdowns): ReportTable {
  const rows = DISCHARGE_REASON_IDS.map((id): [string, number] => [DISCHARGE_REASONS[id].label.replace(' (say why)', ''), b.dischargeReasons[id]]);
  return partition(
    {
      id: 'discharge-reasons',
      section: 'Exits',
      title: 'Discharges by reason',
      columns: ['People'],
      note:
        "Accepted referrals closed with `discharge <reason>` by the end of the period (the link worker's note is never reported). " +
        'A later assessment or review reopens a referral, and it is then counted as open.',
    },
    rows,
    rows.reduce((n, [, c]) => n + c, 0),
  );
}

function codesTable(b: Breakdowns, referrals: number): ReportTable {
  const row = (code: { code: string; term: string }, n: number): ReportRow => ({ label: `${code.code} ${code.term}`, cells: [countCell(n)] });
  return {
    id: 'national-codes',
    section: 'National social prescribing codes',
    title: 'Counts matching the national SNOMED CT codes',
    columns: ['Count'],
    rows: [row(TERMINOLOGY.sp_referral, referrals), row(TERMINOLOGY.sp_declined, b.declined), row(TERMINOLOGY.care_plan_review, b.completedReviews)],
    note:
      "What this service's records correspond to in the GP record's codes (shared/reference/gp-record.md): " +
      'each referral received, each referral declined at screening, each completed review. ' +
      '"Social prescribing offered" is not counted: its code is not verified.',
  };
}

function versionsTable(b: Breakdowns): ReportTable {
  return partition(
    {
      id: 'script-versions',
      section: 'Script versions and session cap',
      title: 'Script version in force when each referral started',
      columns: ['Referrals'],
      note: 'An assessment finishes on the version it started with; the cap is the number of sessions before a review is required.',
    },
    b.versions.map((v): [string, number] => [`${v.label} · cap ${v.cap} sessions`, v.referrals]),
    b.versions.reduce((n, v) => n + v.referrals, 0),
  );
}

export function breakdownTables(
  b: Breakdowns,
  o: { referrals: number; practices: PracticeTable; labels: OptionLabels; order: (q: string) => string[] },
): ReportTable[] {
  return [
    trendTable(b),
    ...practiceTables(b, o.practices),
    ...reachTables(b, o.labels, o.order),
    waitTable(b),
    exitTable(b),
    dischargeReasonTable(b),
    codesTable(b, o.referrals),
    versionsTable(b),
  ];
}

/** For the comparison table. */
export function medianWaitCell(b: Breakdowns): Cell {
  const n = countCell(b.waits.length);
  const m = n.value !== null ? median(b.waits) : null;
  return m === null ? { display: '–', value: null } : { display: String(m), value: m };
}
