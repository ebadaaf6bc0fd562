import type { EncryptionKeys } from '../../../store/crypto';
import type { Store } from '../../../store/types';

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
