import type { AssessmentState } from '../../dialogs/engine/types';
import { FieldCipher, type EncryptionKeys } from '../crypto';
import type {
  AnswerLogRow,
  ConversationRefRecord,
  OutboxItem,
  OutboxRow,
  AuditEntry,
  CommitResult,
  ConversationState,
  DeletionCounts,
  ReencryptCounts,
  ScriptVersionRecord,
  Store,
  StoredReply,
  TurnCommit,
  Versioned,
} from '../types';
import { insertAudit, listAudit } from './audit';
import type { SqlDatabase, SqlParam } from './executor';
import { migrate } from './migrations';
import { answerFromRow, ASSESSMENT_ROW_COLUMNS, replyFromRow, requireText, type AnswerRow, type AssessmentRow, type ConversationRow } from './records';
import { readAssessment, readAssessments, readConversation } from './documents';
import { erasePatient, purgeOlderThan } from './retention';
import { reencryptAll } from './rotation';
import { getScriptVersion, listScriptVersions, saveScriptVersion } from './scripts';
import { commitTurn } from './turns';
import { CommitQueue } from './commit-queue';
import { StateCache, type StoreCaches } from './state-cache';
import { PendingWrites, pendingKeys } from './pending-writes';
import { Prefetch } from './prefetch';

export interface SqlStoreOptions {
  /**
   * Decrypted conversations and assessments kept in memory, each (state-cache.ts). 0 turns the
   * cache off. The default covers far more conversations than are ever mid-turn at once while
   * keeping memory flat (each entry is a few kB).
   */
  stateCacheSize?: number;
}

export const DEFAULT_STATE_CACHE_SIZE = 256;

interface ReplyAndConversationRow {
  reply_enc: string | null;
  version: number | null;
  state_enc: string | null;
}
import * as outbox from './outbox';

