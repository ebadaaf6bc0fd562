import { describe, expect, it } from 'vitest';
import type { Store } from '../../../store/types';
import { StoreInputError } from '../../../store/sql/records';
import { answered, assessment, KEYS_A, OWNER, turn } from '../fixtures';
import { eachFreshStore, type HarnessFactory, type StoreHarness } from './harness';

export function turnContract(makeHarness: HarnessFactory): void {
  describe('turns', () => {
    let h: StoreHarness;
    let store: Store;
    eachFreshStore(makeHarness, (fresh) => ({ h, store } = fresh));

    /** Everything a turn could have touched, to prove a refused commit changed nothing. */
    const snapshot = async (conversationId: string, assessmentId: string) => ({
      conversation: await store.getConversation(conversationId),
      assessment: await store.getAssessment(assessmentId),
      answers: await store.answerLog(assessmentId),
    });

    it('commits a new conversation and assessment, then advances both by version', async () => {
      const first = answered('as-1', 'act-1');
      expect(await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events, replyText: 'Thanks' }))).toBe('committed');

      const conv = await store.getConversation('conv-1');
      expect(conv).toEqual({ value: { activeAssessmentId: 'as-1', awaitingPatientRef: false }, version: 1 });
      expect(await store.getAssessment('as-1')).toEqual({ value: first.state, version: 1 });
      const log = await store.answerLog('as-1');
      expect(log).toEqual([
        {
          assessmentId: 'as-1',
          questionId: 'what_matters',
          activityId: 'act-1',
          value: first.state.answers.what_matters!.value,
          recordedAt: '2025-03-01T10:05:00.000Z',
        },
      ]);
      expect(await store.getReply('conv-1', 'act-1')).toEqual({ payload: { items: [{ kind: 'notice', text: 'Thanks', tone: 'info' }] } });

      const paused = { ...first.state, status: 'paused' as const, updatedAt: '2025-03-01T10:06:00.000Z' };
      expect(await store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: paused, assessmentVersion: 1 }))).toBe('committed');
      expect((await store.getConversation('conv-1'))?.version).toBe(2);
      expect(await store.getAssessment('as-1')).toEqual({ value: paused, version: 2 });
      expect(await store.getReply('conv-1', 'act-2')).toEqual({ payload: { items: [{ kind: 'notice', text: 'Reply to act-2', tone: 'info' }] } });
    });

    it('returns null for things never stored', async () => {
      expect(await store.getConversation('nope')).toBeNull();
      expect(await store.getAssessment('nope')).toBeNull();
      expect(await store.getReply('nope', 'nope')).toBeNull();
      expect(await store.answerLog('nope')).toEqual([]);
    });

    it('a stale version is a conflict and changes nothing', async () => {
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      await store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: first.state, assessmentVersion: 1 }));
      const before = await snapshot('conv-1', 'as-1');

      const late = answered('as-1', 'act-3', 'a different answer');
      // Conversation version stale.
      expect(
        await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 1, assessment: late.state, assessmentVersion: 2, events: late.events })),
      ).toBe('conflict');
      // Conversation current but assessment stale: the conversation write must roll back too.
      expect(
        await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 2, assessment: late.state, assessmentVersion: 1, events: late.events })),
      ).toBe('conflict');

      expect(await snapshot('conv-1', 'as-1')).toEqual(before);
      expect(await store.getReply('conv-1', 'act-3')).toBeNull();
      // The refused activity was not remembered as processed, so the retry can commit.
      expect(
        await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 2, assessment: late.state, assessmentVersion: 2, events: late.events })),
      ).toBe('committed');
    });

    it('the same activity twice is a duplicate: one answer row, the first reply kept', async () => {
      const first = answered('as-1', 'act-1');
      expect(await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events, replyText: 'first' }))).toBe('committed');
      const retry = turn('conv-1', 'act-1', {
        conversationVersion: 1,
        assessment: first.state,
        assessmentVersion: 1,
        events: first.events,
        replyText: 'second',
      });
      expect(await store.commitTurn(retry)).toBe('duplicate');

      expect(await store.answerLog('as-1')).toHaveLength(1);
      expect((await store.getConversation('conv-1'))?.version).toBe(1);
      expect((await store.getAssessment('as-1'))?.version).toBe(1);
      expect(await store.getReply('conv-1', 'act-1')).toEqual({ payload: { items: [{ kind: 'notice', text: 'first', tone: 'info' }] } });
    });

    it('an answer event seen again in a later turn is logged once per (assessment, question, activity)', async () => {
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      expect(
        await store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: first.state, assessmentVersion: 1, events: first.events })),
      ).toBe('committed');
      expect(await store.answerLog('as-1')).toHaveLength(1);
    });

    it('creating the same new assessment twice: the second conflicts', async () => {
      const a = assessment('as-new');
      expect(await store.commitTurn(turn('conv-1', 'act-1', { assessment: a }))).toBe('committed');
      const other = assessment('as-new', { owner: 'someone-else' });
      expect(await store.commitTurn(turn('conv-2', 'act-1', { assessment: other }))).toBe('conflict');
      expect((await store.getAssessment('as-new'))?.value.owner).toBe(OWNER);
      expect(await store.getConversation('conv-2')).toBeNull();
    });

    it('creating the same new conversation twice: the second conflicts', async () => {
      expect(await store.commitTurn(turn('conv-1', 'act-1'))).toBe('committed');
      expect(await store.commitTurn(turn('conv-1', 'act-2'))).toBe('conflict');
      expect(await store.getReply('conv-1', 'act-2')).toBeNull();
    });

    it('concurrent commits from two stores on the same version: exactly one wins each round', async () => {
      const other = await h.open(KEYS_A);
      await store.commitTurn(turn('conv-1', 'act-0', { assessment: assessment('as-1') }));
      for (let version = 1; version <= 6; version++) {
        const a = assessment('as-1', { cursor: `q-${version}-a` });
        const b = assessment('as-1', { cursor: `q-${version}-b` });
        const results = await Promise.all([
          store.commitTurn(turn('conv-1', `act-${version}-a`, { conversationVersion: version, assessment: a, assessmentVersion: version })),
          other.commitTurn(turn('conv-1', `act-${version}-b`, { conversationVersion: version, assessment: b, assessmentVersion: version })),
        ]);
        expect([...results].sort()).toEqual(['committed', 'conflict']);
        const winner = results[0] === 'committed' ? a : b;
        expect(await other.getAssessment('as-1')).toEqual({ value: winner, version: version + 1 });
      }
    });

    it('lists assessments by owner and status, oldest first', async () => {
      await store.commitTurn(turn('c1', 'a1', { assessment: assessment('as-2', { createdAt: '2025-03-02T00:00:00.000Z' }) }));
      await store.commitTurn(turn('c2', 'a1', { assessment: assessment('as-1', { createdAt: '2025-03-01T00:00:00.000Z', status: 'completed' }) }));
      await store.commitTurn(turn('c3', 'a1', { assessment: assessment('as-3', { owner: 'lw-other' }) }));
      expect((await store.listAssessments({ owner: OWNER })).map((a) => a.id)).toEqual(['as-1', 'as-2']);
      expect((await store.listAssessments({ owner: OWNER, status: 'completed' })).map((a) => a.id)).toEqual(['as-1']);
      expect((await store.listAssessments({})).map((a) => a.id).sort()).toEqual(['as-1', 'as-2', 'as-3']);
    });

    it('rejects malformed commits with a clear error and stores nothing', async () => {
      await expect(store.commitTurn(turn('', 'act-1'))).rejects.toThrow(/conversationId/);
      await expect(
        store.commitTurn({ ...turn('conv-1', 'act-1'), conversation: { value: { activeAssessmentId: null, awaitingPatientRef: false }, expectedVersion: 0 } }),
      ).rejects.toBeInstanceOf(StoreInputError);
      const bad = assessment('as-1', { updatedAt: 'yesterday' });
      await expect(store.commitTurn(turn('conv-1', 'act-1', { assessment: bad }))).rejects.toThrow(/updatedAt/);
      expect(await store.getConversation('conv-1')).toBeNull();
      expect(await store.getReply('conv-1', 'act-1')).toBeNull();
    });

    it('refuses a malformed next version of a cached assessment with the same clear error, changing nothing', async () => {
      const first = answered('as-1', 'act-1');
      await store.commitTurn(turn('conv-1', 'act-1', { assessment: first.state, events: first.events }));
      const before = await snapshot('conv-1', 'as-1');
      // The store has this version cached, so the write would take the changed-rows path.
      for (const bad of [
        { ...first.state, history: undefined },
        { ...first.state, answers: null },
      ] as unknown as (typeof first.state)[])
        await expect(store.commitTurn(turn('conv-1', 'act-2', { conversationVersion: 1, assessment: bad, assessmentVersion: 1 }))).rejects.toBeInstanceOf(
          StoreInputError,
        );
      expect(await snapshot('conv-1', 'as-1')).toEqual(before);
    });
  });
}
