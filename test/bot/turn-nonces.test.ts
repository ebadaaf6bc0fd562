import { describe, expect, it } from 'vitest';
import { readCardNonce, turnNonces } from '../../bot/card-nonce';

describe('turn nonces: one digest per reply', () => {
  it('are the same again for the same turn, differ per action and per turn, and are accepted back as card nonces', () => {
    const take = (key: string, activity: string, n: number) => {
      const next = turnNonces(key, activity);
      return Array.from({ length: n }, () => next());
    };
    const first = take('c1:abc', 'act-1', 40);
    expect(take('c1:abc', 'act-1', 40)).toEqual(first);
    const all = [...first, ...take('c1:abc', 'act-2', 40), ...take('c1:abd', 'act-1', 40)];
    expect(new Set(all).size).toBe(all.length);
    for (const nonce of all) expect(readCardNonce({ wma: 'answer', questionId: 'q1', value: 'yes', wma_nonce: nonce }).key).not.toBeNull();
  });
});
