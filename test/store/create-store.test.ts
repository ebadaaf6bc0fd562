import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../store/create-store';
import { SqliteStore } from '../../store/sqlite-store';
import { KEYS_A } from './fixtures';

describe('createStore', () => {
  it('uses SQLite when no database URL is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wma-create-'));
    const store = createStore({ sqlitePath: join(dir, 'x.sqlite'), encryptionKeys: KEYS_A });
    expect(store).toBeInstanceOf(SqliteStore);
    await store.init();
    expect(await store.listScriptVersions()).toEqual([]);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a URL that is not postgres://, rather than silently using SQLite', () => {
    expect(() => createStore({ databaseUrl: 'mysql://x@y/z', encryptionKeys: KEYS_A })).toThrow(/postgres:\/\//);
  });

  it('refuses to start without a usable keyring', () => {
    expect(() => createStore({ sqlitePath: ':memory:', encryptionKeys: { current: 'a', keys: {} } })).toThrow(/not in the keyring/);
  });
});
