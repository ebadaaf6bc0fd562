import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentState } from '../../../dialogs/engine/types';
import { FieldCipher } from '../../../store/crypto';
import { NewerDocumentError, QuarantinedDocumentError } from '../../../store/documents/quarantine';
import { StoreInputError } from '../../../store/sql/records';
import type { ConversationState, Store } from '../../../store/types';
import { KEYS_A, SECRET_PHRASE, turn } from '../fixtures';
import { eachFreshStore, type HarnessFactory, type StoreHarness } from './harness';

const v0 = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/v0/${name}`, import.meta.url), 'utf8')) as T;

/**
 * Stored documents through the real store: a row exactly as the previous release wrote it is
 * read, migrated and written back at the current version; a row that fails validation is
 * quarantined — kept, marked, reported, never used.
 */
export function documentContract(makeHarness: HarnessFactory): void {
  describe('versioned documents', () => {
    let h: StoreHarness;
    let store: Store;
    const cipher = new FieldCipher(KEYS_A);
    eachFreshStore(makeHarness, (fresh) => ({ h, store } = fresh));

    /** Writes a row the way the code before schema versions did: the state JSON as it was, encrypted. */
    const writeRawAssessment = (doc: Record<string, unknown>, a: AssessmentState) =>
      h.rawRun(
        `INSERT INTO assessments (id, version, owner, status, script_id, script_version, patient_ref_hash, created_at, updated_at, completed_at, state_enc)
         VALUES (?, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          a.id,
          a.owner,
          a.status,
          a.scriptId,
          a.scriptVersion,
          cipher.patientRefHash(a.patient.value),
          a.createdAt,
          a.updatedAt,
          a.completedAt ?? null,
          cipher.encryptJson(doc, `assessment:${a.id}`),
        ],
      );
    const writeRawConversation = (id: string, doc: unknown) =>
      h.rawRun('INSERT INTO conversations (conversation_id, version, state_enc, updated_at) VALUES (?, 2, ?, ?)', [
        id,
        cipher.encryptJson(doc, `conversation:${id}`),
        '2026-01-01T00:00:00.000Z',
      ]);
    const rawAssessment = async (id: string) => {
      const [row] = await h.rawAll<{ version: number; state_enc: string }>('SELECT version, state_enc FROM assessments WHERE id = ?', [id]);
      return { version: Number(row!.version), doc: cipher.decryptJson<Record<string, unknown>>(row!.state_enc, `assessment:${id}`) };
    };

    it('loads an assessment and a conversation as the previous release stored them, and writes them back at the current version', async () => {
      const old = v0<AssessmentState>('assessment-completed-with-features.json');
      await writeRawAssessment(old as unknown as Record<string, unknown>, old);
      await writeRawConversation('conv-old', { ...v0<ConversationState>('conversation.json'), activeAssessmentId: old.id });
      const loaded = await store.getAssessment(old.id);
      expect(loaded).toEqual({ value: old, version: 3 });
      const conv = await store.getConversation('conv-old');
      expect(conv?.value.extra?.checkins).toHaveLength(1);
      expect(await store.listAssessments({ owner: old.owner })).toEqual([old]);

      const next = { ...old, updatedAt: '2026-12-02T10:00:00.000Z' };
      expect(await store.commitTurn({ ...turn('conv-old', 'act-new', { assessment: next, assessmentVersion: 3, conversationVersion: 2 }) })).toBe('committed');
      const written = await rawAssessment(old.id);
      expect(written.doc.schemaVersion).toBe(1);
      expect((written.doc.features as Record<string, { schemaVersion: number }>).plan!.schemaVersion).toBe(1);
      expect((await store.getAssessment(old.id))?.value).toEqual(next);
    });

    it('quarantines an assessment that fails validation: kept, marked, audited without patient text, never returned', async () => {
      const old = v0<AssessmentState>('assessment-review-in-progress.json');
      const damaged = { ...old, answers: { ...old.answers, what_matters: { value: { said: SECRET_PHRASE }, at: old.createdAt, activityId: 'a-1' } } };
      await writeRawAssessment(damaged, old);
      await expect(store.getAssessment(old.id)).rejects.toBeInstanceOf(QuarantinedDocumentError);
      // Reading again (or from a list) neither uses it nor reports it twice.
      await expect(store.getAssessment(old.id)).rejects.toThrow(/quarantined: answers\.what_matters\.value: invalid_union/);
      expect(await store.listAssessments({ owner: old.owner })).toEqual([]);

      const kept = await rawAssessment(old.id);
      expect(kept.version).toBe(4);
      expect(kept.doc.original).toEqual(damaged);
      expect(kept.doc.quarantined).toMatchObject({
        kind: 'assessment',
        storedVersion: 0,
        issues: [{ path: 'answers.what_matters.value', code: 'invalid_union' }],
      });

      const audit = await store.listAudit({ subjectPrefix: 'quarantine:' });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: 'system', action: 'document.quarantined', subject: `quarantine:assessment:${old.id}` });
      expect(JSON.stringify(audit)).not.toContain(SECRET_PHRASE);
      expect(await h.rawDump()).not.toContain(SECRET_PHRASE);

      // Still the person's record: erasure finds and removes it.
      expect((await store.erasePatient(old.patient.value, 'dpo')).assessments).toBe(1);
    });

    it('a damaged conversation is copied aside and starts again empty, so the link worker can carry on', async () => {
      await writeRawConversation('conv-bad', { activeAssessmentId: 42, awaitingPatientRef: 'no', extra: { note: SECRET_PHRASE } });
      const fresh = await store.getConversation('conv-bad');
      expect(fresh).toEqual({ value: { activeAssessmentId: null, awaitingPatientRef: false }, version: 3 });
      const aside = await h.rawAll<{ conversation_id: string; state_enc: string }>(
        'SELECT conversation_id, state_enc FROM conversations WHERE conversation_id = ?',
        ['quarantined:conv-bad:v2'],
      );
      expect(cipher.decryptJson<{ original: unknown }>(aside[0]!.state_enc, 'conversation:quarantined:conv-bad:v2').original).toEqual({
        activeAssessmentId: 42,
        awaitingPatientRef: 'no',
        extra: { note: SECRET_PHRASE },
      });
      const audit = await store.listAudit({ subjectPrefix: 'quarantine:conversation:' });
      expect(audit.map((e) => e.detail?.kind)).toEqual(['conversation']);
      expect(JSON.stringify(audit)).not.toContain(SECRET_PHRASE);
      expect(await store.commitTurn(turn('conv-bad', 'act-1', { conversationVersion: 3 }))).toBe('committed');
    });

    it('leaves a document from a newer release exactly as it is', async () => {
      const old = v0<AssessmentState>('assessment-review-in-progress.json');
      await writeRawAssessment({ ...old, schemaVersion: 99 }, old);
      await expect(store.getAssessment(old.id)).rejects.toBeInstanceOf(NewerDocumentError);
      expect((await rawAssessment(old.id)).doc.schemaVersion).toBe(99);
      expect(await store.listAudit({ subjectPrefix: 'quarantine:' })).toEqual([]);
    });

    it('refuses to write an invalid document with the failing path, and stores nothing', async () => {
      const old = v0<AssessmentState>('assessment-review-in-progress.json');
      const bad = { ...old, features: { review: { kind: 'annual' } } } as AssessmentState;
      await expect(store.commitTurn(turn('conv-1', 'act-1', { assessment: bad }))).rejects.toThrow(StoreInputError);
      await expect(store.commitTurn(turn('conv-1', 'act-1', { assessment: bad }))).rejects.toThrow(/features\.review\.kind/);
      expect(await store.getConversation('conv-1')).toBeNull();
      await expect(store.appendAudit({ at: old.createdAt, actor: 'a', action: 'export.created', subject: 'export:x', detail: { format: 3 } })).rejects.toThrow(
        /assessmentId/,
      );
    });

    it('an audit entry whose stored detail fails validation is listed with the detail withheld and the issues in its place', async () => {
      await h.rawRun('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)', [
        '2026-01-01T00:00:00.000Z',
        'a',
        'export.created',
        'export:e9',
        JSON.stringify({ format: 'pdf' }),
      ]);
      const [entry] = await store.listAudit({ subjectPrefix: 'export:e9' });
      expect(entry).toEqual({
        at: '2026-01-01T00:00:00.000Z',
        actor: 'a',
        action: 'export.created',
        subject: 'export:e9',
        quarantined: { issues: expect.arrayContaining([{ path: 'assessmentId', code: 'invalid_type' }]) },
      });
    });
  });
}
