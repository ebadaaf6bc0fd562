import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Which primary care network (PCN) each GP practice belongs to, for the report's breakdown by
 * practice and PCN. A small CSV a service keeps up to date itself (practice_ods,practice_name,pcn);
 * WMA_PRACTICE_PCN_FILE points at it, otherwise the demo table beside this file is used.
 * ODS codes are organisation codes, not personal identifiers.
 */
export interface PracticeInfo {
  name: string;
  pcn: string;
}

export type PracticeTable = ReadonlyMap<string, PracticeInfo>;

const SAMPLE = fileURLToPath(new URL('./practice-pcn.sample.csv', import.meta.url));

/** "b86001 " → "B86001"; anything that is not an ODS organisation code shape → null. */
export function normaliseOds(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase().replace(/\s+/g, '');
  return /^[A-Z0-9]{3,10}$/.test(code) && /[A-Z]/.test(code) && /\d/.test(code) ? code : null;
}

/** Parses the CSV; a bad line is an error naming the line, so a wrong table never silently misfiles practices. */
export function parsePracticeTable(csv: string): PracticeTable {
  const map = new Map<string, PracticeInfo>();
  csv.split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || !line.trim()) return;
    const [ods, name, pcn] = line.split(',').map((x) => x.trim());
    const code = normaliseOds(ods);
    if (!code || !pcn) throw new Error(`Practice table line ${i + 1}: expected "practice_ods,practice_name,pcn"`);
    map.set(code, { name: name || code, pcn });
  });
  return map;
}

let cached: { path: string; table: PracticeTable } | null = null;

export function loadPracticeTable(path = process.env['WMA_PRACTICE_PCN_FILE'] || SAMPLE): PracticeTable {
  if (cached?.path !== path) cached = { path, table: parsePracticeTable(readFileSync(path, 'utf8')) };
  return cached.table;
}
