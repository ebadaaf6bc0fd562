import type { EncryptionKeys } from './crypto';
import { PostgresStore } from './postgres-store';
import { DEFAULT_SQLITE_PATH, SqliteStore, type SqliteSynchronous } from './sqlite-store';
import type { Store } from './types';

export interface StoreConfig {
  /** A postgres:// (or postgresql://) URL selects PostgreSQL; unset means SQLite. */
  databaseUrl?: string;
  /** SQLite file, default data/wma.sqlite; ':memory:' for tests. */
  sqlitePath?: string;
  encryptionKeys: EncryptionKeys;
  /** SQLite only: see SqliteStoreOptions.synchronous. */
  sqliteSynchronous?: SqliteSynchronous;
}

/** The one place that decides the engine. Call `init()` on the result before use. */
export function createStore(config: StoreConfig): Store {
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//i.test(config.databaseUrl))
      throw new Error('DATABASE_URL must be a postgres:// URL (leave it unset to use the embedded SQLite file)');
    return new PostgresStore({ connectionString: config.databaseUrl, encryptionKeys: config.encryptionKeys });
  }
  return new SqliteStore({
    path: config.sqlitePath ?? DEFAULT_SQLITE_PATH,
    encryptionKeys: config.encryptionKeys,
    ...(config.sqliteSynchronous ? { synchronous: config.sqliteSynchronous } : {}),
  });
}
