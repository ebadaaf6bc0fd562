import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** 32 fixed bytes, base64: a production-shaped keyring for child processes started by the tests. */
export const TEST_KEY_B64 = Buffer.alloc(32, 11).toString('base64');
export const TEST_KEYS_ENV = `k1:${TEST_KEY_B64}`;

const TABLES = ['conversations', 'assessments', 'answer_log', 'processed_activities', 'audit_log'] as const;
export type TableCounts = Record<(typeof TABLES)[number], number>;

export function sqlitePath(dataDir: string): string {
  return join(dataDir, 'wma.sqlite');
}

/**
 * Row counts and a fingerprint of every versioned row, read straight from the file (read-only, so
 * a running server is never disturbed). "Nothing changed" means both are identical.
 */
export function snapshot(dataDir: string): { counts: TableCounts; versions: string } {
  const path = sqlitePath(dataDir);
  if (!existsSync(path)) return { counts: { conversations: 0, assessments: 0, answer_log: 0, processed_activities: 0, audit_log: 0 }, versions: '' };
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const counts = Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as TableCounts;
    const rows = [
      ...db.prepare('SELECT conversation_id AS id, version, state_enc AS enc FROM conversations ORDER BY 1').all(),
      ...db.prepare('SELECT id, version, state_enc AS enc FROM assessments ORDER BY 1').all(),
    ] as Array<{ id: string; version: number; enc: string }>;
    return { counts, versions: rows.map((r) => `${r.id}@${r.version}:${r.enc.length}:${r.enc.slice(-16)}`).join('\n') };
  } finally {
    db.close();
  }
}

/**
 * Everything else a deployment with app credentials must configure (features refuse to start
 * without it), so credential tests start a server the way production would.
 */
export const PRODUCTION_EXTRAS: Record<string, string> = {
  WMA_EXPORT_LINK_SECRET: 'reliability-test-export-link-secret-0123456789',
  WMA_PUBLIC_BASE_URL: 'https://wma.example.nhs.uk',
};
