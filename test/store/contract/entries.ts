import { describe, expect, it } from 'vitest';
import type { AssessmentState, EngineEvent } from '../../../dialogs/engine/types';
import { FieldCipher } from '../../../store/crypto';
import type { SqlStore } from '../../../store/sql/sql-store';
import type { Store } from '../../../store/types';
import { answered, assessment, KEYS_A, SECRET_PHRASE, turn } from '../fixtures';
import { eachFreshStore, type HarnessFactory, type StoreHarness } from './harness';

/**
 * Issue 22, through the real store on each engine: answers and history are appended rows (the
 * document is no longer rewritten with its whole history), documents written before SQL
 * migration 2 still load, the decrypted-state cache never serves a state another writer has
 * replaced, and turns committing together share one transaction yet keep their own outcomes.
 */
export function entryContract(makeHarness: HarnessFactory): void {
  describe('answers as appended rows, state cache, group commit', () => {
    let h: StoreHarness;
    let store: Store;
    const cipher = new FieldCipher(KEYS_A);
    eachFreshStore(makeHarness, (fresh) => ({ h, store } = fresh));

    const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
    /** `state` with one more answer recorded, as the engine records it (answers + a history line). */
    function answer(
      state: AssessmentState,
      questionId: string,
      value: string,
      activityId: string,
      minute: number,
    ): { state: AssessmentState; events: EngineEvent[] } {
      const previous = state.answers[questionId];
      return {
        state: {
          ...state,
          answers: { ...state.answers, [questionId]: { value, at: at(minute), activityId } },
          history: [...state.history, { questionId, action: previous ? 'changed' : 'answered', value, at: at(minute), activityId }],
          updatedAt: at(minute),
        },
        events: [{ type: 'answer_recorded', questionId, value, activityId, at: at(minute) }],
      };
    }
    const entryRows = async (id: string) =>
      Number((await h.rawAll<{ n: number }>('SELECT COUNT(*) AS n FROM assessment_entries WHERE assessment_id = ?', [id]))[0]!.n);
    const storedDocument = async (id: string) => {
      const [row] = await h.rawAll<{ state_enc: string; entry_count: number | null }>('SELECT state_enc, entry_count FROM assessments WHERE id = ?', [id]);
      return {
        doc: cipher.decryptJson<Record<string, unknown>>(row!.state_enc, `assessment:${id}`),
        entryCount: row!.entry_count === null ? null : Number(row!.entry_count),
      };
    };
    /** A store that has never seen the rows: proves what is on disk, not what a cache holds. */
    const fresh = () => h.open(KEYS_A);

    it('each answer turn appends one encrypted row; the stored document carries no answers or history', async () => {
      const first = answered('as-1', 'act-1');
      expect(await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }))).toBe('committed');
      // The answer and its history line, in one row (since SQL migration 4: one row per commit).
      expect(await entryRows('as-1')).toBe(1);
      let state = first.state;
      for (let i = 2; i <= 6; i++) {
        const next = answer(state, `q${i}`, `answer ${i} near ${SECRET_PHRASE}`, `act-${i}`, i);
        expect(
          await store.commitTurn(
            turn('conv-1', `act-${i}`, { conversationVersion: i - 1, assessment: next.state, assessmentVersion: i - 1, events: next.events }),
          ),
        ).toBe('committed');
        // Exactly one row more (the new answer and its history line): nothing earlier is rewritten.
        expect(await entryRows('as-1')).toBe(i);
        state = next.state;
      }
      const stored = await storedDocument('as-1');
      expect(stored.entryCount).toBe(6);
      expect(stored.doc).not.toHaveProperty('answers');
      expect(stored.doc).not.toHaveProperty('history');
      expect(stored.doc.schemaVersion).toBe(1);
      expect(await h.rawDump()).not.toContain(SECRET_PHRASE);
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: state, version: 6 });
    });

    it('a changed answer, a removed (skipped) answer and a rewritten history all read back exactly', async () => {
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      const changed = answer(first.state, 'what_matters', 'my garden', 'act-2', 2);
      expect(
        await store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: changed.state, assessmentVersion: 1, events: changed.events })),
      ).toBe('committed');
      const { what_matters: _gone, ...rest } = changed.state.answers;
      const skipped: AssessmentState = {
        ...changed.state,
        answers: rest,
        skipped: ['what_matters'],
        history: [...changed.state.history, { questionId: 'what_matters', action: 'skipped', at: at(3), activityId: 'act-3' }],
      };
      expect(await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 2, assessment: skipped, assessmentVersion: 2 }))).toBe('committed');
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: skipped, version: 3 });

      // Not an extension of what is stored (an earlier line differs): every row is rewritten, as one.
      const rewritten: AssessmentState = { ...skipped, history: [{ ...skipped.history[0]!, at: at(9) }, ...skipped.history.slice(1)] };
      expect(await store.commitTurn(turn('conv-1', 'act-4', { conversationVersion: 3, assessment: rewritten, assessmentVersion: 3 }))).toBe('committed');
      expect(await entryRows('as-1')).toBe(1);
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: rewritten, version: 4 });
    });

    it('an assessment stored whole before migration 2 loads, and becomes rows on its next write', async () => {
      const old = answered('as-old', 'act-1').state;
      await h.rawRun(
        `INSERT INTO assessments (id, version, owner, status, script_id, script_version, patient_ref_hash, created_at, updated_at, completed_at, state_enc)
         VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
        [
          old.id,
          old.owner,
          old.status,
          old.scriptId,
          old.scriptVersion,
          cipher.patientRefHash(old.patient.value),
          old.createdAt,
          old.updatedAt,
          cipher.encryptJson({ schemaVersion: 1, ...old }, `assessment:${old.id}`),
        ],
      );
      expect((await storedDocument('as-old')).entryCount).toBeNull();
      expect(await store.getAssessment('as-old')).toEqual({ value: old, version: 2 });

      const next = answer(old, 'q2', 'the allotment', 'act-2', 7);
      expect(await store.commitTurn(turn('conv-old', 'act-2', { assessment: next.state, assessmentVersion: 2, events: next.events }))).toBe('committed');
      const stored = await storedDocument('as-old');
      // Its answers and history, the new answer among them, rewritten as one row.
      expect(stored.entryCount).toBe(1);
      expect(stored.doc).not.toHaveProperty('history');
      expect(await entryRows('as-old')).toBe(1);
      expect(await (await fresh()).getAssessment('as-old')).toEqual({ value: next.state, version: 3 });
      expect(await store.listAssessments({ owner: old.owner })).toEqual([next.state]);
    });

    it('never serves a cached state another instance has replaced, and diffs only against the version it checked', async () => {
      const other = await fresh();
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      expect((await store.getAssessment('as-1'))?.version).toBe(1);

      // The other instance commits version 2 (and the conversation's version 2).
      const theirs = answer((await other.getAssessment('as-1'))!.value, 'q2', 'from the other instance', 'act-2', 2);
      expect(
        await other.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: theirs.state, assessmentVersion: 1, events: theirs.events })),
      ).toBe('committed');
      expect(await store.getAssessment('as-1')).toEqual({ value: theirs.state, version: 2 });
      expect((await store.getConversation('conv-1'))?.version).toBe(2);

      // A turn decided on the stale version 1 conflicts and changes nothing.
      const stale = answer(first.state, 'q2', 'stale', 'act-3', 3);
      expect(
        await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 2, assessment: stale.state, assessmentVersion: 1, events: stale.events })),
      ).toBe('conflict');
      // After re-reading, this instance appends onto the other's rows.
      const ours = answer(theirs.state, 'q3', 'from this instance', 'act-4', 4);
      expect(
        await store.commitTurn(turn('conv-1', 'act-4', { conversationVersion: 2, assessment: ours.state, assessmentVersion: 2, events: ours.events })),
      ).toBe('committed');
      expect(await other.getAssessment('as-1')).toEqual({ value: ours.state, version: 3 });
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: ours.state, version: 3 });
    });

    it('a cached state is handed out read-only, and is not the object the caller committed', async () => {
      const first = answered('as-1', 'act-1');
      const committed = structuredClone(first.state);
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: committed, events: first.events }));
      // Changing what was committed, afterwards, changes nothing the store serves.
      committed.answers.what_matters!.value = 'changed after the commit';
      committed.history.push({ questionId: 'x', action: 'answered', value: 'y', at: at(5), activityId: 'z' });
      const got = (await store.getAssessment('as-1'))!.value;
      expect(got).toEqual(first.state);
      // What it serves cannot be changed in place (it is shared, not copied): trying throws.
      expect(() => {
        got.answers.what_matters!.value = 'scribbled over';
      }).toThrow(TypeError);
      expect(() => got.history.push({ questionId: 'x', action: 'answered', value: 'y', at: at(5), activityId: 'z' })).toThrow(TypeError);
      expect((await store.getAssessment('as-1'))?.value).toEqual(first.state);
      // A copy is an ordinary object again, as the engine makes one before it changes anything.
      const copy = structuredClone(got);
      copy.answers.what_matters!.value = 'edited copy';
      expect(copy.answers.what_matters!.value).toBe('edited copy');
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: first.state, version: 1 });
    });

    it('an unchanged conversation keeps its ciphertext but still gets a new version; a row re-encrypted meanwhile makes the turn conflict', async () => {
      const conversationRow = async () =>
        (await h.rawAll<{ version: number; state_enc: string }>('SELECT version, state_enc FROM conversations WHERE conversation_id = ?', ['conv-1']))[0]!;
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      const v1 = await conversationRow();
      const second = answer(first.state, 'q2', 'the bowls club', 'act-2', 2);
      expect(
        await store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: second.state, assessmentVersion: 1, events: second.events })),
      ).toBe('committed');
      const v2 = await conversationRow();
      expect(Number(v2.version)).toBe(2);
      expect(v2.state_enc).toBe(v1.state_enc);
      // A stale version still conflicts, although the value is the same.
      const stale = answer(second.state, 'q3', 'stale', 'act-3', 3);
      expect(
        await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 1, assessment: stale.state, assessmentVersion: 2, events: stale.events })),
      ).toBe('conflict');
      // Re-encrypted in place, version unchanged (as key rotation does): the old ciphertext is never written back.
      const reencrypted = cipher.encryptJson(cipher.decryptJson(v2.state_enc, 'conversation:conv-1'), 'conversation:conv-1');
      await h.rawRun('UPDATE conversations SET state_enc = ? WHERE conversation_id = ?', [reencrypted, 'conv-1']);
      const third = answer(second.state, 'q3', 'the choir', 'act-4', 4);
      const commit = turn('conv-1', 'act-4', { conversationVersion: 2, assessment: third.state, assessmentVersion: 2, events: third.events });
      expect(await store.commitTurn(commit)).toBe('conflict');
      expect((await conversationRow()).state_enc).toBe(reencrypted);
      // Read again (as the turn service does after a conflict), the same turn commits.
      expect((await store.getConversation('conv-1'))?.version).toBe(2);
      expect(await store.commitTurn(commit)).toBe('committed');
      expect(await (await fresh()).getConversation('conv-1')).toEqual({ value: { activeAssessmentId: 'as-1', awaitingPatientRef: false }, version: 3 });
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: third.state, version: 3 });
    });

    it('turns committed together share a transaction, yet each keeps its own outcome', async () => {
      const sql = store as unknown as SqlStore;
      await store.commitTurn(turn('conv-0', 'act-0', { assessment: assessment('as-0') }));
      const before = sql.commits.stats.batches;
      const results = await Promise.all([
        ...Array.from({ length: 6 }, (_, i) =>
          store.commitTurn(
            turn(`conv-${i + 1}`, 'act-1', { assessment: answered(`as-${i + 1}`, 'act-1').state, events: answered(`as-${i + 1}`, 'act-1').events }),
          ),
        ),
        // A stale version and a repeated activity, in the same batch.
        store.commitTurn(turn('conv-0', 'act-9', { conversationVersion: 7, assessment: assessment('as-0', { status: 'paused' }), assessmentVersion: 1 })),
        store.commitTurn(turn('conv-0', 'act-0', { conversationVersion: 1, assessment: assessment('as-0', { status: 'paused' }), assessmentVersion: 1 })),
      ]);
      expect(results).toEqual([...Array(6).fill('committed'), 'conflict', 'duplicate']);
      // Fewer transactions than turns: they were grouped.
      expect(sql.commits.stats.batches - before).toBeLessThan(8);
      expect(sql.commits.stats.largest).toBeGreaterThan(1);
      const reader = await fresh();
      for (let i = 1; i <= 6; i++) expect((await reader.getAssessment(`as-${i}`))?.value).toEqual(answered(`as-${i}`, 'act-1').state);
      // The refused ones changed nothing.
      expect(await reader.getAssessment('as-0')).toEqual({ value: assessment('as-0'), version: 1 });
      expect(await reader.getReply('conv-0', 'act-9')).toBeNull();
    });

    it('rows written one entry each (before SQL migration 4) read back with list rows after them', async () => {
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      // Store the first turn's entries as they were before migration 4: the answer, then its line, a row each.
      const [answerEntry, lineEntry] = [{ q: 'what_matters', a: first.state.answers.what_matters }, { h: first.state.history[0] }];
      await h.rawRun('DELETE FROM assessment_entries WHERE assessment_id = ?', ['as-1']);
      for (const [seq, entry] of [answerEntry, lineEntry].entries())
        await h.rawRun('INSERT INTO assessment_entries (assessment_id, seq, entry_enc) VALUES (?, ?, ?)', [
          'as-1',
          seq + 1,
          cipher.encryptJson(entry, `entry:as-1:${seq + 1}`),
        ]);
      await h.rawRun('UPDATE assessments SET entry_count = 2 WHERE id = ?', ['as-1']);
      const reader = await fresh();
      expect(await reader.getAssessment('as-1')).toEqual({ value: first.state, version: 1 });
      const next = answer(first.state, 'q2', 'the allotment', 'act-2', 7);
      expect(
        await reader.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: next.state, assessmentVersion: 1, events: next.events })),
      ).toBe('committed');
      expect(await entryRows('as-1')).toBe(3);
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: next.state, version: 2 });
    });

    it('the plain columns follow the state, whether a turn changes them or not (narrow and full UPDATE)', async () => {
      const plain = async () =>
        (
          await h.rawAll<Record<string, unknown>>(
            'SELECT version, owner, status, script_version, patient_ref_hash, created_at, updated_at, completed_at, entry_count FROM assessments WHERE id = ?',
            ['as-1'],
          )
        )[0];
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      // Only times and rows change: the narrow UPDATE.
      const second = answer(first.state, 'q2', 'the allotment', 'act-2', 7);
      await store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: second.state, assessmentVersion: 1, events: second.events }));
      expect(await plain()).toMatchObject({ version: 2, owner: first.state.owner, status: 'active', updated_at: at(7), completed_at: null });
      // Owner, status, patient and script version change: the full UPDATE writes them all.
      const moved: AssessmentState = {
        ...answer(second.state, 'q3', 'my garden', 'act-3', 8).state,
        owner: 'lw-2',
        status: 'completed',
        completedAt: at(8),
        scriptVersion: 2,
        patient: { kind: 'local', value: 'SP-2041', masked: 'SP-****' },
      };
      expect(await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 2, assessment: moved, assessmentVersion: 2 }))).toBe('committed');
      expect(await plain()).toMatchObject({
        version: 3,
        owner: 'lw-2',
        status: 'completed',
        script_version: 2,
        patient_ref_hash: cipher.patientRefHash('SP-2041'),
        updated_at: at(8),
        completed_at: at(8),
        entry_count: 3,
      });
      expect(await (await fresh()).getAssessment('as-1')).toEqual({ value: moved, version: 3 });
      // Neither form lands on a version that is not the stored one.
      expect(await store.commitTurn(turn('conv-1', 'act-4', { conversationVersion: 3, assessment: moved, assessmentVersion: 2 }))).toBe('conflict');
      const stale = answer(first.state, 'q9', 'late', 'act-5', 9);
      expect(await store.commitTurn(turn('conv-1', 'act-5', { conversationVersion: 3, assessment: stale.state, assessmentVersion: 1 }))).toBe('conflict');
      expect((await plain())?.version).toBe(3);
    });

    it('erasure also removes the rows of an assessment', async () => {
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      expect(await entryRows('as-1')).toBe(1);
      await store.erasePatient(first.state.patient.value, 'dpo');
      expect(await entryRows('as-1')).toBe(0);
      expect(await store.getAssessment('as-1')).toBeNull();
    });
  });
}
