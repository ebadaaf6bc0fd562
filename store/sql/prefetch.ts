/**
 * A row read ahead for the call that is about to ask for it (the conversation, read together with
 * `getReply` at the start of a turn). It is as fresh as reading it again would be:
 *
 * - it lives only until the end of this pass of the event loop (the turn asks for it a few
 *   microtasks later; anything later reads the database again),
 * - a commit of that conversation in this process forgets it (SqlStore.commitTurn), as do erasure
 *   and retention,
 * - it is used once.
 *
 * A commit by another instance in between is what optimistic concurrency is for: the turn decided
 * on the older version conflicts and is decided again on a fresh read — exactly as when that
 * commit lands just after a separate read.
 */
export class Prefetch<T> {
  private readonly rows = new Map<string, T>();
  private clearing = false;

  keep(key: string, row: T): void {
    this.rows.set(key, row);
    if (!this.clearing) {
      this.clearing = true;
      setImmediate(() => {
        this.clearing = false;
        this.rows.clear();
      });
    }
  }

  /** The row kept for `key` (then forgotten), or undefined when there is none. */
  take(key: string): T | undefined {
    if (!this.rows.has(key)) return undefined;
    const row = this.rows.get(key) as T;
    this.rows.delete(key);
    return row;
  }

  forget(key: unknown): void {
    if (typeof key === 'string') this.rows.delete(key);
  }

  clear(): void {
    this.rows.clear();
  }
}