/**
 * The Store, written once over the small SqlDatabase surface. SqliteStore and PostgresStore only
 * supply the connection; every rule (versions, idempotency, encryption, retention) lives here.
 */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  protected readonly cipher: FieldCipher;
  private initialised: Promise<void> | null = null;
  /** Group commit (commit-queue.ts): turns committing together share one transaction. */
  readonly commits: CommitQueue;
  private readonly caches: StoreCaches;
  /** Turns committed but not yet durable, by what they wrote (pending-writes.ts). */
  private readonly pending = new PendingWrites();
  /** The conversation row read with getReply, for the getConversation that follows it. */
  private readonly prefetch = new Prefetch<ConversationRow | null>();

  constructor(
    protected readonly db: SqlDatabase,
    encryptionKeys: EncryptionKeys,
    options: SqlStoreOptions = {},
  ) {
    this.kind = db.kind;
    this.cipher = new FieldCipher(encryptionKeys);
    this.commits = new CommitQueue(db);
    const size = options.stateCacheSize ?? DEFAULT_STATE_CACHE_SIZE;
    this.caches = { assessments: new StateCache(size), conversations: new StateCache(size) };
  }

  /** Applies pending migrations; safe to call more than once (and from several processes). */
  init(): Promise<void> {
    this.initialised ??= this.prepare()
      .then(() => migrate(this.db))
      .then(() => undefined);
    return this.initialised;
  }

  /** Engine-specific set-up before migrations (e.g. creating a PostgreSQL schema). */
  protected async prepare(): Promise<void> {}

  close(): Promise<void> {
    return this.db.close();
  }

  /*
   * Reads never hand out data before it is durable (SQLite syncs after COMMIT, off the event loop):
   * the three keyed reads wait for the turns that wrote that conversation or assessment
   * (pending-writes.ts); the others, off the turn path, wait for everything committed before them
   * (`afterDurable`). Nothing pending (the turn path's usual case) is not awaited at all: an
   * `await null` would still cost a promise (and, while anything in the process used
   * AsyncLocalStorage — bot/ did until s22e — a promise hook).
   */
  async getConversation(conversationId: string): Promise<Versioned<ConversationState> | null> {
    const writing = this.pending.waitFor(pendingKeys.conversation(conversationId));
    if (writing) await writing;
    const kept = this.prefetch.take(conversationId);
    const row = kept !== undefined ? kept : await this.conversationRow(conversationId);
    return row ? readConversation(this.db, this.cipher, this.caches.conversations, row) : null;
  }

  private async conversationRow(conversationId: string): Promise<ConversationRow | null> {
    const rows = await this.db.all<ConversationRow>('SELECT conversation_id, version, state_enc FROM conversations WHERE conversation_id = ?', [
      conversationId,
    ]);
    return rows[0] ?? null;
  }

  async getAssessment(assessmentId: string): Promise<Versioned<AssessmentState> | null> {
    const writing = this.pending.waitFor(pendingKeys.assessment(assessmentId));
    if (writing) await writing;
    const rows = await this.db.all<AssessmentRow>(`SELECT ${ASSESSMENT_ROW_COLUMNS} FROM assessments WHERE id = ?`, [assessmentId]);
    return rows[0] ? readAssessment(this.db, this.cipher, this.caches.assessments, rows[0]) : null;
  }

  /** Filtered on plain columns, so only matching rows are decrypted. Oldest first. */
  async listAssessments(filter: { owner?: string; status?: AssessmentState['status'] }): Promise<AssessmentState[]> {
    const where: string[] = [];
    const params: SqlParam[] = [];
    if (filter.owner !== undefined) {
      where.push('owner = ?');
      params.push(filter.owner);
    }
    if (filter.status !== undefined) {
      where.push('status = ?');
      params.push(filter.status);
    }
    const rows = await this.db.all<AssessmentRow>(
      `SELECT ${ASSESSMENT_ROW_COLUMNS} FROM assessments${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`,
      params,
    );
    return this.afterDurable(readAssessments(this.db, this.cipher, this.caches.assessments, rows));
  }

  /**
   * A replayed reply, too, is sent only once the turn that stored it is durable. A new activity's
   * turn reads the conversation next, so its row comes back in the same statement and is kept
   * for that read (prefetch.ts) — one statement (one round trip on PostgreSQL) instead of two.
   */
  async getReply(conversationId: string, activityId: string): Promise<StoredReply | null> {
    const writing = this.pending.waitFor(pendingKeys.conversation(conversationId));
    if (writing) await writing;
    const [row] = await this.db.all<ReplyAndConversationRow>(
      `SELECT p.reply_enc, c.conversation_id, c.version, c.state_enc FROM (SELECT CAST(? AS TEXT) AS id) k
       LEFT JOIN processed_activities p ON p.conversation_id = k.id AND p.activity_id = ?
       LEFT JOIN conversations c ON c.conversation_id = k.id`,
      [conversationId, activityId],
    );
    if (row?.reply_enc) return replyFromRow({ reply_enc: row.reply_enc }, conversationId, activityId, this.cipher);
    this.prefetch.keep(conversationId, row?.state_enc ? { conversation_id: conversationId, version: row.version as number, state_enc: row.state_enc } : null);
    return null;
  }

  commitTurn(commit: TurnCommit): Promise<CommitResult> {
    this.prefetch.forget(commit?.conversationId);
    return commitTurn(this.commits, this.db, this.cipher, this.caches, this.pending, commit);
  }

  async answerLog(assessmentId: string): Promise<AnswerLogRow[]> {
    const rows = await this.db.all<AnswerRow>(
      'SELECT assessment_id, question_id, activity_id, value_enc, recorded_at FROM answer_log WHERE assessment_id = ? ORDER BY seq',
      [assessmentId],
    );
    await this.db.durable();
    return rows.map((r) => answerFromRow(r, this.cipher));
  }

  /** `read`'s rows once everything committed before it (hence everything it could see) is durable. */
  private async afterDurable<T>(read: Promise<T>): Promise<T> {
    const value = await read;
    await this.db.durable();
    return value;
  }

  listScriptVersions(scriptId?: string): Promise<ScriptVersionRecord[]> {
    return this.afterDurable(listScriptVersions(this.db, scriptId));
  }

  getScriptVersion(scriptId: string, version: number): Promise<ScriptVersionRecord | null> {
    return this.afterDurable(getScriptVersion(this.db, scriptId, version));
  }

  saveScriptVersion(record: ScriptVersionRecord): Promise<void> {
    return saveScriptVersion(this.db, record);
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return insertAudit(this.db, entry);
  }

  listAudit(filter?: { subjectPrefix?: string; limit?: number }): Promise<AuditEntry[]> {
    return this.afterDurable(listAudit(this.db, filter));
  }

  /** Deleted data must not live on in memory either, so the caches are emptied. */
  purgeOlderThan(cutoffIso: string, actor: string): Promise<DeletionCounts> {
    return purgeOlderThan(this.db, cutoffIso, actor).finally(() => this.clearCaches());
  }

  erasePatient(patientRefHashOrValue: string, actor: string): Promise<DeletionCounts> {
    return erasePatient(this.db, this.cipher, patientRefHashOrValue, actor).finally(() => this.clearCaches());
  }

  private clearCaches(): void {
    this.prefetch.clear();
    this.caches.assessments.clear();
    this.caches.conversations.clear();
  }

  reencryptAll(actor = 'system'): Promise<ReencryptCounts> {
    return reencryptAll(this.db, this.cipher, requireText(actor, 'actor'));
  }

  // Reminders (issue 21): store/sql/outbox.ts says how claiming works.
  saveConversationRef(record: ConversationRefRecord): Promise<void> {
    return outbox.saveConversationRef(this.db, record);
  }

  getConversationRef(userId: string): Promise<ConversationRefRecord | null> {
    return this.afterDurable(outbox.getConversationRef(this.db, userId));
  }

  enqueueOutbox(items: OutboxItem[], now: string): Promise<number> {
    return outbox.enqueueOutbox(this.db, items, now);
  }

  claimOutbox(options: { now: string; owner: string; leaseMs: number; limit: number }): Promise<OutboxRow[]> {
    return outbox.claimOutbox(this.db, options);
  }

  completeOutbox(key: string, owner: string, now: string, outcome: 'sent' | 'skipped' | 'failed'): Promise<boolean> {
    return outbox.completeOutbox(this.db, key, owner, now, outcome);
  }

  releaseOutbox(key: string, owner: string, retryAt: string, error: string): Promise<void> {
    return outbox.releaseOutbox(this.db, key, owner, retryAt, error);
  }

  listOutbox(filter?: { userId?: string; assessmentId?: string }): Promise<OutboxRow[]> {
    return this.afterDurable(outbox.listOutbox(this.db, filter));
  }
}
