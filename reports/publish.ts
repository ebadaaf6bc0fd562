import type { RawReport } from './aggregate';
import { attendanceTable } from './attendance';
import { NOT_RECORDED, NOT_SCREENED } from './aggregate';
import type { Breakdowns } from './breakdowns';
import { breakdownTables, medianWaitCell } from './publish-breakdowns';
import { outcomeTables, workerTable } from './publish-outcomes';
import { comparisonTable, uncertaintyTables, type PeriodFigures } from './publish-uncertainty';
import type { PracticeTable } from './practice-pcn';
import { averageCell, countCell, partitionCells, SMALL_NUMBER, type Cell } from './suppress';
import { barChart, type OptionLabels, type PublishedReport, type ReportRow, type ReportTable } from './types';
import { QUESTION } from '../dialogs/question-ids';

/**
 * Raw counts → the published report. Every number passes through suppress.ts here; nothing
 * else in the report carries a count. Categories are script option values (never free text).
 */
export const SUPPRESSION_NOTES = [
  'Counts under 5 (including 0) are shown as "<5".',
  'Where a table adds up to a shown total, further cells are hidden as "[c]" so that no suppressed count can be worked out by subtraction.',
  'Means and percentages are shown only for groups of 5 or more people whose count is shown.',
  'No names, NHS numbers, link worker identities or free text appear in this report; link workers are shown as letters, which change between reports.',
];

/** Options in script order first, then any other recorded values, then "not recorded". */
function orderedKeys(counts: Record<string, number>, order: readonly string[], extra: readonly string[] = []): string[] {
  // Every script option is listed even at zero, so a table's shape says nothing about who was seen.
  const seen = [...order];
  const others = Object.keys(counts)
    .filter((k) => !seen.includes(k) && !extra.includes(k))
    .sort();
  return [...seen, ...others, ...extra];
}

/** A table whose rows partition `total`, with complementary suppression. */
function partitionTable(t: Omit<ReportTable, 'rows' | 'total'>, rows: Array<[string, number]>, total: number): ReportTable {
  const { cells, total: totalCell } = partitionCells(
    rows.map(([, n]) => n),
    total,
  );
  return { ...t, rows: rows.map(([label], i) => ({ label, cells: [cells[i]!] })), total: { label: 'Total', cells: [totalCell] } };
}

