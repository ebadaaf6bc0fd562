import type { AssessmentState, EngineEvent } from '../dialogs/engine/types';

/**
 * Persistence behind one interface, implemented by SQLite (default, embedded) and PostgreSQL
 * (several bot instances). The core never sees which.
 */

/** What the bot last said for an activity, so a retried delivery gets the same reply. */
export interface StoredReply {
  /** Opaque JSON the edge knows how to resend (rendered activities). */
  payload: unknown;
}

/** Per-conversation pointer (1:1 chat with one link worker). */
export interface ConversationState {
  activeAssessmentId: string | null;
  /** The bot asked for a patient reference after a bare `start`. */
  awaitingPatientRef: boolean;
  /** Generic slot for later features (plan review, exports…) so they need no schema change. */
  extra?: Record<string, unknown>;
}

export interface Versioned<T> {
  value: T;
  version: number;
}

export interface TurnCommit {
  conversationId: string;
  activityId: string;
  conversation: { value: ConversationState; expectedVersion: number | null };
  /** Absent when the turn touched no assessment. expectedVersion null = new assessment. */
  assessment?: { value: AssessmentState; expectedVersion: number | null };
  events: EngineEvent[];
  reply: StoredReply;
}

export type CommitResult = 'committed' | 'conflict' | 'duplicate';

export interface ScriptVersionRecord {
  scriptId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  source: string;
  createdBy: string;
  createdAt: string;
  publishedAt?: string;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  /** Ids only (script id, version, assessment id, export id) — never patient text. */
  subject: string;
  detail?: Record<string, unknown>;
  /** Set instead of `detail` when the stored detail failed validation (the row itself is kept unchanged). */
  quarantined?: { issues: Array<{ path: string; code: string }> };
}

export interface AnswerLogRow {
  assessmentId: string;
  questionId: string;
  activityId: string;
  value: unknown;
  recordedAt: string;
}

/** Rows removed by retention or erasure. */
export interface DeletionCounts {
  assessments: number;
  answers: number;
  replies: number;
}

/** Rows rewritten under the current key by `reencryptAll`. */
export interface ReencryptCounts {
  conversations: number;
  assessments: number;
  /** Assessment answer/history rows (since SQL migration 2). */
  entries: number;
  answers: number;
  replies: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  init(): Promise<void>;
  close(): Promise<void>;

  getConversation(conversationId: string): Promise<Versioned<ConversationState> | null>;
  getAssessment(assessmentId: string): Promise<Versioned<AssessmentState> | null>;
  listAssessments(filter: { owner?: string; status?: AssessmentState['status'] }): Promise<AssessmentState[]>;
  getReply(conversationId: string, activityId: string): Promise<StoredReply | null>;
  /**
   * Atomically: check versions (optimistic concurrency), write the conversation and assessment,
   * append answer events to the answer log (unique per assessment, question, activity), and
   * remember the reply for this activity. 'duplicate' when the activity was already processed.
   */
  commitTurn(commit: TurnCommit): Promise<CommitResult>;
  answerLog(assessmentId: string): Promise<AnswerLogRow[]>;

  // Scripts: versioned documents; published versions are immutable.
  listScriptVersions(scriptId?: string): Promise<ScriptVersionRecord[]>;
  getScriptVersion(scriptId: string, version: number): Promise<ScriptVersionRecord | null>;
  saveScriptVersion(record: ScriptVersionRecord): Promise<void>;

  appendAudit(entry: AuditEntry): Promise<void>;
  /** Oldest first; with `limit`, the most recent `limit` entries (still oldest first). */
  listAudit(filter?: { subjectPrefix?: string; limit?: number }): Promise<AuditEntry[]>;

  // Added by the store (retention, erasure, key rotation) — see store/README.md.
  /**
   * Retention: delete completed/cancelled assessments last updated before `cutoffIso`, with their
   * answer log and stored replies (and any stored reply older than the cutoff). Audited.
   */
  purgeOlderThan(cutoffIso: string, actor: string): Promise<DeletionCounts>;
  /**
   * Right to erasure: every assessment of one person, with its answer log and replies. Accepts the
   * `patient_ref_hash` (64 hex) or the reference itself (NHS number / local ref). Audited.
   */
  erasePatient(patientRefHashOrValue: string, actor: string): Promise<DeletionCounts>;
  /** Key rotation: re-encrypt every row not yet under the current key (and refresh patient hashes). Audited. */
  reencryptAll(actor?: string): Promise<ReencryptCounts>;
}
