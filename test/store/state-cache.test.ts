import { describe, expect, it } from 'vitest';
import { StateCache } from '../../store/sql/state-cache';

/** The cache's own rules; the store contract (contract/entries.ts) covers it through real databases. */
describe('StateCache', () => {
  it('serves an entry only for the exact version and ciphertext it was made from', () => {
    const cache = new StateCache<{ n: number }>(4);
    cache.remember('a', { version: 3, ciphertext: 'wma1:k:iv1', value: { n: 1 }, meta: undefined });
    expect(cache.read('a', 3, 'wma1:k:iv1')?.value).toEqual({ n: 1 });
    expect(cache.read('a', 4, 'wma1:k:iv1')).toBeNull();
    expect(cache.read('a', 3, 'wma1:k:iv2')).toBeNull();
    expect(cache.read('b', 3, 'wma1:k:iv1')).toBeNull();
  });

  it('stays within its capacity, dropping the least recently used first', () => {
    const cache = new StateCache<number>(2);
    cache.remember('a', { version: 1, ciphertext: 'a1', value: 1, meta: undefined });
    cache.remember('b', { version: 1, ciphertext: 'b1', value: 2, meta: undefined });
    expect(cache.read('a', 1, 'a1')?.value).toBe(1); // a is now the most recent
    cache.remember('c', { version: 1, ciphertext: 'c1', value: 3, meta: undefined });
    expect(cache.size).toBe(2);
    expect(cache.read('b', 1, 'b1')).toBeNull();
    expect(cache.read('a', 1, 'a1')?.value).toBe(1);
    expect(cache.read('c', 1, 'c1')?.value).toBe(3);
  });

  it('capacity 0 turns it off', () => {
    const cache = new StateCache<number>(0);
    cache.remember('a', { version: 1, ciphertext: 'a1', value: 1, meta: undefined });
    expect(cache.size).toBe(0);
    expect(() => new StateCache<number>(-1)).toThrow(/non-negative/);
  });
});
