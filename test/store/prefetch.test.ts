import { describe, expect, it } from 'vitest';
import { Prefetch } from '../../store/sql/prefetch';
import { SqliteStore } from '../../store/sqlite-store';
import { KEYS_A, turn } from './fixtures';

describe('the conversation row read with getReply', () => {
  it('is used once, and only within the same pass of the event loop', async () => {
    const p = new Prefetch<string | null>();
    p.keep('c1', 'row');
    p.keep('c2', null);
    expect(p.take('c1')).toBe('row');
    expect(p.take('c1')).toBeUndefined();
    expect(p.take('c2')).toBeNull(); // "no such conversation" is an answer too
    p.keep('c3', 'row');
    await new Promise((resolve) => setImmediate(resolve));
    expect(p.take('c3')).toBeUndefined();
  });

  it('gives getConversation exactly what a separate read gives, and a commit in between is never hidden', async () => {
    const store = new SqliteStore({ path: ':memory:', encryptionKeys: KEYS_A });
    await store.init();
    expect(await store.getReply('conv-1', 'act-1')).toBeNull();
    expect(await store.getConversation('conv-1')).toBeNull();
    await store.commitTurn(turn('conv-1', 'act-1'));
    const fresh = await store.getConversation('conv-1');
    expect(await store.getReply('conv-1', 'act-2')).toBeNull();
    expect(await store.getConversation('conv-1')).toEqual(fresh);
    // Read ahead, then this conversation commits before it is asked for: the new version is read.
    expect(await store.getReply('conv-1', 'act-3')).toBeNull();
    expect(await store.commitTurn(turn('conv-1', 'act-3', { conversationVersion: 1 }))).toBe('committed');
    expect((await store.getConversation('conv-1'))?.version).toBe(2);
    // A processed activity still returns its stored reply.
    expect(await store.getReply('conv-1', 'act-3')).toEqual({ payload: { items: [{ kind: 'notice', text: 'Reply to act-3', tone: 'info' }] } });
    await store.close();
  });
});
