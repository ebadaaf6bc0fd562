import type { AssessmentState } from '../../dialogs/engine/types';
import type { FieldCipher } from '../crypto';
import { decodeAssessment } from '../documents/assessment';
import { decodeConversation, encodeConversation } from '../documents/conversation';
import { isQuarantined, NewerDocumentError, QuarantinedDocumentError, type QuarantineEnvelope } from '../documents/quarantine';
import type { Decoded } from '../documents/versioned';
import type { ConversationState, Versioned } from '../types';
import { insertAudit } from './audit';
import type { SqlDatabase } from './executor';
import { contexts, type AssessmentRow, type ConversationRow } from './records';

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

/** The assessment, or QuarantinedDocumentError / NewerDocumentError. It stays in place (erasure and retention still find it), marked. */
export async function readAssessment(db: SqlDatabase, cipher: FieldCipher, row: AssessmentRow): Promise<Versioned<AssessmentState>> {
  const raw = cipher.decryptJson<unknown>(row.state_enc, contexts.assessment(row.id));
  if (isQuarantined(raw)) throw new QuarantinedDocumentError('assessment', row.id, raw.quarantined.issues);
  const d = decodeAssessment(raw);
  if (d.ok) return { value: d.value, version: Number(row.version) };
  if (d.reason === 'newer') throw new NewerDocumentError('assessment', row.id, d.storedVersion);
  const at = new Date().toISOString();
  await db.transaction(async (tx) => {
    const n = await tx.run('UPDATE assessments SET state_enc = ?, version = version + 1 WHERE id = ? AND state_enc = ?', [
      cipher.encryptJson(envelope('assessment', raw, d, at), contexts.assessment(row.id)),
      row.id,
      row.state_enc,
    ]);
    if (n === 1) await insertAudit(tx, auditQuarantine('assessment', row.id, d, at));
  });
  throw new QuarantinedDocumentError('assessment', row.id, d.issues);
}

/** Lists skip quarantined (and newer) documents: they are reported once, when first found. */
export async function readAssessments(db: SqlDatabase, cipher: FieldCipher, rows: AssessmentRow[]): Promise<AssessmentState[]> {
  const out: AssessmentState[] = [];
  for (const row of rows) {
    try {
      out.push((await readAssessment(db, cipher, row)).value);
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
export async function readConversation(db: SqlDatabase, cipher: FieldCipher, row: ConversationRow): Promise<Versioned<ConversationState>> {
  const raw = cipher.decryptJson<unknown>(row.state_enc, contexts.conversation(row.conversation_id));
  const d = decodeConversation(raw);
  if (d.ok) return { value: d.value, version: Number(row.version) };
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
  return readConversation(db, cipher, now);
}
