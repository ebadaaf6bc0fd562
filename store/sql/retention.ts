import { looksLikePatientRefHash, type FieldCipher } from '../crypto';
import type { DeletionCounts } from '../types';
import { chunk, placeholders, type SqlDatabase, type SqlExecutor } from './executor';
import { isoTime, requireText, StoreInputError } from './records';
import { insertAudit } from './audit';

/**
 * Retention and erasure. Each runs in one transaction with its audit entry, so either the data
 * is gone and the audit says so, or nothing happened. Assessments are deleted first with
 * RETURNING: the engine re-checks the condition on each row it deletes, so a row a concurrent
 * turn just touched is either kept whole or deleted whole — never left without its answers.
 */

export async function purgeOlderThan(db: SqlDatabase, cutoffIso: string, actor: string): Promise<DeletionCounts> {
  const cutoff = isoTime(cutoffIso, 'cutoffIso');
  requireText(actor, 'actor');
  return db.transaction(async (tx) => {
    const ids = await tx.all<{ id: string }>("DELETE FROM assessments WHERE updated_at < ? AND status IN ('completed', 'cancelled') RETURNING id", [cutoff]);
    const counts = await deleteDependants(
      tx,
      ids.map((r) => r.id),
    );
    // Stored replies exist only so a retried delivery gets the same answer; past retention they serve no one.
    counts.replies += await tx.run('DELETE FROM processed_activities WHERE processed_at < ?', [cutoff]);
    await insertAudit(tx, {
      at: new Date().toISOString(),
      actor,
      action: 'retention.purge',
      subject: 'retention',
      detail: { cutoff, ...counts },
    });
    return counts;
  });
}

export async function erasePatient(db: SqlDatabase, cipher: FieldCipher, patientRefHashOrValue: string, actor: string): Promise<DeletionCounts> {
  const given = requireText(patientRefHashOrValue, 'patientRefHashOrValue').trim();
  requireText(actor, 'actor');
  // By value we try every key in the ring: rows written before a rotation still carry the old key's hash.
  const hashes = looksLikePatientRefHash(given) ? [given] : cipher.patientRefHashesAllKeys(given);
  if (hashes.length === 0) throw new StoreInputError('No key available to hash the patient reference');
  return db.transaction(async (tx) => {
    const ids = (await tx.all<{ id: string }>(`DELETE FROM assessments WHERE patient_ref_hash IN ${placeholders(hashes.length)} RETURNING id`, hashes)).map(
      (r) => r.id,
    );
    const counts = await deleteDependants(tx, ids);
    await insertAudit(tx, {
      at: new Date().toISOString(),
      actor,
      action: 'patient.erase',
      // Ids only: the audit outlives the data, so it must not keep anything that identifies the person.
      subject: 'erasure',
      detail: { ...counts, assessmentIds: ids.sort() },
    });
    return counts;
  });
}

async function deleteDependants(tx: SqlExecutor, assessmentIds: string[]): Promise<DeletionCounts> {
  const counts: DeletionCounts = { assessments: assessmentIds.length, answers: 0, replies: 0 };
  for (const ids of chunk(assessmentIds)) {
    counts.answers += await tx.run(`DELETE FROM answer_log WHERE assessment_id IN ${placeholders(ids.length)}`, ids);
    // The assessment's own answer/history rows are part of it (counted with the assessment).
    await tx.run(`DELETE FROM assessment_entries WHERE assessment_id IN ${placeholders(ids.length)}`, ids);
    // Through the conversations that hold them (migration 5: no index by assessment on the replies), each
    // by its primary key's prefix; every reply linked to an assessment has its pair there (commitTurn).
    counts.replies += await tx.run(
      `DELETE FROM processed_activities WHERE assessment_id IN ${placeholders(ids.length)}
       AND conversation_id IN (SELECT conversation_id FROM reply_conversations WHERE assessment_id IN ${placeholders(ids.length)})`,
      [...ids, ...ids],
    );
    await tx.run(`DELETE FROM reply_conversations WHERE assessment_id IN ${placeholders(ids.length)}`, ids);
    // Reminders about the person go with them (ids only, but they say a person was on a caseload).
    await tx.run(`DELETE FROM reminder_outbox WHERE assessment_id IN ${placeholders(ids.length)}`, ids);
  }
  return counts;
}
