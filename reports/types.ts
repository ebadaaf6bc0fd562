import type { Cell } from './suppress';

/** The published service report: anonymised, suppressed, and all that routes, CSV and charts see. */
export interface ReportRow {
  label: string;
  cells: Cell[];
  /** For change charts: which direction is an improvement for this row's measure. */
  better?: 'higher' | 'lower';
}

export interface ChartSpec {
  /** File-safe id: the PNG route and the CLI file name. */
  id: string;
  title: string;
  /** Which column of the table is drawn. */
  column: number;
  /** 'bar' for counts and means from zero; 'change' for signed changes around zero. */
  kind: 'bar' | 'change';
  /** Axis caption, e.g. "people" or "mean change (points)". */
  unit: string;
  /** For 'change' charts of one measure: the better direction (rows may instead carry their own). */
  better?: 'higher' | 'lower';
}

/** The usual chart of a one-column table: its counts as bars, from zero. */
export const barChart = (id: string, title: string, unit: string): ChartSpec[] => [{ id, title, column: 0, kind: 'bar', unit }];

export interface ReportTable {
  id: string;
  section: string;
  title: string;
  columns: string[];
  rows: ReportRow[];
  total?: ReportRow;
  note?: string;
  charts?: ChartSpec[];
}

export interface PublishedReport {
  title: string;
  period: { from: string; to: string };
  generatedAt: string;
  headline: Array<{ label: string; cell: Cell }>;
  tables: ReportTable[];
  /** How small numbers were handled, shown with every copy of the report. */
  notes: string[];
}

/** value → label for a question's options (from the script), for readable category names. */
export type OptionLabels = (questionId: string, value: string) => string;
