import type { AssessmentState } from '../../dialogs/engine/types';
import type { FieldCipher } from '../crypto';
import { decodeAuditDetail } from '../documents/audit';
import { DocumentInvalidError } from '../documents/versioned';
import type { AnswerLogRow, AuditEntry, ScriptVersionRecord, StoredReply } from '../types';

/**
 * Row <-> object mapping shared by both engines. Every encrypted value is bound to where it
 * lives (the `context` strings below), so moving a ciphertext to another row fails loudly.
 */

export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

export const contexts = {
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  assessment: (id: string) => `assessment:${id}`,
  answer: (assessmentId: string, questionId: string, activityId: string) => `answer:${assessmentId}:${questionId}:${activityId}`,
  reply: (conversationId: string, activityId: string) => `reply:${conversationId}:${activityId}`,
  /** One appended answer/history row: bound to its assessment and its place in the sequence. */
  entry: (assessmentId: string, seq: number) => `entry:${assessmentId}:${seq}`,
};

/** Normalised UTC ISO time, so stored times compare correctly as text in both engines. */
export function isoTime(value: string, what: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new StoreInputError(`${what} must be an ISO-8601 date-time (got ${JSON.stringify(value)})`);
  return new Date(ms).toISOString();
}

export function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new StoreInputError(`${what} must be a non-empty string`);
  return value;
}

export function requireVersion(value: unknown, what: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new StoreInputError(`${what} must be null (new record) or a positive integer version`);
  return value;
}

/** A document that fails its schema is refused with the paths that failed, before anything is written. */
export function asStoreInput<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof DocumentInvalidError) throw new StoreInputError(e.message);
    throw e;
  }
}

export interface ConversationRow {
  conversation_id: string;
  version: number;
  state_enc: string;
}

export interface AssessmentRow {
  id: string;
  version: number;
  state_enc: string;
  /** NULL: the whole document is in state_enc (written before migration 2); n: n entry rows follow. */
  entry_count: number | null;
}

export const ASSESSMENT_ROW_COLUMNS = 'id, version, state_enc, entry_count';

/** The plain columns written beside the encrypted state (ids, status, times, keyed patient hash). */
export function assessmentColumns(state: AssessmentState, cipher: FieldCipher) {
  requireText(state?.id, 'assessment.id');
  requireText(state.owner, 'assessment.owner');
  requireText(state.scriptId, 'assessment.scriptId');
  requireText(state.patient?.value, 'assessment.patient.value');
  if (!['active', 'paused', 'completed', 'cancelled'].includes(state.status))
    throw new StoreInputError(`assessment.status must be active, paused, completed or cancelled (got ${JSON.stringify(state.status)})`);
  if (!Number.isInteger(state.scriptVersion)) throw new StoreInputError('assessment.scriptVersion must be an integer');
  return {
    id: state.id,
    owner: state.owner,
    status: state.status,
    script_id: state.scriptId,
    script_version: state.scriptVersion,
    patient_ref_hash: cipher.patientRefHash(state.patient.value),
    created_at: isoTime(state.createdAt, 'assessment.createdAt'),
    updated_at: isoTime(state.updatedAt, 'assessment.updatedAt'),
    completed_at: state.completedAt ? isoTime(state.completedAt, 'assessment.completedAt') : null,
  };
}

export interface AnswerRow {
  assessment_id: string;
  question_id: string;
  activity_id: string;
  value_enc: string;
  recorded_at: string;
}

export function answerFromRow(row: AnswerRow, cipher: FieldCipher): AnswerLogRow {
  return {
    assessmentId: row.assessment_id,
    questionId: row.question_id,
    activityId: row.activity_id,
    value: cipher.decryptJson<unknown>(row.value_enc, contexts.answer(row.assessment_id, row.question_id, row.activity_id)),
    recordedAt: row.recorded_at,
  };
}

export function replyFromRow(row: { reply_enc: string }, conversationId: string, activityId: string, cipher: FieldCipher): StoredReply {
  return cipher.decryptJson<StoredReply>(row.reply_enc, contexts.reply(conversationId, activityId));
}

export interface ScriptRow {
  script_id: string;
  version: number;
  status: ScriptVersionRecord['status'];
  source: string;
  created_by: string;
  created_at: string;
  published_at: string | null;
}

export function scriptFromRow(row: ScriptRow): ScriptVersionRecord {
  return {
    scriptId: row.script_id,
    version: Number(row.version),
    status: row.status,
    source: row.source,
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  };
}

export interface AuditRow {
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string | null;
}

/**
 * Audit rows are append-only, so one whose detail fails validation cannot be marked in place: it
 * is returned with the detail withheld and the issues (paths and codes) in its place.
 */
export function auditFromRow(row: AuditRow): AuditEntry {
  const base = { at: row.at, actor: row.actor, action: row.action, subject: row.subject };
  if (!row.detail) return base;
  const d = decodeAuditDetail(row.action, JSON.parse(row.detail));
  return d.ok ? { ...base, detail: d.value } : { ...base, quarantined: { issues: d.issues } };
}
