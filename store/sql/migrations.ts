import type { SqlDatabase } from './executor';

/**
 * Versioned schema, applied in order at init() by both engines. Each step states the same logical
 * change twice because DDL differs (identity columns, trigger syntax); queries elsewhere are shared.
 * Never edit a released step — add a new one.
 *
 * Encrypted columns end in `_enc` (crypto.ts format). Plain columns hold ids, status, times and
 * the keyed patient hash only — what queries, reports and erasure need without decrypting.
 * Times are ISO-8601 UTC strings (`toISOString()`), so text comparison orders them correctly.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const coreTables = (serial: string) => `
CREATE TABLE conversations (
  conversation_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  state_enc TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  owner TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed', 'cancelled')),
  script_id TEXT NOT NULL,
  script_version INTEGER NOT NULL,
  patient_ref_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT,
  state_enc TEXT NOT NULL
);
CREATE INDEX assessments_by_owner ON assessments (owner, status);
CREATE INDEX assessments_by_patient ON assessments (patient_ref_hash);
CREATE INDEX assessments_by_age ON assessments (status, updated_at);
CREATE TABLE answer_log (
  seq ${serial},
  assessment_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  value_enc TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CONSTRAINT answer_log_once UNIQUE (assessment_id, question_id, activity_id)
);
CREATE TABLE processed_activities (
  conversation_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  assessment_id TEXT,
  reply_enc TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  CONSTRAINT processed_activities_once PRIMARY KEY (conversation_id, activity_id)
);
CREATE INDEX processed_by_assessment ON processed_activities (assessment_id);
CREATE INDEX processed_by_age ON processed_activities (processed_at);
CREATE TABLE script_versions (
  script_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  source TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  published_at TEXT,
  PRIMARY KEY (script_id, version)
);
CREATE TABLE audit_log (
  seq ${serial},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX audit_by_subject ON audit_log (subject);
`;

/** Only published→retired may change a non-draft row, and never its content. */
const SCRIPT_CHANGE_FORBIDDEN = `OLD.status <> 'draft' AND NOT (OLD.status = 'published' AND NEW.status = 'retired'
  AND NEW.source = OLD.source AND NEW.script_id = OLD.script_id AND NEW.version = OLD.version)`;

const ENTRY_ROWS = `
ALTER TABLE assessments ADD COLUMN entry_count INTEGER;
CREATE TABLE assessment_entries (
  assessment_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entry_enc TEXT NOT NULL,
  CONSTRAINT assessment_entries_once PRIMARY KEY (assessment_id, seq)
);
`;

/** A format step only (see migration 4): a comment is a valid, empty script on both engines. */
const ENTRY_LIST_ROWS = '-- assessment_entries.entry_enc: one entry, or since version 4 a list of them';

/**
 * Reminders (issue 21, points 2–3). Same DDL on both engines. `conversation_refs`: where each link
 * worker can be messaged proactively (Bot Framework ids and service URL, no patient data).
 * `reminder_outbox`: one row per due event, keyed by its dedupe key, holding ids only (the text is
 * composed at send time from the assessment, so nothing here identifies a person). A row is
 * claimed with a lease (`claimed_by`, `claimed_until`) so one instance sends it; `done_at` is set
 * only after the send succeeded.
 */
const reminderTables = `
CREATE TABLE conversation_refs (
  user_id TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE reminder_outbox (
  dedupe_key TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  assessment_id TEXT NOT NULL,
  subject TEXT,
  due_date TEXT NOT NULL,
  send_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_by TEXT,
  claimed_until TEXT,
  done_at TEXT,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('sent', 'skipped', 'failed')),
  last_error TEXT
);
CREATE INDEX reminder_outbox_pending ON reminder_outbox (done_at, send_at);
CREATE INDEX reminder_outbox_by_assessment ON reminder_outbox (assessment_id);
`;

