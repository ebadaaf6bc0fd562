import { afterEach, describe, expect, it } from 'vitest';
import { readCardNonce } from '../../bot/card-nonce';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';

/**
 * Issue 19, finding 8: Teams may deliver one card submit twice, and a retry of a slow turn can
 * come with a NEW activity id, so dedupe on the activity id alone lets it be applied twice. Every
 * Action.Submit the bot sends carries its own nonce; a submit seen before (same nonce, same
 * inputs) is answered with the stored reply and changes nothing. The harness gives every
 * delivery a fresh activity id, exactly like the retry.
 */
let h: Harness;
afterEach(async () => h?.close());

type Json = Record<string, unknown>;
function submits(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => submits(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (o.type === 'Action.Submit' && o.data && typeof o.data === 'object') out.push(o.data as Json);
    Object.values(o).forEach((v) => submits(v, out));
  }
  return out;
}

describe('card submit nonce', () => {
  it('every Action.Submit in every card carries a distinct nonce', async () => {
    h = await createHarness();
    const r = await h.say('start 9434765919');
    const data = cards(r).flatMap((c) => submits(c));
    expect(data.length).toBeGreaterThan(0);
    for (const d of data) expect(d.wma_nonce).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(new Set(data.map((d) => d.wma_nonce)).size).toBe(data.length);
  });

  it('the same submit delivered twice with different activity ids is applied once', async () => {
    h = await createHarness();
    const r = await h.say('start 9434765919');
    const first = submits(cards(r)[0]).find((d) => d.wma === 'answer' || d.wma === 'command')!;
    const value = { ...first, ...(first.wma === 'answer' ? { value: first.value ?? 'yes' } : {}) };
    const [assessment] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    const before = (await h.store.getAssessment(assessment!.id))!.version;
    const a = await h.click(value);
    const afterFirst = (await h.store.getAssessment(assessment!.id))!.version;
    const b = await h.click(value);
    const afterSecond = (await h.store.getAssessment(assessment!.id))!.version;
    expect(afterFirst).toBeGreaterThan(before);
    expect(afterSecond).toBe(afterFirst);
    expect(texts(b)).toBe(texts(a));
    expect((await h.store.answerLog(assessment!.id)).length).toBeLessThanOrEqual(1);
  });

  it('the dedupe key is the nonce plus the inputs: other inputs on the same card are a new action', () => {
    const a = readCardNonce({ wma: 'answer', questionId: 'q1', value: 'yes', wma_nonce: 'n0nce-n0nce-n0nce-1' });
    const again = readCardNonce({ value: 'yes', wma_nonce: 'n0nce-n0nce-n0nce-1', questionId: 'q1', wma: 'answer' });
    const other = readCardNonce({ wma: 'answer', questionId: 'q1', value: 'no', wma_nonce: 'n0nce-n0nce-n0nce-1' });
    expect(a.key).toMatch(/^card:n0nce-n0nce-n0nce-1:/);
    expect(again.key).toBe(a.key);
    expect(other.key).not.toBe(a.key);
    expect(a.data).toEqual({ wma: 'answer', questionId: 'q1', value: 'yes' });
    // A card sent before nonces existed, or a forged nonce, falls back to the activity id.
    expect(readCardNonce({ wma: 'command', command: 'status' }).key).toBeNull();
    expect(readCardNonce({ wma: 'command', wma_nonce: 'x' }).key).toBeNull();
  });
});
