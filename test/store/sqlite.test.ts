import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EncryptionKeys } from '../../store/crypto';
import { SqliteStore } from '../../store/sqlite-store';
import type { Store } from '../../store/types';
import { storeContract } from './contract';
import type { RawParam, StoreHarness } from './contract/harness';
import { KEYS_A, turn } from './fixtures';

/** A temp folder per test: the file (and its WAL) is what the encryption test scans. */
async function sqliteHarness(): Promise<StoreHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'wma-store-'));
  const path = join(dir, 'nested', 'wma.sqlite');
  const stores: Store[] = [];
  const raw = () => {
    const db = new Database(path, { timeout: 5000 });
    return { db, done: () => db.close() };
  };
  return {
    async open(keys: EncryptionKeys) {
      const store = new SqliteStore({ path, encryptionKeys: keys });
      stores.push(store);
      await store.init();
      return store;
    },
    async rawDump() {
      // The bytes on disk, as an attacker with the file would read them (main file + write-ahead log).
      return [path, `${path}-wal`]
        .filter(existsSync)
        .map((p) => readFileSync(p).toString('latin1'))
        .join('\n');
    },
    async rawRun(sql: string, params: RawParam[] = []) {
      const { db, done } = raw();
      try {
        return db.prepare(sql).run(...params).changes;
      } finally {
        done();
      }
    },
    async rawAll<T>(sql: string, params: RawParam[] = []) {
      const { db, done } = raw();
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        done();
      }
    },
    async dispose() {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

storeContract('SQLite', sqliteHarness);

describe('SQLite specifics', () => {
  it('creates the folder, uses WAL, and keeps data across reopening the file', async () => {
    const h = await sqliteHarness();
    const store = await h.open(KEYS_A);
    await store.commitTurn(turn('conv-1', 'act-1'));
    const [mode] = await h.rawAll<{ journal_mode: string }>('PRAGMA journal_mode');
    expect(mode?.journal_mode).toBe('wal');
    await store.close();
    const again = await h.open(KEYS_A);
    expect((await again.getConversation('conv-1'))?.version).toBe(1);
    await h.dispose();
  });

  it("works in memory with ':memory:'", async () => {
    const store = new SqliteStore({ path: ':memory:', encryptionKeys: KEYS_A });
    await store.init();
    expect(await store.commitTurn(turn('conv-1', 'act-1'))).toBe('committed');
    expect(await store.getReply('conv-1', 'act-1')).not.toBeNull();
    expect(store.kind).toBe('sqlite');
    await store.close();
  });
});
