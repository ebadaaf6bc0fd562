import type { ReportPeriod } from './cohort';

export type PeriodResult = { ok: true; period: ReportPeriod } | { ok: false; message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Validates a --from/--to (or ?from=&to=) pair: real calendar dates, from not after to. */
export function parsePeriod(from: unknown, to: unknown): PeriodResult {
  if (typeof from !== 'string' || !realDate(from)) return { ok: false, message: 'from must be a date written YYYY-MM-DD, e.g. 2026-01-01' };
  if (typeof to !== 'string' || !realDate(to)) return { ok: false, message: 'to must be a date written YYYY-MM-DD, e.g. 2026-12-31' };
  if (from > to) return { ok: false, message: `from (${from}) is after to (${to})` };
  return { ok: true, period: { from, to } };
}
