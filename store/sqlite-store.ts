import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { EncryptionKeys } from './crypto';
import type { SqlDatabase, SqlExecutor, SqlParam } from './sql/executor';
import { SqlStore } from './sql/sql-store';
import { syncDirectory, WalSync, type SyncHook } from './wal-sync';

export const DEFAULT_SQLITE_PATH = 'data/wma.sqlite';

export interface SqliteStoreOptions {
  /** A file path (its folder is created) or ':memory:'. Default data/wma.sqlite. */
  path?: string;
  encryptionKeys: EncryptionKeys;
  /** How long to wait for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * `full` (default): a commit is acknowledged (a reply sent) only once the write-ahead log is on
   * disk, so a reply the link worker saw survives a power cut. The sync runs off the event loop
   * (wal-sync.ts), so the next turns run while the disk works. `normal`: commits do not wait for
   * the disk at all; a turn survives a crash of the bot but may be lost with the last moments
   * before a power cut or OS crash. BENCHMARKS.md gives the measured difference. Set with
   * WMA_SQLITE_SYNCHRONOUS.
   */
  synchronous?: SqliteSynchronous;
  /** Tests only: wraps every WAL sync (see SyncHook). */
  syncHook?: SyncHook;
}

export type SqliteSynchronous = 'full' | 'normal';

/** The embedded default: one file, WAL mode so readers never block the writer. */
export class SqliteStore extends SqlStore {
  readonly path: string;

  constructor(options: SqliteStoreOptions) {
    const path = options.path ?? DEFAULT_SQLITE_PATH;
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) throw new Error('SQLite busyTimeoutMs must be a non-negative integer');
    const synchronous = options.synchronous ?? 'full';
    if (synchronous !== 'full' && synchronous !== 'normal') throw new Error('SQLite synchronous must be "full" or "normal"');
    const db = new SqliteDatabase(path, busyTimeoutMs, synchronous, options.syncHook);
    super(db, options.encryptionKeys);
    this.path = path;
    this.walSync = db.walSync;
  }

  /** The WAL syncs (null in memory or with `synchronous: 'normal'`): counts and the file they target. */
  readonly walSync: WalSync | null;
}

/**
 * Patient data (encrypted, but still special-category) must not be readable by other users of
 * the machine. SQLite creates the file with the process umask (usually 0644) and gives the WAL
 * and SHM files the main file's mode, so the file is created 0600 before SQLite opens it; an
 * existing file from an older version, and the folder, are tightened too (issue 19).
 */
function preparePrivateFile(path: string): void {
  const dir = dirname(path);
  const firstCreated = mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Folders just created are named in their parents: synced too, or a power cut could lose them.
  if (firstCreated) {
    const stop = dirname(resolve(firstCreated));
    for (let d = resolve(dir); d !== stop && d !== dirname(d); d = dirname(d)) syncDirectory(dirname(d));
  }
  // A shared folder (sticky like /tmp, or someone else's) is left alone: only our data folder.
  const st = statSync(dir);
  if ((st.mode & 0o1000) === 0 && st.uid === process.getuid?.()) tighten([dir], 0o700);
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  tighten([path]);
}

function tighten(paths: string[], mode = 0o600): void {
  for (const p of paths) if (existsSync(p)) chmodSync(p, mode);
}

/**
 * better-sqlite3 is synchronous and this is one connection, so an open transaction that awaits
 * (e.g. between statements of commitTurn) must not let another call run statements inside it.
 * Every operation therefore queues behind the one before. A transaction takes the write lock up
 * front (BEGIN IMMEDIATE), so once inside nothing waits on another writer. Waiting for that lock
 * is done asynchronously: a synchronous busy wait would freeze the event loop, and with it the
 * very transaction (in this process, on another connection) that holds the lock.
 */
const MAX_CACHED_STATEMENTS = 200;
/** Savepoint statements (group commit runs three per turn) are prepared once too; other exec text may hold several statements. */
const SAVEPOINT_SQL = /^(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT) [a-z_]+$/;

class SqliteDatabase implements SqlDatabase {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlExecutor;
  /**
   * Prepared statements by SQL text. A turn runs the same dozen statements every time; preparing
   * each once saves SQLite re-parsing and planning them (about 4 % of a turn's CPU when profiled).
   * The SQL texts are fixed strings in store/sql, so the map stays small; it is capped anyway in
   * case a caller builds statements with varying IN-list lengths.
   */
  private readonly statements = new Map<string, Database.Statement>();
  /** Full durability off the event loop; null in memory or when the operator chose `normal`. */
  private readonly wal: WalSync | null;

