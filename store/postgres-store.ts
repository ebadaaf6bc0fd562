import { createRequire } from 'node:module';
import type pgTypes from 'pg';

// pg is loaded only when PostgreSQL is configured; the embedded default never pays for it.
const requirePg = (): typeof pgTypes => createRequire(import.meta.url)('pg') as typeof pgTypes;
import type { EncryptionKeys } from './crypto';
import type { SqlDatabase, SqlExecutor, SqlParam } from './sql/executor';
import { SqlStore } from './sql/sql-store';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  encryptionKeys: EncryptionKeys;
  /** Tables live in this schema (created at init). Default: the role's search_path (usually public). */
  schema?: string;
  /** Connections per instance. */
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** For several bot instances sharing one database. Same schema and rules as SQLite (sql/). */
export class PostgresStore extends SqlStore {
  private readonly schema: string | undefined;
  private readonly database: PostgresDatabase;

  constructor(options: PostgresStoreOptions) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
      throw new Error(`PostgreSQL schema name "${options.schema}" must be lower-case letters, digits and "_" (max 63)`);
    const database = new PostgresDatabase(options.connectionString, options.schema, options.poolSize ?? 10);
    super(database, options.encryptionKeys);
    this.schema = options.schema;
    this.database = database;
  }

  protected override async prepare(): Promise<void> {
    if (!this.schema) return;
    try {
      await this.database.exec(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    } catch (error) {
      // Two instances creating it at the same moment: IF NOT EXISTS is not race-free in PostgreSQL.
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P06') throw error;
    }
  }
}

/**
 * Transactions run at READ COMMITTED on one pooled client. That is enough for correctness here
 * because every write that matters is conditional (`UPDATE … WHERE version = $n`, INSERT … ON
 * CONFLICT DO NOTHING): a second writer blocks on the row lock, then re-checks the condition
 * against the committed row and changes nothing — the caller sees 'conflict' or 'duplicate'.
 */
class PostgresDatabase implements SqlDatabase {
  readonly kind = 'postgres' as const;
  private readonly pool: pgTypes.Pool;

  constructor(connectionString: string, schema: string | undefined, max: number) {
    this.pool = new (requirePg().Pool)({
      connectionString,
      max,
      // Set per connection, so every query (and the migration's CREATE FUNCTION) lands in the schema.
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  all<T>(sql: string, params?: SqlParam[]): Promise<T[]> {
    return queryRows<T>(this.pool, sql, params);
  }

  run(sql: string, params?: SqlParam[]): Promise<number> {
    return runCount(this.pool, sql, params);
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: SqlExecutor = {
      all: <R>(sql: string, params?: SqlParam[]) => queryRows<R>(client, sql, params),
      run: (sql, params) => runCount(client, sql, params),
      exec: async (sql) => void (await client.query(sql)),
    };
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      // A client whose rollback failed is in an unknown state: discard it rather than reuse it.
      client.release(broken);
    }
  }

  /** PostgreSQL's COMMIT returns only once the commit is durable (synchronous_commit), so there is nothing to wait for. */
  async transactionUntilCommitted<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<{ value: T; durable: Promise<void> }> {
    return { value: await this.transaction(fn), durable: Promise.resolve() };
  }

  durable(): Promise<void> {
    return Promise.resolve();
  }

  async lockForMigration(tx: SqlExecutor): Promise<void> {
    // Two instances starting together must not both run the same migration; held until commit.
    await tx.all("SELECT pg_advisory_xact_lock(hashtext('wma:migrations:' || current_schema()))");
  }

  isConcurrencyFailure(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    // serialization_failure, deadlock_detected
    return code === '40001' || code === '40P01';
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function queryRows<T>(client: pgTypes.Pool | pgTypes.PoolClient, sql: string, params?: SqlParam[]): Promise<T[]> {
  return (await client.query({ ...statement(sql), values: params ?? [] })).rows as T[];
}

async function runCount(client: pgTypes.Pool | pgTypes.PoolClient, sql: string, params?: SqlParam[]): Promise<number> {
  return (await client.query({ ...statement(sql), values: params ?? [] })).rowCount ?? 0;
}

/**
 * Named (server-side prepared) statements: each connection parses and plans a statement once,
 * then only binds parameters — the turn path runs the same few statements over and over. pg
 * remembers per connection which names it has prepared. Names come from the SQL text, so one
 * text always has one name; the texts are fixed strings in store/sql (bounded), but the map is
 * capped in case a caller varies an IN list.
 */
const names = new Map<string, { name: string; text: string }>();
let nextName = 0;
const MAX_NAMED = 500;

function statement(sql: string): { name?: string; text: string } {
  const known = names.get(sql);
  if (known) return known;
  const text = numbered(sql);
  if (names.size >= MAX_NAMED) return { text };
  const named = { name: `wma_${(nextName++).toString(36)}`, text };
  names.set(sql, named);
  return named;
}

/** `?` → `$1, $2…`: the shared SQL is written with `?`, which never appears otherwise. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
