import type { SqlDatabase, SqlExecutor } from './executor';

/**
 * Group commit. Turns that reach their commit together share one transaction — one COMMIT, so
 * one fsync of the write-ahead log instead of one per turn — while each turn keeps its own
 * outcome: every unit of work runs inside its own SAVEPOINT, so a unit that throws (a version
 * conflict, a duplicate activity, bad input) is rolled back alone and the others still commit.
 *
 * Durability is unchanged: a caller's promise settles only once the shared COMMIT is durable
 * (`transactionUntilCommitted`'s `durable`; on SQLite an fdatasync of the WAL off the event loop).
 * What it buys: with 16 turns in flight the bot pays one fsync per batch rather than per turn, and
 * the next batch runs while this one's fsync is on the disk; a lone turn waits at most one
 * event-loop tick (setImmediate) for company.
 *
 * One batch runs its statements at a time; work arriving meanwhile forms the next batch. If the
 * shared transaction itself fails (BEGIN times out on the lock, COMMIT fails), every unit of
 * that batch is retried in a transaction of its own, so one unit can never sink the others.
 */
export type CommitUnit<T> = (tx: SqlExecutor) => Promise<T>;

interface Waiting {
  work: CommitUnit<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

export class CommitQueue {
  private waiting: Waiting[] = [];
  private busy = false;
  /** Sizes of the batches committed so far (for the benchmark and tests), capped. */
  readonly stats = { batches: 0, units: 0, largest: 0 };

  constructor(
    private readonly db: SqlDatabase,
    private readonly maxBatch = 64,
  ) {}

  /** Runs `work` in a transaction shared with whatever else is committing now; settles after COMMIT. */
  run<T>(work: CommitUnit<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.busy) {
        this.busy = true;
        // One tick lets the other turns decoded in this event-loop pass join the batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, this.maxBatch);
      await this.commitBatch(batch);
    }
    this.busy = false;
  }

  /** Returns once the batch has committed (or failed); its callers are settled when it is durable. */
  private async commitBatch(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch as [Waiting];
      this.count(1);
      try {
        const { value, durable } = await this.db.transactionUntilCommitted(only.work);
        void durable.then(() => only.resolve(value), only.reject);
      } catch (error) {
        only.reject(error);
      }
      return;
    }
    let committed: { value: Settled[]; durable: Promise<void> };
    try {
      committed = await this.db.transactionUntilCommitted(async (tx) => {
        const out: Settled[] = [];
        for (const unit of batch) out.push(await inSavepoint(tx, unit.work));
        return out;
      });
    } catch {
      // The shared transaction failed as a whole: give each unit its own chance.
      for (const unit of batch) await this.db.transaction(unit.work).then(unit.resolve, unit.reject);
      this.count(batch.length);
      return;
    }
    this.count(batch.length);
    // Even a unit that rolled back to its savepoint waits: its outcome (e.g. 'duplicate') may rest on this commit.
    void committed.durable.then(
      () =>
        batch.forEach((unit, i) => {
          const s = committed.value[i]!;
          if (s.ok) unit.resolve(s.value);
          else unit.reject(s.error);
        }),
      (error) => {
        for (const unit of batch) unit.reject(error);
      },
    );
  }

  private count(n: number): void {
    this.stats.batches++;
    this.stats.units += n;
    this.stats.largest = Math.max(this.stats.largest, n);
  }
}

/** A unit's writes are kept only if it returns; if it throws they are undone and the error is its result. */
async function inSavepoint(tx: SqlExecutor, work: CommitUnit<unknown>): Promise<Settled> {
  await tx.exec('SAVEPOINT wma_turn');
  try {
    const value = await work(tx);
    await tx.exec('RELEASE SAVEPOINT wma_turn');
    return { ok: true, value };
  } catch (error) {
    await tx.exec('ROLLBACK TO SAVEPOINT wma_turn');
    await tx.exec('RELEASE SAVEPOINT wma_turn');
    return { ok: false, error };
  }
}
