import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledScript } from '../../dialogs/script/compile';
import { replayedReply, storedReplyPayload, type ImmutableScripts } from '../../service/stored-reply';
import type { TurnReply } from '../../service/reply';
import { twoInstances, textTurn, replyQuestion } from '../reliability/support/services';

/**
 * Stored replies name their script questions instead of copying them (service/stored-reply.ts):
 * proven on real turns through the real store — the stored row holds no question, it is smaller,
 * and a replay (on this instance, and on another that never loaded the script) is the very reply
 * first sent — and on the rules that keep a reference from ever expanding to something else.
 */
describe('stored replies name their questions', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('a real turn stores its question by reference, and replays equal to what was sent, on either instance', async () => {
    const pair = await twoInstances();
    close = pair.close;
    const started = await pair.a.turns.handle(textTurn('sr-1', 'sr-start', 'start 9434765919'));
    expect(replyQuestion(started)).toBe('screen.reason');
    const first = await pair.a.turns.handle(textTurn('sr-1', 'sr-a1', 'They feel lonely since moving here'));
    expect(replyQuestion(first)).toBe('screen.knew_referred');

    // What the store keeps for that activity: the question named, not copied.
    const stored = (await pair.a.store.getReply('sr-1', 'sr-a1'))?.payload as { items: Array<Record<string, unknown>> };
    const question = stored.items.find((i) => i.kind === 'question')!;
    expect(question).not.toHaveProperty('question');
    expect(question.questionRef).toEqual({ scriptId: 'what_matters_default', version: 1, id: 'screen.knew_referred' });
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(first).length);

    // Retries: this instance, and one whose registry has not compiled the script yet.
    expect(await pair.a.turns.handle(textTurn('sr-1', 'sr-a1', 'something else'))).toEqual(first);
    expect(await pair.b.turns.handle(textTurn('sr-1', 'sr-a1', 'something else'))).toEqual(first);
  });

  const question = { id: 'q1', sectionId: 's', sectionTitle: 'S', text: 'How are you?', required: false, type: 'text' };
  const script = { byId: new Map([['q1', question]]) } as unknown as CompiledScript;
  const reply = {
    items: [{ kind: 'question', question, text: 'How are you?', position: { sectionTitle: 'S', index: 1, count: 1 }, showIntro: false }],
    position: { sectionTitle: 'S', index: 1, count: 1 },
    patient: null,
    assessmentId: 'as-1',
  } as unknown as TurnReply;
  const assessment = { scriptId: 'sc', scriptVersion: 3 } as Parameters<typeof storedReplyPayload>[1];
  const scripts = (immutable: CompiledScript | undefined): ImmutableScripts => ({
    immutable: () => immutable,
    get: async () => script,
  });

  it('names a question only when it is the very object of an immutable version the registry holds', async () => {
    const named = storedReplyPayload(reply, assessment, scripts(script)) as { items: Array<Record<string, unknown>> };
    expect(named.items[0]).toEqual({
      kind: 'question',
      text: 'How are you?',
      position: { sectionTitle: 'S', index: 1, count: 1 },
      showIntro: false,
      questionRef: { scriptId: 'sc', version: 3, id: 'q1' },
    });
    expect(await replayedReply(named, scripts(script))).toEqual(reply);
    // A draft (the registry holds no immutable copy), an equal copy rather than the object, no assessment: stored whole.
    expect(storedReplyPayload(reply, assessment, scripts(undefined))).toBe(reply);
    const copy = { byId: new Map([['q1', { ...question }]]) } as unknown as CompiledScript;
    expect(storedReplyPayload(reply, assessment, scripts(copy))).toEqual(reply);
    expect(storedReplyPayload(reply, null, scripts(script))).toBe(reply);
  });

  it('replays replies stored whole as they are, and refuses a reference its version lacks', async () => {
    expect(await replayedReply(reply, scripts(script))).toBe(reply);
    const named = storedReplyPayload(reply, assessment, scripts(script));
    const empty = { byId: new Map() } as unknown as CompiledScript;
    await expect(replayedReply(named, { immutable: () => undefined, get: async () => empty })).rejects.toThrow(/lacks/);
  });
});
