import { describe, expect, it } from 'vitest';
import { migrations } from '../../../store/sql/migrations';
import { ScriptVersionImmutableError } from '../../../store/sql/scripts';
import type { ScriptVersionRecord, Store } from '../../../store/types';
import { answered, type assessment, KEYS_A, turn } from '../fixtures';
import { eachFreshStore, type HarnessFactory, type StoreHarness } from './harness';

const OLD = '2024-01-01T00:00:00.000Z';
const NEW = '2025-06-01T00:00:00.000Z';
const CUTOFF = '2025-01-01T00:00:00.000Z';

export function adminContract(makeHarness: HarnessFactory): void {
  describe('retention, erasure, audit, scripts', () => {
    let h: StoreHarness;
    let store: Store;
    eachFreshStore(makeHarness, (fresh) => ({ h, store } = fresh));

    /** One conversation per assessment, each with one answer and one reply. */
    async function seed(id: string, overrides: Parameters<typeof assessment>[1]) {
      const { state, events } = answered(id, `act-${id}`);
      expect(await store.commitTurn(turn(`conv-${id}`, `act-${id}`, { assessment: { ...state, ...overrides }, events }))).toBe('committed');
    }

    it('purges finished assessments older than the cutoff with their answers and replies, audited', async () => {
      await seed('old-done', { status: 'completed', updatedAt: OLD });
      await seed('old-cancelled', { status: 'cancelled', updatedAt: OLD });
      await seed('old-active', { status: 'active', updatedAt: OLD });
      await seed('new-done', { status: 'completed', updatedAt: NEW });

      const counts = await store.purgeOlderThan(CUTOFF, 'retention-job');
      expect(counts).toEqual({ assessments: 2, answers: 2, replies: 2 });
      expect((await store.listAssessments({})).map((a) => a.id).sort()).toEqual(['new-done', 'old-active']);
      expect(await store.answerLog('old-done')).toEqual([]);
      expect(await store.getReply('conv-old-done', 'act-old-done')).toBeNull();
      expect(await store.answerLog('old-active')).toHaveLength(1);

      const [entry] = await store.listAudit({ subjectPrefix: 'retention' });
      expect(entry).toMatchObject({ actor: 'retention-job', action: 'retention.purge', detail: { cutoff: CUTOFF, assessments: 2, answers: 2, replies: 2 } });
      await expect(store.purgeOlderThan('not a date', 'x')).rejects.toThrow(/cutoffIso/);
    });

    it('erases one person by reference (as typed) or by hash, leaving others, audited without the reference', async () => {
      await seed('p1-a', {});
      await seed('p1-b', { status: 'completed' });
      await seed('p2', { patient: { kind: 'local', value: 'SP-2041', masked: 'SP***41' } });

      const counts = await store.erasePatient('943 476 5919', 'dpo-1');
      expect(counts).toEqual({ assessments: 2, answers: 2, replies: 2 });
      expect((await store.listAssessments({})).map((a) => a.id)).toEqual(['p2']);
      expect(await store.getReply('conv-p1-a', 'act-p1-a')).toBeNull();

      const [row] = await h.rawAll<{ patient_ref_hash: string }>('SELECT patient_ref_hash FROM assessments WHERE id = ?', ['p2']);
      expect(await store.erasePatient(row!.patient_ref_hash, 'dpo-1')).toEqual({ assessments: 1, answers: 1, replies: 1 });
      expect(await store.listAssessments({})).toEqual([]);

      const audit = await store.listAudit({ subjectPrefix: 'erasure' });
      expect(audit.map((e) => e.detail?.assessmentIds)).toEqual([['p1-a', 'p1-b'], ['p2']]);
      expect(JSON.stringify(audit)).not.toMatch(/9434765919|SP-2041/);
      await expect(store.erasePatient('  ', 'dpo-1')).rejects.toThrow(/patientRefHashOrValue/);
    });

    /** p1's replies in two conversations, one of them from a turn that only points at it; p2 another person's. */
    async function seedAcrossConversations() {
      await seed('p1', {});
      const { state } = answered('p1', 'act-p1');
      expect(await store.commitTurn(turn('conv-other', 'act-2', { assessment: state, assessmentVersion: 1 }))).toBe('committed');
      const pointing = turn('conv-other', 'act-3', { conversationVersion: 1 });
      pointing.conversation.value = { activeAssessmentId: 'p1', awaitingPatientRef: false };
      expect(await store.commitTurn(pointing)).toBe('committed');
      await seed('p2', { patient: { kind: 'local', value: 'SP-2041', masked: 'SP***41' } });
    }

    async function expectP1Erased(erasing: Store) {
      expect(await erasing.erasePatient('943 476 5919', 'dpo-1')).toEqual({ assessments: 1, answers: 1, replies: 3 });
      for (const [conversation, activity] of [
        ['conv-p1', 'act-p1'],
        ['conv-other', 'act-2'],
        ['conv-other', 'act-3'],
      ] as const)
        expect(await erasing.getReply(conversation, activity)).toBeNull();
      expect(await erasing.getReply('conv-p2', 'act-p2')).not.toBeNull();
      expect(await h.rawAll('SELECT assessment_id FROM reply_conversations WHERE assessment_id = ?', ['p1'])).toEqual([]);
    }

    it("erasure finds an assessment's replies in every conversation that stored one, pointing turns included", async () => {
      await seedAcrossConversations();
      await expectP1Erased(store);
    });

    it('migration 5 finds the replies a database stored before it (no index by assessment any more)', async () => {
      await seedAcrossConversations();
      // Back to version 4's schema, with its replies and no reply_conversations rows: what an existing database holds.
      await h.rawRun('DROP TABLE reply_conversations');
      await h.rawRun('CREATE INDEX processed_by_assessment ON processed_activities (assessment_id)');
      await h.rawRun('DELETE FROM schema_migrations WHERE version = 5');
      const upgraded = await h.open(KEYS_A);
      expect(await h.rawAll('SELECT version FROM schema_migrations WHERE version = 5')).toHaveLength(1);
      expect(await h.rawAll("SELECT 1 FROM processed_activities WHERE assessment_id = 'p1'")).toHaveLength(3);
      await expectP1Erased(upgraded);
    });

    it('keeps the audit log append-only and lists it oldest first, by subject prefix and limit', async () => {
      for (const n of [1, 2, 3]) await store.appendAudit({ at: `2025-01-0${n}T00:00:00.000Z`, actor: 'a', action: 'script.publish', subject: `script:s:${n}` });
      await store.appendAudit({ at: '2025-01-04T00:00:00.000Z', actor: 'a', action: 'export', subject: 'export:e1', detail: { format: 'pdf' } });
      expect((await store.listAudit({ subjectPrefix: 'script:' })).map((e) => e.subject)).toEqual(['script:s:1', 'script:s:2', 'script:s:3']);
      expect((await store.listAudit({ limit: 2 })).map((e) => e.subject)).toEqual(['script:s:3', 'export:e1']);
      expect(await store.listAudit({ subjectPrefix: 'SCRIPT:' })).toEqual([]);
      expect((await store.listAudit()).at(-1)).toEqual({
        at: '2025-01-04T00:00:00.000Z',
        actor: 'a',
        action: 'export',
        subject: 'export:e1',
        detail: { format: 'pdf' },
      });

      await expect(h.rawRun("UPDATE audit_log SET actor = 'mallory'")).rejects.toThrow(/append-only/);
      await expect(h.rawRun('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      expect((await store.listAudit()).every((e) => e.actor === 'a')).toBe(true);
      await expect(store.appendAudit({ at: 'x', actor: 'a', action: 'b', subject: 'c' })).rejects.toThrow(/audit.at/);
    });

    it('script versions: drafts change freely, published content is frozen, published may only retire', async () => {
      const draft: ScriptVersionRecord = { scriptId: 'wm', version: 2, status: 'draft', source: 'v2 draft', createdBy: 'author', createdAt: OLD };
      await store.saveScriptVersion(draft);
      await store.saveScriptVersion({ ...draft, source: 'v2 edited' });
      await store.saveScriptVersion({ scriptId: 'a-first', version: 1, status: 'draft', source: 'x', createdBy: 'author', createdAt: OLD });
      await store.saveScriptVersion({ ...draft, version: 1, source: 'v1', status: 'published', publishedAt: NEW });
      const published = { ...draft, source: 'v2 edited', status: 'published' as const, publishedAt: NEW };
      await store.saveScriptVersion(published);

      await expect(store.saveScriptVersion({ ...published, source: 'sneaky edit' })).rejects.toBeInstanceOf(ScriptVersionImmutableError);
      await expect(store.saveScriptVersion({ ...published, status: 'draft' })).rejects.toThrow(/may only be retired/);
      await expect(store.saveScriptVersion({ ...published, status: 'retired', source: 'edit while retiring' })).rejects.toThrow(/cannot change its content/);
      await store.saveScriptVersion(published); // identical re-save (e.g. a second instance installing it) is harmless
      await store.saveScriptVersion({ ...published, status: 'retired' });
      await expect(store.saveScriptVersion({ ...published, status: 'published' })).rejects.toThrow(/retired and cannot be changed/);

      expect(await store.getScriptVersion('wm', 2)).toEqual({ ...published, status: 'retired' });
      expect(await store.getScriptVersion('wm', 9)).toBeNull();
      expect((await store.listScriptVersions()).map((r) => `${r.scriptId}@${r.version}:${r.status}`)).toEqual([
        'a-first@1:draft',
        'wm@1:published',
        'wm@2:retired',
      ]);
      expect((await store.listScriptVersions('wm')).map((r) => r.version)).toEqual([1, 2]);

      // The database itself refuses, for any writer that bypasses the store.
      await expect(h.rawRun("UPDATE script_versions SET source = 'raw edit' WHERE script_id = 'wm' AND version = 1")).rejects.toThrow(/immutable/);
      await expect(h.rawRun("DELETE FROM script_versions WHERE script_id = 'wm' AND version = 1")).rejects.toThrow(/cannot be deleted/);
      await expect(store.saveScriptVersion({ ...draft, version: 0 })).rejects.toThrow(/positive integer/);
    });

    it('migrations run once, and a second init or instance is harmless', async () => {
      await store.init();
      const second = await h.open(KEYS_A);
      expect(await second.listScriptVersions()).toEqual([]);
      const rows = await h.rawAll<{ version: number }>('SELECT version FROM schema_migrations');
      // Every step this code knows, once each (issue 21 added a step; other branches add theirs).
      expect(rows.map((r) => Number(r.version)).sort((a, b) => a - b)).toEqual(migrations.map((m) => m.version).sort((a, b) => a - b));
    });
  });
}
