import type { ScriptVersionRecord } from '../types';
import type { SqlDatabase, SqlExecutor } from './executor';
import { isoTime, requireText, scriptFromRow, StoreInputError, type ScriptRow } from './records';

/** Refused change to a published or retired script version (their content is frozen). */
export class ScriptVersionImmutableError extends Error {
  override name = 'ScriptVersionImmutableError';
}

const STATUSES: ReadonlyArray<ScriptVersionRecord['status']> = ['draft', 'published', 'retired'];
const COLUMNS = 'script_id, version, status, source, created_by, created_at, published_at';

export async function listScriptVersions(db: SqlExecutor, scriptId?: string): Promise<ScriptVersionRecord[]> {
  const rows =
    scriptId === undefined
      ? await db.all<ScriptRow>(`SELECT ${COLUMNS} FROM script_versions ORDER BY script_id, version`)
      : await db.all<ScriptRow>(`SELECT ${COLUMNS} FROM script_versions WHERE script_id = ? ORDER BY version`, [scriptId]);
  return rows.map(scriptFromRow);
}

export async function getScriptVersion(db: SqlExecutor, scriptId: string, version: number): Promise<ScriptVersionRecord | null> {
  const rows = await db.all<ScriptRow>(`SELECT ${COLUMNS} FROM script_versions WHERE script_id = ? AND version = ?`, [scriptId, version]);
  return rows[0] ? scriptFromRow(rows[0]) : null;
}

/**
 * Drafts are upserted freely. A published version may only become retired (same content); saving
 * a record identical to what is stored is a no-op so a repeated install is harmless. Anything
 * else is refused here — and again by a database trigger, for writers that bypass this code.
 */
export async function saveScriptVersion(db: SqlDatabase, record: ScriptVersionRecord): Promise<void> {
  const row = validate(record);
  await db.transaction(async (tx) => {
    const inserted = await tx.run(`INSERT INTO script_versions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, [
      row.script_id,
      row.version,
      row.status,
      row.source,
      row.created_by,
      row.created_at,
      row.published_at,
    ]);
    if (inserted === 1) return;
    const existing = (await tx.all<ScriptRow>(`SELECT ${COLUMNS} FROM script_versions WHERE script_id = ? AND version = ?`, [row.script_id, row.version]))[0];
    if (!existing) throw new Error(`Script ${row.script_id} v${row.version} vanished while saving; try again`);
    const key = `${row.script_id} v${row.version}`;
    if (existing.status === 'draft') {
      await tx.run('UPDATE script_versions SET status = ?, source = ?, created_by = ?, created_at = ?, published_at = ? WHERE script_id = ? AND version = ?', [
        row.status,
        row.source,
        row.created_by,
        row.created_at,
        row.published_at,
        row.script_id,
        row.version,
      ]);
      return;
    }
    if (sameRecord(existing, row)) return;
    if (existing.status === 'published' && row.status === 'retired') {
      if (row.source !== existing.source)
        throw new ScriptVersionImmutableError(`Script ${key} is published: retiring it cannot change its content. Save a new version instead.`);
      await tx.run("UPDATE script_versions SET status = 'retired' WHERE script_id = ? AND version = ?", [row.script_id, row.version]);
      return;
    }
    throw new ScriptVersionImmutableError(
      `Script ${key} is ${existing.status} and cannot be changed${existing.status === 'published' ? ' (it may only be retired)' : ''}. Save a new version instead.`,
    );
  });
}

function validate(record: ScriptVersionRecord): ScriptRow {
  if (!record || typeof record !== 'object') throw new StoreInputError('saveScriptVersion needs a ScriptVersionRecord');
  if (!Number.isInteger(record.version) || record.version < 1) throw new StoreInputError('script version must be a positive integer');
  if (!STATUSES.includes(record.status)) throw new StoreInputError(`script status must be one of ${STATUSES.join(', ')}`);
  if (typeof record.source !== 'string') throw new StoreInputError('script source must be a string');
  return {
    script_id: requireText(record.scriptId, 'scriptId'),
    version: record.version,
    status: record.status,
    source: record.source,
    created_by: requireText(record.createdBy, 'createdBy'),
    created_at: isoTime(record.createdAt, 'createdAt'),
    published_at: record.publishedAt ? isoTime(record.publishedAt, 'publishedAt') : null,
  };
}

/** Same status and content: a second instance installing the same script at start-up is not an edit. */
function sameRecord(a: ScriptRow, b: ScriptRow): boolean {
  return a.status === b.status && a.source === b.source;
}
