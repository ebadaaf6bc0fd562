import type { FieldCipher } from '../crypto';
import type { CommitResult, ConversationState, TurnCommit } from '../types';
import type { AssessmentState } from '../../dialogs/engine/types';
import { allEntries, appendedEntries, changedRows, coreOf, rowsOf } from './assessment-layout';
import { encodeAssessment, encodeAssessmentChange } from '../documents/assessment';
import { snapshot } from './snapshot';
import type { CommitQueue } from './commit-queue';
import { pendingKeys, type PendingWrites } from './pending-writes';
import { chunk, RollbackWith, type SqlDatabase, type SqlExecutor, type SqlParam } from './executor';
import type { AssessmentCache, ConversationCache, StoreCaches } from './state-cache';
import { encodeConversation } from '../documents/conversation';
import { asStoreInput, assessmentColumns, contexts, isoTime, requireText, requireVersion, StoreInputError } from './records';

/**
 * One turn, atomically. Order matters: the processed-activity row goes first so a retried
 * delivery is recognised ('duplicate') before any version check; then the conversation and the
 * assessment are written only if their versions are what the caller read (optimistic concurrency:
 * `UPDATE … WHERE version = expected`, or an INSERT that must not find an existing row).
 * Anything short of all of it rolls back, so a 'conflict' changes nothing. The work runs through
 * the commit queue (group commit): the promise settles only once its transaction is durable.
 */
export async function commitTurn(
  queue: CommitQueue,
  db: SqlDatabase,
  cipher: FieldCipher,
  caches: StoreCaches,
  pending: PendingWrites,
  commit: TurnCommit,
): Promise<CommitResult> {
  const plan = planCommit(cipher, caches, commit);
  let result: CommitResult;
  try {
    const done = queue.run(async (tx) => {
      const inserted = await tx.run(
        `INSERT INTO processed_activities (conversation_id, activity_id, assessment_id, reply_enc, processed_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [plan.conversationId, plan.activityId, plan.replyAssessmentId, plan.replyEnc, plan.now],
      );
      if (inserted === 0) throw new RollbackWith<CommitResult>('duplicate');
      // Where erasure and retention find this reply (migration 5); already there after the assessment's first turn here.
      if (plan.replyAssessmentId !== null)
        await tx.run('INSERT INTO reply_conversations (assessment_id, conversation_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [
          plan.replyAssessmentId,
          plan.conversationId,
        ]);
      if (!(await writeConversation(tx, plan))) throw new RollbackWith<CommitResult>('conflict');
      if (plan.assessment && !(await writeAssessment(tx, plan.assessment))) throw new RollbackWith<CommitResult>('conflict');
      for (const answer of plan.answers) {
        // A retried answer inside a new activity id is a new row; the same (assessment, question, activity) never is.
        await tx.run(
          `INSERT INTO answer_log (assessment_id, question_id, activity_id, value_enc, recorded_at)
           VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [answer.assessmentId, answer.questionId, answer.activityId, answer.valueEnc, answer.recordedAt],
        );
      }
      return 'committed' as const;
    });
    // Readers that could show what this turn wrote wait until it is durable (pending-writes.ts).
    pending.track(
      plan.assessment
        ? [pendingKeys.conversation(plan.conversationId), pendingKeys.assessment(plan.assessment.id)]
        : [pendingKeys.conversation(plan.conversationId)],
      done,
    );
    result = await done;
  } catch (error) {
    if (error instanceof RollbackWith) return error.result as CommitResult;
    if (db.isConcurrencyFailure(error)) return 'conflict';
    throw error;
  }
  // Durable now: the next turn on this conversation starts from these values without decrypting them.
  caches.conversations.remember(plan.conversationId, {
    version: (plan.conversationVersion ?? 0) + 1,
    ciphertext: plan.conversationEnc,
    value: plan.conversationSnapshot,
    meta: undefined,
  });
  const a = plan.assessment;
  if (a)
    caches.assessments.remember(a.id, {
      version: (a.expectedVersion ?? 0) + 1,
      ciphertext: a.state_enc,
      value: a.snapshot,
      meta: { entryCount: a.entryCount },
    });
  return result;
}

type Plan = ReturnType<typeof planCommit>;

