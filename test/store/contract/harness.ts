import { afterEach, beforeEach } from 'vitest';
import type { EncryptionKeys } from '../../../store/crypto';
import type { Store } from '../../../store/types';
import { KEYS_A } from '../fixtures';

export type RawParam = string | number | null;

/** One isolated database (a temp SQLite file, or a fresh PostgreSQL schema) for one test. */
export interface StoreHarness {
  /** A new store (already init()ed) on this database; may be called again with other keys. */
  open(keys: EncryptionKeys): Promise<Store>;
  /** Everything the engine holds, as text — what someone with the disk or a DB dump would see. */
  rawDump(): Promise<string>;
  /** Direct SQL with `?` parameters, bypassing the store (to tamper, or to try forbidden writes). */
  rawRun(sql: string, params?: RawParam[]): Promise<number>;
  rawAll<T>(sql: string, params?: RawParam[]): Promise<T[]>;
  /** Close every store opened and remove the database. */
  dispose(): Promise<void>;
}

export type HarnessFactory = () => Promise<StoreHarness>;

/**
 * The setup every contract block shares: each test gets a fresh database and a store opened with
 * KEYS_A on it, disposed afterwards. `use` receives both before each test, so the suites keep
 * their own `h` and `store` names.
 */
export function eachFreshStore(makeHarness: HarnessFactory, use: (fresh: { h: StoreHarness; store: Store }) => void): void {
  let h: StoreHarness;
  beforeEach(async () => {
    h = await makeHarness();
    use({ h, store: await h.open(KEYS_A) });
  });
  afterEach(() => h.dispose());
}