/**
 * Issue 22 (s22h): where an assessment's stored replies are, without an index on the replies keyed
 * by assessment. `processed_by_assessment` gave every turn one more B-tree leaf to rewrite at commit
 * (each turn of each assessment in progress lands on its own leaf: ~1.1 of ~5.5 WAL pages a turn,
 * BENCHMARKS.md). Erasure and retention only need "the replies of these assessments"; this table
 * names the conversations that hold them, and the replies are then found through their primary key
 * (conversation_id, activity_id), filtered by assessment. A turn inserts its (assessment,
 * conversation) pair `ON CONFLICT DO NOTHING`: after an assessment's first turn in a conversation
 * that finds the row and writes nothing. Ids only, like the rows it points at.
 *
 * The step fills the table from the replies already stored, so none becomes unfindable.
 */
const replyConversations = (withoutRowid: string) => `
CREATE TABLE reply_conversations (
  assessment_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  CONSTRAINT reply_conversations_once PRIMARY KEY (assessment_id, conversation_id)
)${withoutRowid};
INSERT INTO reply_conversations (assessment_id, conversation_id)
  SELECT DISTINCT assessment_id, conversation_id FROM processed_activities WHERE assessment_id IS NOT NULL;
DROP INDEX processed_by_assessment;
`;

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sqlite: `${coreTables('INTEGER PRIMARY KEY AUTOINCREMENT')}
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted'); END;
CREATE TRIGGER script_versions_immutable BEFORE UPDATE ON script_versions WHEN ${SCRIPT_CHANGE_FORBIDDEN}
BEGIN SELECT RAISE(ABORT, 'published script versions are immutable (only published -> retired is allowed)'); END;
CREATE TRIGGER script_versions_keep_published BEFORE DELETE ON script_versions WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'published script versions cannot be deleted'); END;
`,
    postgres: `${coreTables('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY')}
CREATE FUNCTION wma_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN RAISE EXCEPTION 'audit_log is append-only: entries cannot be changed or deleted'; END $fn$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION wma_audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION wma_audit_log_append_only();
CREATE FUNCTION wma_script_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'published script versions cannot be deleted';
  END IF;
  IF TG_OP = 'UPDATE' AND ${SCRIPT_CHANGE_FORBIDDEN} THEN
    RAISE EXCEPTION 'published script versions are immutable (only published -> retired is allowed)';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $fn$;
CREATE TRIGGER script_versions_immutable BEFORE UPDATE OR DELETE ON script_versions
  FOR EACH ROW EXECUTE FUNCTION wma_script_versions_immutable();
`,
  },
  {
    // Answers and history as appended rows (store/sql/assessment-layout.ts). Rows written before
    // this step keep their whole document (entry_count NULL) and are converted on their next write.
    version: 2,
    name: 'assessment answers and history as appended rows',
    sqlite: ENTRY_ROWS,
    postgres: ENTRY_ROWS,
  },
  { version: 3, name: 'reminders: conversation references and outbox', sqlite: reminderTables, postgres: reminderTables },
  {
    // No DDL: from here an assessment_entries row may hold a list of entries (one row per commit,
    // store/sql/assessment-layout.ts `rowsOf`). Code from before this step would misread such a
    // row, and the step makes it refuse the database instead ("newer than this code knows").
    version: 4,
    name: 'assessment entry rows may hold a list of entries',
    sqlite: ENTRY_LIST_ROWS,
    postgres: ENTRY_LIST_ROWS,
  },
  {
    version: 5,
    name: 'replies found through their conversations (reply_conversations), not an index by assessment',
    // Two short ids a row, looked up by their whole key: no rowid and no second B-tree needed.
    sqlite: replyConversations(' WITHOUT ROWID'),
    postgres: replyConversations(''),
  },
];

/** Apply every step the database has not seen, inside one locked transaction. */
export async function migrate(db: SqlDatabase, steps: Migration[] = migrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    await db.lockForMigration(tx);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const newest = Math.max(0, ...steps.map((s) => s.version));
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length > 0)
      throw new Error(`Database schema is at version ${Math.max(...ahead)}, newer than this code knows (${newest}); refusing to run against it`);
    const applied: number[] = [];
    for (const step of [...steps].sort((a, b) => a.version - b.version)) {
      if (done.has(step.version)) continue;
      await tx.exec(db.kind === 'sqlite' ? step.sqlite : step.postgres);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [step.version, step.name, new Date().toISOString()]);
      applied.push(step.version);
    }
    return applied;
  });
}
