import type { AssessmentState } from '../../dialogs/engine/types';
import type { FieldCipher } from '../crypto';
import { decodeAssessment } from '../documents/assessment';
import { decodeConversation, encodeConversation } from '../documents/conversation';
import { isQuarantined, NewerDocumentError, QuarantinedDocumentError, type QuarantineEnvelope } from '../documents/quarantine';
import type { Decoded } from '../documents/versioned';
import type { ConversationState, Versioned } from '../types';
import { insertAudit } from './audit';
import type { SqlDatabase } from './executor';
import { entriesOf, joinEntries, type EntryRow as StoredEntry } from './assessment-layout';
import { contexts, type AssessmentRow, type ConversationRow } from './records';
import type { AssessmentCache, ConversationCache } from './state-cache';

/**
 * Reading the encrypted documents: decrypt → migrate → validate (store/documents). A document
 * that fails is quarantined here, in one transaction with its audit entry; the compare-and-swap
 * on the old ciphertext means two readers quarantine it once.
 */
type Failure<T> = Extract<Decoded<T>, { ok: false }>;

const EMPTY_CONVERSATION: ConversationState = { activeAssessmentId: null, awaitingPatientRef: false };

function envelope<T>(kind: string, raw: unknown, failure: Failure<T>, at: string): QuarantineEnvelope {
  return { quarantined: { at, kind, storedVersion: failure.storedVersion, issues: failure.issues }, original: raw };
}

const auditQuarantine = (kind: string, id: string, failure: Failure<unknown>, at: string) => ({
  at,
  actor: 'system',
  action: 'document.quarantined',
  subject: `quarantine:${kind}:${id}`,
  detail: { kind, id, storedVersion: failure.storedVersion, issues: failure.issues },
});

/**
 * The assessment, or QuarantinedDocumentError / NewerDocumentError. It stays in place (erasure and
 * retention still find it), marked. A row still exactly as this store last read or wrote it is
 * served from the cache (state-cache.ts) without decrypting it again. Either way the value is a
 * frozen snapshot (snapshot.ts): read it, or copy it to change it.
 */
export async function readAssessment(db: SqlDatabase, cipher: FieldCipher, cache: AssessmentCache, row: AssessmentRow): Promise<Versioned<AssessmentState>> {
  const version = Number(row.version);
  const entryCount = row.entry_count === null ? null : Number(row.entry_count);
  const hit = cache.read(row.id, version, row.state_enc);
  if (hit) return { value: hit.value, version };
  const stored = entryCount === null ? { row, entries: [] } : await readWithEntries(db, row.id);
  const core = cipher.decryptJson<unknown>(stored.row.state_enc, contexts.assessment(row.id));
  if (isQuarantined(core)) throw new QuarantinedDocumentError('assessment', row.id, core.quarantined.issues);
  const raw =
    stored.row.entry_count === null
      ? core
      : joinEntries(core as Record<string, unknown>, entriesOf(stored.entries.map((e) => decryptEntry(cipher, row.id, e))));
  const d = decodeAssessment(raw);
  if (d.ok) {
    const at = Number(stored.row.version);
    const value = cache.remember(row.id, {
      version: at,
      ciphertext: stored.row.state_enc,
      value: d.value,
      meta: { entryCount: stored.row.entry_count === null ? null : Number(stored.row.entry_count) },
    });
    return { value, version: at };
  }
  if (d.reason === 'newer') throw new NewerDocumentError('assessment', row.id, d.storedVersion);
  const at = new Date().toISOString();
  await db.transaction(async (tx) => {
    // The envelope keeps the whole original (rows joined in), so the rows themselves can go.
    const n = await tx.run('UPDATE assessments SET state_enc = ?, entry_count = NULL, version = version + 1 WHERE id = ? AND state_enc = ?', [
      cipher.encryptJson(envelope('assessment', raw, d, at), contexts.assessment(row.id)),
      row.id,
      stored.row.state_enc,
    ]);
    if (n === 1) {
      await tx.run('DELETE FROM assessment_entries WHERE assessment_id = ?', [row.id]);
      await insertAudit(tx, auditQuarantine('assessment', row.id, d, at));
    }
  });
  throw new QuarantinedDocumentError('assessment', row.id, d.issues);
}

interface EntryRow {
  seq: number;
  entry_enc: string;
}

/**
 * The document and its rows in ONE statement, so both come from the same snapshot even while
 * another instance commits (PostgreSQL READ COMMITTED takes a snapshot per statement).
 */
