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

export interface Store extends ReminderStore {
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

// Reminders (issue 21): where to reach each link worker, and an outbox with at-least-once sending.

/** A link worker's Bot Framework conversation reference (ids and service URL — no patient data). */
export interface ConversationRefRecord {
  userId: string;
  reference: Record<string, unknown>;
  updatedAt: string;
}

/** One due reminder. Ids only: the text is composed when it is sent, from the assessment. */
export interface OutboxItem {
  /** Stable dedupe key (kind + assessment + subject + due date): the same event is enqueued once. */
  key: string;
  userId: string;
  kind: string;
  assessmentId: string;
  /** What within the assessment it is about, e.g. `referral:svc-12` (ids only); null for the whole. */
  subject: string | null;
  /** The local date the event falls on (YYYY-MM-DD, Europe/London). */
  dueDate: string;
  /** When it may be sent (ISO UTC). */
  sendAt: string;
}

export interface OutboxRow extends OutboxItem {
  attempts: number;
  claimedBy: string | null;
  claimedUntil: string | null;
  doneAt: string | null;
  outcome: 'sent' | 'skipped' | 'failed' | null;
  /** An error class or code only, never message text. */
  lastError: string | null;
}

export interface ReminderStore {
  /** Upsert: the latest reference for this user wins (an older `at` never overwrites a newer one). */
  saveConversationRef(record: ConversationRefRecord): Promise<void>;
  getConversationRef(userId: string): Promise<ConversationRefRecord | null>;
  /** Inserts the items whose key is new; returns how many were new. Known keys (even sent ones) change nothing. */
  enqueueOutbox(items: OutboxItem[], now: string): Promise<number>;
  /**
   * Claims up to `limit` rows that are due (`sendAt <= now`), not done, and unclaimed or whose
   * claim has expired, for `leaseMs`. Each row is claimed by one conditional UPDATE, so of several
   * instances claiming at once exactly one gets each row.
   */
  claimOutbox(options: { now: string; owner: string; leaseMs: number; limit: number }): Promise<OutboxRow[]>;
  /** Marks a claimed row done (after the send succeeded, or when there is nothing to send). False if the claim was lost. */
  completeOutbox(key: string, owner: string, now: string, outcome: 'sent' | 'skipped' | 'failed'): Promise<boolean>;
  /** Gives a claimed row back after a failed send; it may be claimed again from `retryAt`. */
  releaseOutbox(key: string, owner: string, retryAt: string, error: string): Promise<void>;
  listOutbox(filter?: { userId?: string; assessmentId?: string }): Promise<OutboxRow[]>;
}
