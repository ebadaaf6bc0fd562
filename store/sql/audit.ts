import type { AuditEntry } from '../types';
import type { SqlExecutor } from './executor';
import { encodeAuditDetail } from '../documents/audit';
import { asStoreInput, auditFromRow, isoTime, requireText, StoreInputError, type AuditRow } from './records';

/** Append-only: there is deliberately no update or delete here, and the schema's triggers refuse both. */
export async function insertAudit(tx: SqlExecutor, entry: AuditEntry): Promise<void> {
  if (!entry || typeof entry !== 'object') throw new StoreInputError('appendAudit needs an AuditEntry');
  await tx.run('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)', [
    isoTime(entry.at, 'audit.at'),
    requireText(entry.actor, 'audit.actor'),
    requireText(entry.action, 'audit.action'),
    requireText(entry.subject, 'audit.subject'),
    entry.detail === undefined ? null : JSON.stringify(asStoreInput(() => encodeAuditDetail(entry.action, entry.detail!))),
  ]);
}

export async function listAudit(db: SqlExecutor, filter: { subjectPrefix?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.subjectPrefix) {
    // substr, not LIKE: LIKE is case-blind in SQLite but not in PostgreSQL, and treats % and _ specially.
    where.push('substr(subject, 1, ?) = ?');
    params.push(filter.subjectPrefix.length, filter.subjectPrefix);
  }
  let sql = `SELECT seq, at, actor, action, subject, detail FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC`;
  if (filter.limit !== undefined) {
    if (!Number.isInteger(filter.limit) || filter.limit < 1) throw new StoreInputError('listAudit limit must be a positive integer');
    sql += ' LIMIT ?';
    params.push(filter.limit);
  }
  const rows = await db.all<AuditRow>(sql, params);
  return rows.reverse().map(auditFromRow);
}
