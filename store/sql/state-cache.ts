import type { AssessmentState } from '../../dialogs/engine/types';
import type { ConversationState } from '../types';
import { snapshot } from './snapshot';

/**
 * Decrypted, validated documents kept in memory, so a turn does not decrypt, parse and validate
 * the same conversation and assessment it committed a moment ago.
 *
 * Never stale: an entry is used only when the row read from the database in this very call still
 * has the version AND the exact ciphertext the entry was made from. Every write changes the
 * ciphertext (a fresh IV each time), so a commit by another instance, a quarantine, a key
 * rotation or a hand-edited row all miss the cache and are read in full. The cache only saves
 * the decrypt/parse/validate work; the database is always asked.
 *
 * Bounded (least recently used first out), so memory stays flat however many assessments are in
 * progress. Values are immutable snapshots (snapshot.ts): deep-frozen, so they are handed out
 * without copying and a caller cannot change what the next turn sees (trying throws); a new value
 * is taken in by sharing every part equal to the entry it replaces, so remembering one more answer
 * does not copy the whole history again.
 */
export interface CachedDocument<T, M> {
  version: number;
  ciphertext: string;
  value: T;
  /** Storage details the writer needs (e.g. how many answer rows follow the document). */
  meta: M;
}

export class StateCache<T, M = undefined> {
  private readonly entries = new Map<string, CachedDocument<T, M>>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new Error('StateCache capacity must be a non-negative integer');
  }

  /** The cached (frozen) value, only if the stored row is exactly the one it was made from. */
  read(id: string, version: number, ciphertext: string): { value: T; meta: M } | null {
    const hit = this.entries.get(id);
    if (!hit || hit.version !== version || hit.ciphertext !== ciphertext) return null;
    this.touch(id, hit);
    return { value: hit.value, meta: hit.meta };
  }

  /** What the cache knows about `id` at `version` (the writer diffs against it). */
  peek(id: string, version: number): CachedDocument<T, M> | null {
    const hit = this.entries.get(id);
    return hit && hit.version === version ? hit : null;
  }

  /**
   * Keeps `doc` and returns the frozen snapshot it keeps, which is what a reader should be handed.
   * With capacity 0 nothing is kept, but the snapshot is still returned, so readers see the same
   * kind of value either way.
   */
  remember(id: string, doc: CachedDocument<T, M>): T {
    const value = snapshot(doc.value, this.entries.get(id)?.value);
    if (this.capacity === 0) return value;
    this.touch(id, { ...doc, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  forget(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private touch(id: string, doc: CachedDocument<T, M>): void {
    this.entries.delete(id);
    this.entries.set(id, doc);
  }
}

/** `entryCount` as in `assessments.entry_count`: null for a whole document written before migration 2. */
export type AssessmentCache = StateCache<AssessmentState, { entryCount: number | null }>;
export type ConversationCache = StateCache<ConversationState, undefined>;

export interface StoreCaches {
  assessments: AssessmentCache;
  conversations: ConversationCache;
}