/** A table of overlapping counts (a person may choose several): primary suppression only. */
function countTable(t: Omit<ReportTable, 'rows'>, rows: Array<[string, number]>): ReportTable {
  return { ...t, rows: rows.map(([label, n]): ReportRow => ({ label, cells: [countCell(n)] })) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const SESSION_BINS: Array<[string, (n: number) => boolean]> = [
  ['0', (n) => n === 0],
  ['1–2', (n) => n >= 1 && n <= 2],
  ['3–4', (n) => n >= 3 && n <= 4],
  ['5–6', (n) => n >= 5 && n <= 6],
  ['7–8', (n) => n >= 7 && n <= 8],
  ['9 or more', (n) => n >= 9],
];

function referralTables(r: RawReport, labels: OptionLabels, order: (q: string) => string[]): ReportTable[] {
  const label = (q: string) => (k: string) => (k === NOT_RECORDED ? 'Not recorded' : labels(q, k));
  const cat = (q: string, counts: Record<string, number>) =>
    orderedKeys(counts, order(q), [NOT_RECORDED]).map((k): [string, number] => [label(q)(k), counts[k] ?? 0]);
  const section = 'Referrals';
  const note = 'Source and reason are recorded after the person accepts at screening; other referrals show as "Not recorded".';
  return [
    partitionTable(
      {
        id: 'referrals-by-source',
        section,
        title: 'Referrals by source',
        columns: ['Referrals'],
        note,
        charts: barChart('referrals-by-source', 'Referrals by source', 'referrals'),
      },
      cat(QUESTION.referrer, r.bySource),
      r.referrals,
    ),
    partitionTable(
      {
        id: 'referrals-by-reason',
        section,
        title: 'Referrals by main reason',
        columns: ['Referrals'],
        note,
        charts: barChart('referrals-by-reason', 'Referrals by main reason', 'referrals'),
      },
      cat(QUESTION.referralReason, r.byReason),
      r.referrals,
    ),
    partitionTable(
      {
        id: 'screening',
        section,
        title: 'Screening outcomes',
        columns: ['Referrals'],
        charts: barChart('screening', 'Screening outcomes', 'referrals'),
      },
      [
        ['Accepted', r.screening['accept'] ?? 0],
        ['Redirected', r.screening['redirect'] ?? 0],
        ['Declined', r.screening['decline'] ?? 0],
        ['Not yet screened', r.screening[NOT_SCREENED] ?? 0],
      ],
      r.referrals,
    ),
  ];
}

function needsTables(r: RawReport, labels: OptionLabels, order: (q: string) => string[]): ReportTable[] {
  const section = 'Needs and barriers';
  const note = `People accepted: ${countCell(r.accepted).display}. A person may choose several, so these do not add up.`;
  const rows = (q: string, counts: Record<string, number>) => orderedKeys(counts, order(q)).map((k): [string, number] => [labels(q, k), counts[k] ?? 0]);
  return [
    countTable(
      {
        id: 'needs',
        section,
        title: 'Areas people wanted support with',
        columns: ['People'],
        note,
        charts: barChart('needs', 'Needs', 'people'),
      },
      rows(QUESTION.needAreas, r.needs),
    ),
    countTable(
      {
        id: 'barriers',
        section,
        title: 'Barriers to taking part',
        columns: ['People'],
        note,
        charts: barChart('barriers', 'Barriers', 'people'),
      },
      [...rows(QUESTION.barriers, r.barriers), ['No barrier recorded', r.noBarriers]],
    ),
  ];
}

function sessionTables(r: RawReport): ReportTable[] {
  const s = r.sessions;
  const section = 'Sessions';
  const accepted = countCell(r.accepted);
  const mean = averageCell(
    s.perPerson.reduce((a, b) => a + b, 0),
    accepted,
  );
  const med = r.accepted >= SMALL_NUMBER ? median(s.perPerson) : null;
  const note = `Mean ${mean.display} and median ${med === null ? '–' : med} sessions per accepted referral; the cap is set in the script (usually 6).`;
  return [
    partitionTable(
      {
        id: 'sessions-vs-cap',
        section,
        title: 'Sessions used against the cap',
        columns: ['People'],
        note,
        charts: barChart('sessions-vs-cap', 'Sessions used against the cap', 'people'),
      },
      [
        ['No sessions yet', s.none],
        ['Below the cap', s.belowCap],
        ['At the cap', s.atCap],
        ['Above the cap (agreed extension)', s.aboveCap],
      ],
      r.accepted,
    ),
    partitionTable(
      {
        id: 'sessions-per-person',
        section,
        title: 'Sessions per person',
        columns: ['People'],
        charts: barChart('sessions-per-person', 'Sessions per person', 'people'),
      },
      SESSION_BINS.map(([label, test]): [string, number] => [label, s.perPerson.filter(test).length]),
      r.accepted,
    ),
    countTable({ id: 'cap-decisions', section, title: 'Decisions at the cap', columns: ['Decisions'] }, [
      ['Extension agreed with a manager', s.decisions.extension],
      ['Onward referral', s.decisions.onward_referral],
      ['Planned exit', s.decisions.planned_exit],
    ]),
  ];
}

function resourceTable(r: RawReport): ReportTable {
  const x = r.resources;
  return countTable(
    {
      id: 'resources',
      section: 'Resources used',
      title: 'Signposting and referrals in plans',
      columns: ['Count'],
      note: "Signposting gives contact details; a referral passes the person on. From each referral's latest plan.",
      charts: barChart('resources', 'Resources used', 'count'),
    },
    [
      ['People with a plan', x.withPlan],
      ['Signposts', x.signposts],
      ['Referrals to services', x.referrals],
      ['People signposted', x.peopleSignposted],
      ['People referred on', x.peopleReferred],
    ],
  );
}

function safeguardingTable(r: RawReport): ReportTable {
  const s = r.safeguarding;
  return countTable(
    {
      id: 'safeguarding',
      section: 'Safeguarding',
      title: 'Safeguarding concerns',
      columns: ['Count'],
      note: 'Flags the link worker confirmed or dismissed during assessments and reviews.',
    },
    [
      ['Concerns confirmed', s.confirmed],
      ['People with a confirmed concern', s.people],
      ['Flags dismissed after checking', s.dismissed],
    ],
  );
}

export interface PublishOptions {
  labels: OptionLabels;
  /** Option values in script order, per question id. */
  optionOrder: (questionId: string) => string[];
  generatedAt: string;
  /** The commissioner's breakdowns for this period, and the figures for the period before it. */
  extra: Breakdowns;
  practices: PracticeTable;
  previous?: PeriodFigures & { period: { from: string; to: string } };
}

export function publishReport(r: RawReport, o: PublishOptions): PublishedReport {
  const accepted: Cell = countCell(r.accepted);
  const extra = new Map(
    breakdownTables(o.extra, { referrals: r.referrals, practices: o.practices, labels: o.labels, order: o.optionOrder }).map((t) => [t.id, t]),
  );
  const pick = (...ids: string[]) => ids.map((id) => extra.get(id)).filter((t): t is ReportTable => t !== undefined);
  const [change, goals] = outcomeTables(r);
  return {
    title: 'Social prescribing service report',
    period: r.period,
    generatedAt: o.generatedAt,
    headline: [
      { label: 'Referrals', cell: countCell(r.referrals) },
      { label: 'Accepted', cell: accepted },
      { label: 'People with a review', cell: countCell(r.outcomes.people) },
      {
        label: 'Mean sessions per person',
        cell: averageCell(
          r.sessions.perPerson.reduce((a, b) => a + b, 0),
          accepted,
        ),
      },
      { label: 'Median days to first contact', cell: medianWaitCell(o.extra) },
    ],
    tables: [
      ...referralTables(r, o.labels, o.optionOrder),
      ...(o.previous ? [comparisonTable({ raw: r, extra: o.extra }, o.previous, o.previous.period)] : []),
      ...pick('monthly-trend', 'referrals-by-pcn', 'referrals-by-practice', 'age-band', 'gender', 'ethnic-category'),
      ...needsTables(r, o.labels, o.optionOrder),
      ...sessionTables(r),
      ...pick('wait-first-contact'),
      resourceTable(r),
      attendanceTable(r.attendance),
      change!,
      ...uncertaintyTables(r),
      goals!,
      ...pick('exit-reasons', 'discharge-reasons'),
      safeguardingTable(r),
      ...pick('national-codes', 'script-versions'),
      workerTable(r),
    ],
    notes: SUPPRESSION_NOTES,
  };
}
