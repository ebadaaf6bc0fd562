import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../bot/render';
import { createLogger } from '../../service/logger';
import { ScriptRegistry } from '../../service/script-registry';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import { createHarness, TEST_KEYRING, texts, type Harness } from '../helpers/bot-harness';

/**
 * Issue 19, finding 7: (a) a refusal to another link worker ended with the owner's masked
 * reference; (b) whoever first posted into a conversation id owned it for good, locking out the
 * link worker whose chat it really is. Conversations are now bound to the Teams tenant, the
 * conversation id and the signed-in user, so nobody else's messages can touch or block them.
 */
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const NHS = '9434765919';
const OWNER = { id: 'user-1', name: 'Link Worker', aadObjectId: 'aad-lw-1' };
const OTHER = { id: 'user-2', name: 'Other', aadObjectId: 'aad-lw-2' };

async function post(
  harness: Harness,
  from: typeof OWNER,
  text: string,
  conversation: Record<string, unknown> = { id: 'a:chat-1', conversationType: 'personal', tenantId: 'tenant-a' },
) {
  await harness.adapter.receiveActivity({ type: 'message', id: randomUUID(), from, conversation, text } as unknown as Activity);
  const replies: Array<Partial<Activity>> = [];
  for (let r = harness.adapter.getNextReply(); r; r = harness.adapter.getNextReply()) replies.push(r);
  return texts(replies);
}

describe('refusals to another link worker', () => {
  it('never include the owner’s masked reference (turn service, same conversation key)', async () => {
    const store = createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING });
    await store.init();
    const scripts = new ScriptRegistry(store);
    await scripts.ensureDefaultPublished('2026-11-25T09:00:00.000Z');
    const turns = new TurnService({ store, scripts, logger: createLogger('silent'), scriptId: 'what_matters_default', newId: randomUUID });
    const start = await turns.handle({ conversationId: 'shared', userId: 'aad-lw-1', activityId: 'a1', input: { kind: 'text', text: `start ${NHS}` } });
    expect(start.patient).toBe('*** *** 5919');
    for (const text of ['answers', 'status', 'back', '3']) {
      const refusal = await turns.handle({ conversationId: 'shared', userId: 'aad-lw-2', activityId: `b-${text}`, input: { kind: 'text', text } });
      const shown = renderReply(refusal)
        .map((a) => a.text ?? '')
        .join('\n');
      expect(shown).toMatch(/belongs to another link worker/);
      expect(shown).not.toMatch(/5919/);
      expect(refusal.patient).toBeNull();
      expect(refusal.assessmentId).toBeNull();
    }
    await store.close();
  });
});

describe('conversation ownership', () => {
  it('someone posting first into a conversation id does not lock out the link worker it belongs to', async () => {
    h = await createHarness();
    expect(await post(h, OTHER, 'start SP-2041')).toMatch(/SP-2041|\*\*/);
    const owner = await post(h, OWNER, `start ${NHS}`);
    expect(owner).not.toMatch(/belongs to another link worker/);
    expect(owner).toMatch(/5919/);
    // …and neither sees the other's assessment.
    expect(await post(h, OTHER, 'answers')).not.toMatch(/5919/);
    expect(await post(h, OWNER, 'status')).toMatch(/5919/);
  });

  it('the same conversation id in another tenant is a different conversation', async () => {
    h = await createHarness();
    await post(h, OWNER, `start ${NHS}`, { id: 'a:chat-1', conversationType: 'personal', tenantId: 'tenant-a' });
    const elsewhere = await post(h, OWNER, 'status', { id: 'a:chat-1', conversationType: 'personal', tenantId: 'tenant-b' });
    expect(elsewhere).not.toMatch(/5919/);
    expect(elsewhere).toMatch(/no assessment in progress/i);
  });
});
