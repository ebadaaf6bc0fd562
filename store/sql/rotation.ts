import type { FieldCipher } from '../crypto';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { ReencryptCounts } from '../types';
import { isQuarantined } from '../documents/quarantine';
import { insertAudit } from './audit';
import type { SqlDatabase, SqlParam } from './executor';
import { contexts } from './records';

/**
 * Key rotation: rewrite every encrypted value that is not under the current key. Rows are read
 * in pages by primary key and each update is a compare-and-swap on the old ciphertext, so a turn
 * committed meanwhile (already written with the current key) is never overwritten, and the run
 * can be interrupted and repeated safely. Versions are not bumped: the content is unchanged.
 */

interface Table {
  name: keyof ReencryptCounts;
  table: string;
  keyColumns: string[];
  encColumn: string;
  context: (row: Record<string, string>) => string;
}

const tables: Table[] = [
  {
    name: 'conversations',
    table: 'conversations',
    keyColumns: ['conversation_id'],
    encColumn: 'state_enc',
    context: (r) => contexts.conversation(r.conversation_id!),
  },
  { name: 'assessments', table: 'assessments', keyColumns: ['id'], encColumn: 'state_enc', context: (r) => contexts.assessment(r.id!) },
  {
    name: 'answers',
    table: 'answer_log',
    keyColumns: ['assessment_id', 'question_id', 'activity_id'],
    encColumn: 'value_enc',
    context: (r) => contexts.answer(r.assessment_id!, r.question_id!, r.activity_id!),
  },
  {
    name: 'entries',
    table: 'assessment_entries',
    keyColumns: ['assessment_id', 'seq'],
    encColumn: 'entry_enc',
    context: (r) => contexts.entry(r.assessment_id!, Number(r.seq)),
  },
  {
    name: 'replies',
    table: 'processed_activities',
    keyColumns: ['conversation_id', 'activity_id'],
    encColumn: 'reply_enc',
    context: (r) => contexts.reply(r.conversation_id!, r.activity_id!),
  },
];

const PAGE = 200;

export async function reencryptAll(db: SqlDatabase, cipher: FieldCipher, actor: string): Promise<ReencryptCounts> {
  const counts: ReencryptCounts = { conversations: 0, assessments: 0, entries: 0, answers: 0, replies: 0 };
  for (const t of tables) counts[t.name] = await reencryptTable(db, cipher, t);
  await insertAudit(db, {
    at: new Date().toISOString(),
    actor,
    action: 'keys.reencrypt',
    subject: 'keys',
    detail: { currentKey: cipher.currentKeyId, ...counts },
  });
  return counts;
}

async function reencryptTable(db: SqlDatabase, cipher: FieldCipher, t: Table): Promise<number> {
  const keys = t.keyColumns.join(', ');
  const tuple = (n: number) => (n === 1 ? '?' : `(${Array.from({ length: n }, () => '?').join(', ')})`);
  const extra = t.table === 'assessments' ? ', patient_ref_hash' : '';
  let after: string[] | null = null;
  let rewritten = 0;
  for (;;) {
    const where = after ? `WHERE ${t.keyColumns.length === 1 ? keys : `(${keys})`} > ${tuple(t.keyColumns.length)}` : '';
    const rows: Array<Record<string, string>> = await db.all(
      `SELECT ${keys}, ${t.encColumn}${extra} FROM ${t.table} ${where} ORDER BY ${keys} LIMIT ${PAGE}`,
      after ?? [],
    );
    for (const row of rows) if (await reencryptRow(db, cipher, t, row)) rewritten++;
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return rewritten;
    after = t.keyColumns.map((c) => last[c]!);
  }
}

async function reencryptRow(db: SqlDatabase, cipher: FieldCipher, t: Table, row: Record<string, string>): Promise<boolean> {
  const old = row[t.encColumn]!;
  const context = t.context(row);
  // Decrypt even rows already on the current key: this proves every row is readable before an old key is removed.
  const plain = cipher.decrypt(old, context);
  const set: Record<string, SqlParam> = {};
  if (cipher.keyIdOf(old) !== cipher.currentKeyId) set[t.encColumn] = cipher.encrypt(plain, context);
  if (t.table === 'assessments') {
    // A quarantined assessment keeps its original content in the envelope, patient included.
    const doc = JSON.parse(plain) as unknown;
    const state = (isQuarantined(doc) ? doc.original : doc) as Partial<AssessmentState>;
    const hash = state?.patient?.value ? cipher.patientRefHash(state.patient.value) : row.patient_ref_hash;
    if (hash && hash !== row.patient_ref_hash) set.patient_ref_hash = hash;
  }
  const columns = Object.keys(set);
  if (columns.length === 0) return false;
  const changed = await db.run(
    `UPDATE ${t.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${t.keyColumns.map((c) => `${c} = ?`).join(' AND ')} AND ${t.encColumn} = ?`,
    [...columns.map((c) => set[c]!), ...t.keyColumns.map((c) => row[c]!), old],
  );
  return changed === 1;
}
