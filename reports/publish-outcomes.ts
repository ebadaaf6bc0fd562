import { createHash } from 'node:crypto';
import type { RawReport, WorkerTotals } from './aggregate';
import type { MeasureTally } from './outcomes';
import { GOAL_PROGRESS_LABELS, GOAL_PROGRESS_VALUES } from './review-link';
import { averageCell, countCell, HIDDEN, meanCell, partitionCells, percentCell, SMALL_NUMBER, type Cell } from './suppress';
import type { ReportRow, ReportTable } from './types';

/** Short names for the five reported measures (compareScores' labels are longer). */
export const MEASURE_NAMES: Record<string, string> = {
  'ons4.life_satisfaction': 'Life satisfaction (ONS4)',
  'ons4.worthwhile': 'Worthwhile (ONS4)',
  'ons4.happiness': 'Happiness (ONS4)',
  'ons4.anxiety': 'Anxiety (ONS4)',
  'ucla3.total': 'Loneliness (UCLA 3-item)',
};

/** One measure's row: n, mean change, and the number and share improving (improved vs not is a partition of n). */
function measureRow(t: MeasureTally): ReportRow {
  const n = countCell(t.n);
  const { cells } = partitionCells([t.improved, t.n - t.improved], t.n);
  const improved = n.value === null ? HIDDEN : cells[0]!;
  return {
    label: MEASURE_NAMES[t.measure] ?? t.measure,
    better: t.betterWhen,
    cells: [n, meanCell(t.sumChange, n), improved, percentCell(improved, n)],
  };
}

export function outcomeTables(r: RawReport): ReportTable[] {
  const section = 'Outcomes';
  const goals = GOAL_PROGRESS_VALUES.map((k): [string, number] => [GOAL_PROGRESS_LABELS[k]!, r.outcomes.goals[k] ?? 0]);
  const goalTotal = goals.reduce((n, [, c]) => n + c, 0);
  const g = partitionCells(
    goals.map(([, c]) => c),
    goalTotal,
  );
  return [
    {
      id: 'outcome-change',
      section,
      title: 'Change from first assessment to latest review',
      columns: ['People', 'Mean change', 'Improved', 'Share improved'],
      rows: r.outcomes.measures.map(measureRow),
      note:
        `People with both a first assessment and a completed review: ${countCell(r.outcomes.people).display}. ` +
        'ONS4 items are 0–10 (higher is better, except anxiety: lower is better); UCLA 3-item is 3–9 (lower is less lonely). ' +
        "Changes are computed per person by the product's scoring module, then averaged; no composite score.",
      charts: [{ id: 'outcome-change', title: 'Mean change, first assessment to latest review', column: 1, kind: 'change', unit: 'mean change (points)' }],
    },
    {
      id: 'goal-progress',
      section,
      title: 'Goal progress at the latest review',
      columns: ['Goals'],
      rows: goals.map(([label], i) => ({ label, cells: [g.cells[i]!] })),
      total: { label: 'Total', cells: [g.total] },
    },
  ];
}

/** Letters in an order that depends on the owner id only through a hash, so it reveals nothing. */
function lettered(workers: WorkerTotals[], salt: string): Array<WorkerTotals & { letter: string }> {
  const key = (w: WorkerTotals) => createHash('sha256').update(`${salt}:${w.worker}`).digest('hex');
  return [...workers]
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map((w, i) => ({
      ...w,
      letter: i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`,
    }));
}

/**
 * Variation between link workers — the consistency the service lacks. Caseload and reviewed
 * columns each partition a shown total, so they get complementary suppression; a worker's
 * means appear only when their count is shown and is 5 or more.
 */
export function workerTable(r: RawReport): ReportTable {
  const workers = lettered(r.workers, `${r.period.from}:${r.period.to}`);
  const accepted = partitionCells(
    workers.map((w) => w.accepted),
    r.accepted,
  );
  const reviewed = partitionCells(
    workers.map((w) => w.reviewed),
    r.outcomes.people,
  );
  const measureMean = (t: MeasureTally, shown: Cell): Cell => (shown.value === null ? HIDDEN : meanCell(t.sumChange, countCell(t.n)));
  const rows = workers.map((w, i): ReportRow => {
    const a = accepted.cells[i]!;
    const rv = reviewed.cells[i]!;
    return {
      label: `Link worker ${w.letter}`,
      cells: [a, a.value === null ? HIDDEN : averageCell(w.sessions, a), rv, ...w.measures.map((t) => measureMean(t, rv))],
    };
  });
  const overall = r.outcomes.measures.map((t) => meanCell(t.sumChange, countCell(t.n)));
  return {
    id: 'link-workers',
    section: 'Variation between link workers',
    title: 'Sessions and outcomes by link worker',
    columns: ['Accepted', 'Mean sessions', 'With a review', ...r.outcomes.measures.map((t) => `${MEASURE_NAMES[t.measure] ?? t.measure}: mean change`)],
    rows,
    total: {
      label: 'All link workers',
      cells: [
        accepted.total,
        averageCell(
          r.sessions.perPerson.reduce((a, b) => a + b, 0),
          accepted.total,
        ),
        reviewed.total,
        ...overall,
      ],
    },
    note: `Means are shown only for ${SMALL_NUMBER} or more people. Lower is better for anxiety and UCLA 3-item.`,
    charts: [
      { id: 'link-workers-sessions', title: 'Mean sessions per person by link worker', column: 1, kind: 'bar', unit: 'sessions' },
      {
        id: 'link-workers-life-satisfaction',
        title: 'Mean change in life satisfaction by link worker',
        column: 3,
        kind: 'change',
        unit: 'mean change (points)',
        better: 'higher',
      },
      {
        id: 'link-workers-loneliness',
        title: 'Mean change in loneliness (UCLA 3-item) by link worker',
        column: 7,
        kind: 'change',
        unit: 'mean change (points)',
        better: 'lower',
      },
    ],
  };
}