async function readWithEntries(db: SqlDatabase, id: string): Promise<{ row: AssessmentRow; entries: EntryRow[] }> {
  const rows = await db.all<AssessmentRow & { seq: number | null; entry_enc: string | null }>(
    `SELECT a.id, a.version, a.state_enc, a.entry_count, e.seq, e.entry_enc FROM assessments a
     LEFT JOIN assessment_entries e ON e.assessment_id = a.id AND e.seq <= a.entry_count
     WHERE a.id = ? ORDER BY e.seq`,
    [id],
  );
  const first = rows[0];
  if (!first) throw new Error(`Stored assessment ${id} disappeared while it was being read`);
  const entries = rows.filter((r) => r.seq !== null).map((r) => ({ seq: Number(r.seq), entry_enc: r.entry_enc as string }));
  const expected = first.entry_count === null ? 0 : Number(first.entry_count);
  if (entries.length !== expected || entries.some((e, i) => e.seq !== i + 1))
    throw new Error(`Stored assessment ${id} is missing answer rows (${entries.length} of ${expected}); it was not used`);
  return { row: { id: first.id, version: first.version, state_enc: first.state_enc, entry_count: first.entry_count }, entries };
}

function decryptEntry(cipher: FieldCipher, id: string, e: EntryRow): StoredEntry {
  return cipher.decryptJson<StoredEntry>(e.entry_enc, contexts.entry(id, e.seq));
}

/** Lists skip quarantined (and newer) documents: they are reported once, when first found. */
export async function readAssessments(db: SqlDatabase, cipher: FieldCipher, cache: AssessmentCache, rows: AssessmentRow[]): Promise<AssessmentState[]> {
  const out: AssessmentState[] = [];
  for (const row of rows) {
    try {
      out.push((await readAssessment(db, cipher, cache, row)).value);
    } catch (e) {
      if (!(e instanceof QuarantinedDocumentError || e instanceof NewerDocumentError)) throw e;
    }
  }
  return out;
}

/**
 * A damaged conversation is copied aside under its own key (`quarantined:<id>:v<version>`, never
 * a Teams conversation id) and the conversation starts again empty, so the link worker can carry
 * on: the assessments it pointed at are untouched and `assessments` lists them.
 */
export async function readConversation(
  db: SqlDatabase,
  cipher: FieldCipher,
  cache: ConversationCache,
  row: ConversationRow,
): Promise<Versioned<ConversationState>> {
  const version = Number(row.version);
  const hit = cache.read(row.conversation_id, version, row.state_enc);
  if (hit) return { value: hit.value, version };
  const raw = cipher.decryptJson<unknown>(row.state_enc, contexts.conversation(row.conversation_id));
  const d = decodeConversation(raw);
  if (d.ok) {
    const value = cache.remember(row.conversation_id, { version, ciphertext: row.state_enc, value: d.value, meta: undefined });
    return { value, version };
  }
  if (d.reason === 'newer') throw new NewerDocumentError('conversation', row.conversation_id, d.storedVersion);
  const at = new Date().toISOString();
  const asideId = `quarantined:${row.conversation_id}:v${row.version}`;
  await db.transaction(async (tx) => {
    await tx.run('INSERT INTO conversations (conversation_id, version, state_enc, updated_at) VALUES (?, 1, ?, ?) ON CONFLICT DO NOTHING', [
      asideId,
      cipher.encryptJson(envelope('conversation', raw, d, at), contexts.conversation(asideId)),
      at,
    ]);
    const n = await tx.run('UPDATE conversations SET state_enc = ?, version = version + 1, updated_at = ? WHERE conversation_id = ? AND state_enc = ?', [
      cipher.encryptJson(encodeConversation(EMPTY_CONVERSATION), contexts.conversation(row.conversation_id)),
      at,
      row.conversation_id,
      row.state_enc,
    ]);
    if (n === 1) await insertAudit(tx, auditQuarantine('conversation', row.conversation_id, d, at));
  });
  // Read again: this reader or a concurrent one has replaced the damaged state.
  const [now] = await db.all<ConversationRow>('SELECT conversation_id, version, state_enc FROM conversations WHERE conversation_id = ?', [row.conversation_id]);
  if (!now || now.state_enc === row.state_enc) throw new QuarantinedDocumentError('conversation', row.conversation_id, d.issues);
  return readConversation(db, cipher, cache, now);
}
