import type { PublishedReport } from './types';

/**
 * The published report as CSV, in two layouts. Values are always the published displays ("<5",
 * "[c]", "+1.2"), never raw counts.
 *  - wide (the default download): each table as a block a spreadsheet user reads as it is — a
 *    title line, a header line with the table's own columns, one line per row;
 *  - long: one line per cell (section, table, row, column, value), for pivoting and other tools.
 */
const HEADER = ['section', 'table', 'row', 'column', 'value'];

/**
 * What makes a spreadsheet treat a cell as a formula (OWASP "CSV injection"): =, +, -, @ or their
 * full-width forms, also after leading whitespace (spreadsheets trim it), and tab or CR first.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
/** The report's own signed displays ("+1.2", "-0.5", "-4%") are plain numbers and stay as they are. */
const SIGNED_NUMBER = /^[+-]\d+(\.\d+)?%?$/;

/** RFC 4180 quoting; anything a spreadsheet could run is prefixed with ' so it stays text. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportToLongCsv(report: PublishedReport): string {
  const lines = [HEADER.join(',')];
  const add = (...fields: string[]) => lines.push(fields.map(csvField).join(','));
  add('Report', 'period', 'from', 'value', report.period.from);
  add('Report', 'period', 'to', 'value', report.period.to);
  for (const h of report.headline) add('Report', 'headline', h.label, 'value', h.cell.display);
  for (const t of report.tables) {
    for (const row of [...t.rows, ...(t.total ? [t.total] : [])]) {
      row.cells.forEach((cell, i) => add(t.section, t.title, row.label, t.columns[i] ?? '', cell.display));
    }
  }
  report.notes.forEach((n, i) => add('Notes', 'suppression', String(i + 1), 'note', n));
  return `${lines.join('\r\n')}\r\n`;
}

export function reportToCsv(report: PublishedReport): string {
  const lines: string[] = [];
  const add = (...fields: string[]) => lines.push(fields.map(csvField).join(','));
  add(report.title);
  add('Referrals received from', report.period.from, 'to', report.period.to);
  add('Generated', report.generatedAt);
  lines.push('');
  add('Summary', 'Value');
  for (const h of report.headline) add(h.label, h.cell.display);
  for (const t of report.tables) {
    lines.push('');
    add(`${t.section}: ${t.title}`);
    add('', ...t.columns);
    for (const row of [...t.rows, ...(t.total ? [t.total] : [])]) add(row.label, ...row.cells.map((c) => c.display));
    if (t.note) add(`Note: ${t.note}`);
  }
  lines.push('');
  add('About these numbers');
  for (const n of report.notes) add(n);
  return `${lines.join('\r\n')}\r\n`;
}
