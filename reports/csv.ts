import type { PublishedReport } from './types';

/**
 * The published report as one long CSV: one line per cell, so every table fits one shape and a
 * spreadsheet can pivot it. Values are the published displays ("<5", "[c]", "+1.2"), never raw counts.
 */
const HEADER = ['section', 'table', 'row', 'column', 'value'];

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^[+-]\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportToCsv(report: PublishedReport): string {
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
