import type { ConversationRefRecord, OutboxItem, OutboxRow } from '../types';
import type { SqlDatabase, SqlParam } from './executor';
import { isoTime, requireText, StoreInputError } from './records';

/**
 * Conversation references and the reminder outbox, written once for both engines.
 *
 * Why a claimed row with a lease rather than a PostgreSQL advisory lock: the claim is a row, so it
 * survives the process — a crash after claiming leaves a lease that simply expires and the row is
 * sent by whichever instance claims it next (a session-scoped advisory lock would vanish with the
 * connection and tell nobody which rows were half-done). It also works unchanged on SQLite, and
 * it lets several instances share one batch instead of one instance holding a lock for all of it.
 *
 * Each claim is one conditional UPDATE (`… WHERE dedupe_key = ? AND <still claimable>`). On
 * PostgreSQL at READ COMMITTED a second instance updating the same row blocks on its row lock,
 * then re-checks the WHERE against the committed row and changes nothing; SQLite serialises
 * writers. So exactly one claimer sees `1 row changed` for a row.
 */

interface OutboxDbRow {
  dedupe_key: string;
  user_id: string;
  kind: string;
  assessment_id: string;
  subject: string | null;
  due_date: string;
  send_at: string;
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  done_at: string | null;
  outcome: OutboxRow['outcome'];
  last_error: string | null;
}

const COLUMNS = 'dedupe_key, user_id, kind, assessment_id, subject, due_date, send_at, attempts, claimed_by, claimed_until, done_at, outcome, last_error';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const fromRow = (r: OutboxDbRow): OutboxRow => ({
  key: r.dedupe_key,
  userId: r.user_id,
  kind: r.kind,
  assessmentId: r.assessment_id,
  subject: r.subject,
  dueDate: r.due_date,
  sendAt: r.send_at,
  attempts: Number(r.attempts),
  claimedBy: r.claimed_by,
  claimedUntil: r.claimed_until,
  doneAt: r.done_at,
  outcome: r.outcome,
  lastError: r.last_error,
});

export async function saveConversationRef(db: SqlDatabase, record: ConversationRefRecord): Promise<void> {
  requireText(record.userId, 'conversationRef.userId');
  const at = isoTime(record.updatedAt, 'conversationRef.updatedAt');
  if (!record.reference || typeof record.reference !== 'object' || Array.isArray(record.reference))
    throw new StoreInputError('conversationRef.reference must be an object');
  await db.run(
    `INSERT INTO conversation_refs (user_id, reference, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at
     WHERE conversation_refs.updated_at <= excluded.updated_at`,
    [record.userId, JSON.stringify(record.reference), at],
  );
}

export async function getConversationRef(db: SqlDatabase, userId: string): Promise<ConversationRefRecord | null> {
  const rows = await db.all<{ user_id: string; reference: string; updated_at: string }>(
    'SELECT user_id, reference, updated_at FROM conversation_refs WHERE user_id = ?',
    [userId],
  );
  const r = rows[0];
  return r ? { userId: r.user_id, reference: JSON.parse(r.reference) as Record<string, unknown>, updatedAt: r.updated_at } : null;
}

function checkItem(item: OutboxItem): void {
  requireText(item.key, 'outbox.key');
  requireText(item.userId, 'outbox.userId');
  requireText(item.kind, 'outbox.kind');
  requireText(item.assessmentId, 'outbox.assessmentId');
  if (!DATE.test(item.dueDate)) throw new StoreInputError(`outbox.dueDate must be YYYY-MM-DD (got ${JSON.stringify(item.dueDate)})`);
  if (item.key.length > 300) throw new StoreInputError('outbox.key must be at most 300 characters');
}

export async function enqueueOutbox(db: SqlDatabase, items: OutboxItem[], now: string): Promise<number> {
  items.forEach(checkItem);
  const at = isoTime(now, 'now');
  if (items.length === 0) return 0;
  return db.transaction(async (tx) => {
    let added = 0;
    for (const i of items)
      added += await tx.run(
        `INSERT INTO reminder_outbox (dedupe_key, user_id, kind, assessment_id, subject, due_date, send_at, created_at, attempts)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (dedupe_key) DO NOTHING`,
        [i.key, i.userId, i.kind, i.assessmentId, i.subject, i.dueDate, isoTime(i.sendAt, 'outbox.sendAt'), at],
      );
    return added;
  });
}

export async function claimOutbox(db: SqlDatabase, o: { now: string; owner: string; leaseMs: number; limit: number }): Promise<OutboxRow[]> {
  const now = isoTime(o.now, 'now');
  requireText(o.owner, 'owner');
  if (!Number.isInteger(o.leaseMs) || o.leaseMs < 1) throw new StoreInputError('leaseMs must be a positive integer');
  if (!Number.isInteger(o.limit) || o.limit < 1) throw new StoreInputError('limit must be a positive integer');
  const until = new Date(Date.parse(now) + o.leaseMs).toISOString();
  const claimable = 'done_at IS NULL AND send_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)';
  const candidates = await db.all<{ dedupe_key: string }>(`SELECT dedupe_key FROM reminder_outbox WHERE ${claimable} ORDER BY send_at, dedupe_key LIMIT ?`, [
    now,
    now,
    o.limit,
  ]);
  const claimed: OutboxRow[] = [];
  for (const { dedupe_key } of candidates) {
    const changed = await db.run(
      `UPDATE reminder_outbox SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 WHERE dedupe_key = ? AND ${claimable}`,
      [o.owner, until, dedupe_key, now, now],
    );
    if (changed !== 1) continue; // another instance claimed it first
    const [row] = await db.all<OutboxDbRow>(`SELECT ${COLUMNS} FROM reminder_outbox WHERE dedupe_key = ?`, [dedupe_key]);
    if (row) claimed.push(fromRow(row));
  }
  return claimed;
}

export async function completeOutbox(db: SqlDatabase, key: string, owner: string, now: string, outcome: 'sent' | 'skipped' | 'failed'): Promise<boolean> {
  if (!['sent', 'skipped', 'failed'].includes(outcome)) throw new StoreInputError('outcome must be sent, skipped or failed');
  const changed = await db.run(
    'UPDATE reminder_outbox SET done_at = ?, outcome = ?, claimed_until = NULL WHERE dedupe_key = ? AND claimed_by = ? AND done_at IS NULL',
    [isoTime(now, 'now'), outcome, key, owner],
  );
  return changed === 1;
}

export async function releaseOutbox(db: SqlDatabase, key: string, owner: string, retryAt: string, error: string): Promise<void> {
  await db.run('UPDATE reminder_outbox SET claimed_by = NULL, claimed_until = ?, last_error = ? WHERE dedupe_key = ? AND claimed_by = ? AND done_at IS NULL', [
    isoTime(retryAt, 'retryAt'),
    error.slice(0, 120),
    key,
    owner,
  ]);
}

export async function listOutbox(db: SqlDatabase, filter: { userId?: string; assessmentId?: string } = {}): Promise<OutboxRow[]> {
  const where: string[] = [];
  const params: SqlParam[] = [];
  if (filter.userId !== undefined) where.push('user_id = ?'), params.push(filter.userId);
  if (filter.assessmentId !== undefined) where.push('assessment_id = ?'), params.push(filter.assessmentId);
  const rows = await db.all<OutboxDbRow>(
    `SELECT ${COLUMNS} FROM reminder_outbox${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY send_at, dedupe_key`,
    params,
  );
  return rows.map(fromRow);
}