/** Validate and encrypt everything before the transaction opens, so bad input changes nothing. */
function planCommit(cipher: FieldCipher, caches: StoreCaches, commit: TurnCommit) {
  if (!commit || typeof commit !== 'object') throw new StoreInputError('commitTurn needs a TurnCommit object');
  const conversationId = requireText(commit.conversationId, 'commit.conversationId');
  const activityId = requireText(commit.activityId, 'commit.activityId');
  if (!commit.conversation?.value) throw new StoreInputError('commit.conversation.value is required');
  const conversationVersion = requireVersion(commit.conversation.expectedVersion, 'commit.conversation.expectedVersion');
  const now = new Date().toISOString();

  let assessment: AssessmentPlan | null = null;
  if (commit.assessment) {
    const expectedVersion = requireVersion(commit.assessment.expectedVersion, 'commit.assessment.expectedVersion');
    assessment = planAssessment(cipher, caches.assessments, commit.assessment.value, expectedVersion);
  }

  const answers = (commit.events ?? []).flatMap((event) => {
    if (event.type !== 'answer_recorded') return [];
    if (!assessment) throw new StoreInputError('commit.events has an answer but the commit carries no assessment');
    const questionId = requireText(event.questionId, 'answer event questionId');
    const answerActivity = requireText(event.activityId, 'answer event activityId');
    return [
      {
        assessmentId: assessment.id,
        questionId,
        activityId: answerActivity,
        valueEnc: cipher.encryptJson(event.value, contexts.answer(assessment.id, questionId, answerActivity)),
        recordedAt: isoTime(event.at, 'answer event at'),
      },
    ];
  });

  return {
    conversationId,
    activityId,
    now,
    conversationVersion,
    ...planConversation(cipher, caches.conversations, conversationId, commit.conversation.value, conversationVersion),
    assessment,
    answers,
    // The reply can echo patient text, so it is linked to the assessment for erasure and retention.
    replyAssessmentId: assessment?.id ?? commit.conversation.value.activeAssessmentId ?? null,
    replyEnc: cipher.encryptJson(commit.reply ?? { payload: null }, contexts.reply(conversationId, activityId)),
  };
}

/**
 * Most turns leave the conversation as it was (it only points at the active assessment). Then
 * its stored ciphertext is written back as it is — no validation or encryption — still with a new
 * version, so the optimistic check is exactly as strict as before; `unchanged` makes the UPDATE
 * also require that ciphertext, so a key rotation that re-encrypted the row meanwhile is never
 * undone (the turn then conflicts and is decided again). A ciphertext under an older key is not
 * reused.
 */
function planConversation(cipher: FieldCipher, cache: ConversationCache, id: string, value: ConversationState, expectedVersion: number | null) {
  const base = expectedVersion === null ? null : cache.peek(id, expectedVersion);
  const next = snapshot(value, base?.value);
  if (base && next === base.value && cipher.keyIdOf(base.ciphertext) === cipher.currentKeyId)
    return { conversationEnc: base.ciphertext, conversationUnchanged: true, conversationSnapshot: next };
  const encoded = asStoreInput(() => encodeConversation(next));
  return { conversationEnc: cipher.encryptJson(encoded, contexts.conversation(id)), conversationUnchanged: false, conversationSnapshot: next };
}

type AssessmentPlan = ReturnType<typeof planAssessment>;

/**
 * What to write for the assessment (assessment-layout.ts): the small document, plus only the
 * answer/history rows added since the version the turn read — known exactly when that version
 * is the one this store last read or wrote (the cache). Otherwise every row is rewritten, which
 * is always correct because the UPDATE only lands on the expected version. The new state is
 * taken as a snapshot sharing the unchanged parts of the cached one (snapshot.ts): that is how the
 * new rows are found, what only they are validated by, and what the cache keeps once committed.
 */
function planAssessment(cipher: FieldCipher, cache: AssessmentCache, state: AssessmentState, expectedVersion: number | null) {
  const columns = assessmentColumns(state, cipher);
  const base = expectedVersion === null ? null : cache.peek(columns.id, expectedVersion);
  const next = snapshot(state, base?.value);
  const appended = base && base.meta.entryCount !== null ? appendedEntries(base.value, next) : null;
  const core = asStoreInput(() => (appended ? encodeAssessmentChange(next, changedRows(base!.value, appended)) : coreOf(encodeAssessment(next))));
  const rewrite = appended === null;
  const firstSeq = rewrite ? 1 : (base!.meta.entryCount as number) + 1;
  // One row for all of this commit's entries: one encryption and one stored row per turn (rowsOf).
  const entries = rowsOf(appended ?? allEntries(next)).map((row, i) => ({
    seq: firstSeq + i,
    enc: cipher.encryptJson(row, contexts.entry(columns.id, firstSeq + i)),
  }));
  return {
    ...columns,
    state_enc: cipher.encryptJson(core, contexts.assessment(columns.id)),
    expectedVersion,
    /** Delete the stored rows first (a new assessment has none). */
    rewrite: rewrite && expectedVersion !== null,
    entries,
    entryCount: firstSeq - 1 + entries.length,
    snapshot: next,
  };
}

