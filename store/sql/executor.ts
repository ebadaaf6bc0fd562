/**
 * The small SQL surface both engines provide, so the store's logic (commit rules, retention,
 * rotation, script immutability) is written once. Statements use `?` placeholders; the
 * PostgreSQL executor renumbers them to `$1…`. Keep `?` out of SQL text otherwise.
 */
export type SqlParam = string | number | null;

export interface SqlExecutor {
  /** Rows of a SELECT (or of a statement with RETURNING). */
  all<T>(sql: string, params?: SqlParam[]): Promise<T[]>;
  /** Number of rows changed by INSERT/UPDATE/DELETE (0 when ON CONFLICT DO NOTHING skipped it). */
  run(sql: string, params?: SqlParam[]): Promise<number>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly kind: 'sqlite' | 'postgres';
  /** Everything inside `fn` commits together or not at all; any throw rolls back. Settles once the commit is durable. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * The same transaction, but settles as soon as COMMIT has returned, with `durable` settling once
   * it is on disk (group commit starts the next batch while this one syncs). Until `durable`
   * settles, nothing that depends on the commit may be acknowledged.
   */
  transactionUntilCommitted<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<{ value: T; durable: Promise<void> }>;
  /** Settles once everything committed so far is durable (immediately where COMMIT itself waits for the disk). */
  durable(): Promise<void>;
  /** Serialise schema migrations between processes starting at the same time. */
  lockForMigration(tx: SqlExecutor): Promise<void>;
  /** The engine reported a lost race (deadlock/serialisation) that a retry of the turn resolves. */
  isConcurrencyFailure(error: unknown): boolean;
  close(): Promise<void>;
}

/** Thrown inside a transaction to roll it back and hand a result (not an error) to the caller. */
export class RollbackWith<T> extends Error {
  constructor(readonly result: T) {
    super(`rolled back: ${String(result)}`);
  }
}

/** `(?, ?, ?)` for an IN list — callers chunk so no engine's parameter limit is reached. */
export function placeholders(count: number): string {
  return `(${Array.from({ length: count }, () => '?').join(', ')})`;
}

export function chunk<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