  constructor(
    path: string,
    private readonly busyTimeoutMs: number,
    synchronous: SqliteSynchronous,
    syncHook?: SyncHook,
  ) {
    if (path !== ':memory:') preparePrivateFile(path);
    this.db = new Database(path, { timeout: busyTimeoutMs });
    this.db.pragma('journal_mode = WAL');
    if (path !== ':memory:') tighten([`${path}-wal`, `${path}-shm`]);
    this.db.pragma(`busy_timeout = ${busyTimeoutMs}`); // for reads; writes wait in beginImmediate
    // Deleted pages are zeroed, so erased (encrypted) data does not linger in free pages either.
    this.db.pragma('secure_delete = ON');
    // Stated explicitly, never left to the build's default. NORMAL: COMMIT does not fsync the WAL;
    // with `full` (the default) WalSync does that sync itself, off the event loop, before any
    // commit is acknowledged. An existing database's WAL is open from the journal_mode pragma on;
    // a new one's is created by its first write (wal-sync.ts says how the sync finds it).
    this.db.pragma('synchronous = NORMAL');
    this.wal = path !== ':memory:' && synchronous === 'full' ? new WalSync(`${path}-wal`, syncHook) : null;
    this.direct = {
      all: async <T>(sql: string, params: SqlParam[] = []) => this.statement(sql).all(...params) as T[],
      run: async (sql: string, params: SqlParam[] = []) => this.statement(sql).run(...params).changes,
      exec: async (sql: string) => void (SAVEPOINT_SQL.test(sql) ? this.statement(sql).run() : this.db.exec(sql)),
    };
  }

  all<T>(sql: string, params?: SqlParam[]): Promise<T[]> {
    return this.serialised(() => this.direct.all<T>(sql, params));
  }

  /** Writes outside an explicit transaction still take the lock the polite (asynchronous) way. */
  run(sql: string, params?: SqlParam[]): Promise<number> {
    return this.transaction((tx) => tx.run(sql, params));
  }

  /** Statements outside a transaction commit on their own: synced like any commit before they settle. */
  async exec(sql: string): Promise<void> {
    const { durable } = await this.serialised(async () => {
      await this.direct.exec(sql);
      // Wrapped, so the serialised queue moves on before the sync finishes.
      return { durable: this.wal ? this.wal.afterCommit() : Promise.resolve() };
    });
    await durable;
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const { value, durable } = await this.transactionUntilCommitted(fn);
    await durable;
    return value;
  }

  /** The sync is started outside the serialised section, so the next transaction runs while it is on the disk. */
  transactionUntilCommitted<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<{ value: T; durable: Promise<void> }> {
    return this.serialised(async () => {
      await this.beginImmediate();
      let value: T;
      try {
        value = await fn(this.direct);
        this.statement('COMMIT').run();
      } catch (error) {
        if (this.db.inTransaction) this.statement('ROLLBACK').run();
        throw error;
      }
      // Counted right after COMMIT returned, before anything else runs: the sync covers it.
      const durable = this.wal ? this.wal.afterCommit() : Promise.resolve();
      // Nobody may be left holding an unobserved rejection if the caller only awaits the value.
      durable.catch(() => undefined);
      return { value, durable };
    });
  }

  durable(): Promise<void> {
    return this.wal ? this.wal.settled() : Promise.resolve();
  }

  get walSync(): WalSync | null {
    return this.wal;
  }

  private async beginImmediate(): Promise<void> {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      this.statement('PRAGMA busy_timeout = 0').run();
      try {
        this.statement('BEGIN IMMEDIATE').run();
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      } finally {
        this.statement(`PRAGMA busy_timeout = ${this.busyTimeoutMs}`).run();
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 50)));
    }
  }

  async lockForMigration(): Promise<void> {
    // BEGIN IMMEDIATE already holds the database's single write lock.
  }

  isConcurrencyFailure(): boolean {
    return false;
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.durable().catch(() => undefined);
    if (this.db.open) this.db.close();
    this.wal?.close();
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** After a failed sync nothing more is read or written (wal-sync.ts): unsynced data is never handed out. */
  private serialised<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.wal?.failed) throw this.wal.failed;
      return op();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
