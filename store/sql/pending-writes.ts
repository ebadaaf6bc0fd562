/**
 * Turns whose commit is not yet known to be durable, by what they wrote (`conversation:<id>`,
 * `assessment:<id>`). On SQLite a COMMIT is visible to the next read on the same connection before
 * its sync has reached the disk (wal-sync.ts), so a read that could hand such data straight to a
 * person — a replayed reply, an export of the assessment — first waits for the turns that wrote
 * it. Only those turns: a read of something else is not held up by unrelated syncs, which keeps
 * the turn path free (its own reads never wait — each conversation's turns run one after another,
 * after the previous one's commit settled — and whatever it reads is covered by its own commit's
 * sync anyway, since that sync flushes everything written before it).
 */
export class PendingWrites {
  private readonly byKey = new Map<string, Promise<void>>();

  /** `settles` settles (either way) once the write is durable or known to have failed. */
  track(keys: string[], settles: Promise<unknown>): void {
    for (const key of keys) {
      const before = this.byKey.get(key);
      const done = (before ? Promise.all([before, settles]) : settles).then(noop, noop);
      this.byKey.set(key, done);
      void done.then(() => {
        if (this.byKey.get(key) === done) this.byKey.delete(key);
      });
    }
  }

  /** Settles once every tracked write of `key` has; null when there is none (no await needed). */
  waitFor(key: string): Promise<void> | null {
    return this.byKey.get(key) ?? null;
  }

  get size(): number {
    return this.byKey.size;
  }
}

const noop = () => undefined;

export const pendingKeys = {
  conversation: (id: string) => `conversation:${id}`,
  assessment: (id: string) => `assessment:${id}`,
};
