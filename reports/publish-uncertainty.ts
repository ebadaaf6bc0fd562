import type { RawReport } from './aggregate';
import type { Breakdowns } from './breakdowns';
import type { MeasureTally } from './outcomes';
import { MEASURE_NAMES } from './publish-outcomes';
import { medianWaitCell } from './publish-breakdowns';
import { meanInterval, shareInterval } from './stats';
import { averageCell, countCell, HIDDEN, meanCell, NOT_APPLICABLE, partitionCells, SMALL_NUMBER, type Cell } from './suppress';
import type { ReportRow, ReportTable } from './types';

/**
 * Uncertainty and comparison (issue 20): mean change with its 95 % confidence interval, the share
 * moving out of low wellbeing (ONS thresholds) with a 95 % interval, and this period against the
 * one before it. Intervals are shown only where the count they rest on is shown (5 or more).
 */
const signed = (x: number) => {
  const r = Math.round(x * 10) / 10;
  const v = Object.is(r, -0) ? 0 : r;
  return v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1);
};
const limit = (x: number | undefined, shown: boolean, fmt: (x: number) => string): Cell =>
  x === undefined || !shown ? NOT_APPLICABLE : { display: fmt(x), value: Math.round(x * 10) / 10 };

function ciRow(t: MeasureTally): ReportRow {
  const n = countCell(t.n);
  const ci = meanInterval(t.n, t.sumChange, t.sumSquares);
  const shown = n.value !== null && n.value >= SMALL_NUMBER && ci !== null;
  return {
    label: MEASURE_NAMES[t.measure] ?? t.measure,
    better: t.betterWhen,
    cells: [n, meanCell(t.sumChange, n), limit(ci?.low, shown, signed), limit(ci?.high, shown, signed)],
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function lowRow(t: MeasureTally): ReportRow {
  const low = countCell(t.lowAtStart);
  const { cells } = partitionCells([t.movedOut, t.lowAtStart - t.movedOut], t.lowAtStart);
  const moved = low.value === null ? HIDDEN : cells[0]!;
  const ci = moved.value !== null && low.value !== null ? shareInterval(moved.value, low.value) : null;
  const share: Cell = ci ? { display: pct(ci.estimate), value: Math.round(ci.estimate * 100) } : moved.suppressed ? HIDDEN : NOT_APPLICABLE;
  const range: Cell = ci ? { display: `${pct(ci.low)} to ${pct(ci.high)}`, value: null } : NOT_APPLICABLE;
  const band = t.measure === 'ons4.anxiety' ? 'high anxiety (6–10)' : 'low (0–4)';
  return { label: `${MEASURE_NAMES[t.measure] ?? t.measure}: ${band}`, cells: [low, moved, share, range] };
}

export function uncertaintyTables(r: RawReport): ReportTable[] {
  const section = 'Outcomes';
  return [
    {
      id: 'outcome-change-ci',
      section,
      title: 'Mean change with 95% confidence interval',
      columns: ['People', 'Mean change', 'Lower 95% limit', 'Upper 95% limit'],
      rows: r.outcomes.measures.map(ciRow),
      note:
        "Student's t interval for the mean of each person's change. " +
        'An interval that does not include 0 suggests a real average change for people like these, though not that the service caused it.',
    },
    {
      id: 'low-wellbeing',
      section,
      title: 'Moving out of low wellbeing',
      columns: ['Low at first assessment', 'Out of it at latest review', 'Share', '95% interval'],
      rows: r.outcomes.measures.filter((m) => m.measure.startsWith('ons4.')).map(lowRow),
      note: 'ONS thresholds: life satisfaction, worthwhile and happiness are low at 0–4; anxiety is high at 6–10. Wilson score interval for the share.',
    },
  ];
}

export interface PeriodFigures {
  raw: RawReport;
  extra: Breakdowns;
}

const meanSessions = (r: RawReport) =>
  averageCell(
    r.sessions.perPerson.reduce((a, b) => a + b, 0),
    countCell(r.accepted),
  );
const lifeSatisfaction = (r: RawReport) => {
  const t = r.outcomes.measures.find((m) => m.measure === 'ons4.life_satisfaction');
  return t ? meanCell(t.sumChange, countCell(t.n)) : NOT_APPLICABLE;
};

/** This period against the one of the same length just before it. */
export function comparisonTable(now: PeriodFigures, before: PeriodFigures, previous: { from: string; to: string }): ReportTable {
  const rows: Array<[string, (p: PeriodFigures) => Cell, boolean]> = [
    ['Referrals received', (p) => countCell(p.raw.referrals), true],
    ['Accepted', (p) => countCell(p.raw.accepted), true],
    ['People with a review', (p) => countCell(p.raw.outcomes.people), true],
    ['Mean sessions per person', (p) => meanSessions(p.raw), false],
    ['Median days from referral to first contact', (p) => medianWaitCell(p.extra), false],
    ['Mean change in life satisfaction (ONS4)', (p) => lifeSatisfaction(p.raw), false],
  ];
  return {
    id: 'previous-period',
    section: 'Compared with the previous period',
    title: `This period and ${previous.from} to ${previous.to}`,
    columns: ['This period', 'Previous period', 'Difference'],
    rows: rows.map(([label, get, isCount]): ReportRow => {
      const a = get(now);
      const b = get(before);
      const diff: Cell =
        a.value !== null && b.value !== null
          ? {
              display: isCount ? (a.value - b.value > 0 ? `+${a.value - b.value}` : String(a.value - b.value)) : signed(a.value - b.value),
              value: Math.round((a.value - b.value) * 10) / 10,
            }
          : NOT_APPLICABLE;
      return { label, cells: [a, b, diff] };
    }),
    note: 'The previous period has the same number of days and ends the day before this one starts; both are followed up only to their own end date.',
  };
}