async function writeConversation(tx: SqlExecutor, plan: Plan): Promise<boolean> {
  if (plan.conversationVersion === null) {
    const n = await tx.run('INSERT INTO conversations (conversation_id, version, state_enc, updated_at) VALUES (?, 1, ?, ?) ON CONFLICT DO NOTHING', [
      plan.conversationId,
      plan.conversationEnc,
      plan.now,
    ]);
    return n === 1;
  }
  const n = plan.conversationUnchanged
    ? await tx.run('UPDATE conversations SET version = version + 1, updated_at = ? WHERE conversation_id = ? AND version = ? AND state_enc = ?', [
        plan.now,
        plan.conversationId,
        plan.conversationVersion,
        plan.conversationEnc,
      ])
    : await tx.run('UPDATE conversations SET version = version + 1, state_enc = ?, updated_at = ? WHERE conversation_id = ? AND version = ?', [
        plan.conversationEnc,
        plan.now,
        plan.conversationId,
        plan.conversationVersion,
      ]);
  return n === 1;
}

/**
 * Most turns change only the assessment's times, state and row count: owner, status, script,
 * patient hash and creation time stay as stored. The narrow UPDATE then sets only what changes, so
 * the indexes on the unchanged columns (by owner and status, by patient) are not rewritten — one
 * to two B-tree pages fewer in every commit's WAL. It lands only when the stored row already holds
 * exactly the values the full UPDATE would write (they are in its WHERE), so it is the same write;
 * otherwise (they changed, or another writer moved the version) the full UPDATE decides as before.
 */
async function updateAssessmentNarrowly(tx: SqlExecutor, a: AssessmentPlan): Promise<boolean> {
  const n = await tx.run(
    `UPDATE assessments SET version = version + 1, updated_at = ?, completed_at = ?, state_enc = ?, entry_count = ?
     WHERE id = ? AND version = ? AND owner = ? AND status = ? AND script_id = ? AND script_version = ? AND patient_ref_hash = ? AND created_at = ?`,
    [
      a.updated_at,
      a.completed_at,
      a.state_enc,
      a.entryCount,
      a.id,
      a.expectedVersion,
      a.owner,
      a.status,
      a.script_id,
      a.script_version,
      a.patient_ref_hash,
      a.created_at,
    ],
  );
  return n === 1;
}

async function writeAssessment(tx: SqlExecutor, a: AssessmentPlan): Promise<boolean> {
  const n =
    a.expectedVersion === null
      ? await tx.run(
          `INSERT INTO assessments (id, version, owner, status, script_id, script_version, patient_ref_hash, created_at, updated_at, completed_at, state_enc, entry_count)
           VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [a.id, a.owner, a.status, a.script_id, a.script_version, a.patient_ref_hash, a.created_at, a.updated_at, a.completed_at, a.state_enc, a.entryCount],
        )
      : (await updateAssessmentNarrowly(tx, a))
        ? 1
        : await tx.run(
            `UPDATE assessments SET version = version + 1, owner = ?, status = ?, script_id = ?, script_version = ?, patient_ref_hash = ?,
             created_at = ?, updated_at = ?, completed_at = ?, state_enc = ?, entry_count = ?
           WHERE id = ? AND version = ?`,
            [
              a.owner,
              a.status,
              a.script_id,
              a.script_version,
              a.patient_ref_hash,
              a.created_at,
              a.updated_at,
              a.completed_at,
              a.state_enc,
              a.entryCount,
              a.id,
              a.expectedVersion,
            ],
          );
  if (n !== 1) return false;
  if (a.rewrite) await tx.run('DELETE FROM assessment_entries WHERE assessment_id = ?', [a.id]);
  // No ON CONFLICT: a row already at this place would mean the version check was wrong — fail loudly.
  // One statement for a turn's rows (usually an answer and its history line), not one per row.
  for (const rows of chunk(a.entries, ENTRY_ROWS_PER_INSERT)) {
    const params: SqlParam[] = [];
    for (const e of rows) params.push(a.id, e.seq, e.enc);
    await tx.run(insertEntriesSql(rows.length), params);
  }
  return true;
}

/** Bounds both the statement's parameters and how many distinct statement texts are prepared (one per row count up to it). */
const ENTRY_ROWS_PER_INSERT = 32;
const insertEntriesText: string[] = [];

/**
 * The INSERT for `n` entry rows (1…ENTRY_ROWS_PER_INSERT), built once per row count: every answer
 * turn runs it, and building the text anew (map, join, template) was garbage each turn for a string
 * that is always the same (issue 22, s22c).
 */
export function insertEntriesSql(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > ENTRY_ROWS_PER_INSERT) throw new RangeError(`insertEntriesSql: 1 to ${ENTRY_ROWS_PER_INSERT} rows, not ${n}`);
  let sql = insertEntriesText[n];
  if (sql === undefined) {
    sql = `INSERT INTO assessment_entries (assessment_id, seq, entry_enc) VALUES ${Array.from({ length: n }, () => '(?, ?, ?)').join(', ')}`;
    insertEntriesText[n] = sql;
  }
  return sql;
}
