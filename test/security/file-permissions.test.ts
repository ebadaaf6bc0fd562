import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite-store';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { turn } from '../store/fixtures';

/**
 * Issue 19, finding 7: the SQLite file (special-category data, even if encrypted) was created
 * world-readable (0644, the usual umask). The database and its WAL/SHM files must be 0600 and the
 * data folder 0700 — also for a file that an older version already created 0644.
 */
const mode = (p: string) => statSync(p).mode & 0o777;

async function openAndWrite(path: string): Promise<void> {
  const store = new SqliteStore({ path, encryptionKeys: TEST_KEYRING });
  await store.init();
  await store.commitTurn(turn('conv-perm', 'act-1'));
  for (const p of [path, `${path}-wal`, `${path}-shm`]) expect(mode(p).toString(8), p).toBe('600');
  expect(mode(join(path, '..')).toString(8)).toBe('700');
  await store.close();
}

describe('database file permissions', () => {
  it('a new database and its folder are private to the bot user', async () => {
    const previous = process.umask(0o022);
    try {
      await openAndWrite(join(mkdtempSync(join(tmpdir(), 'wma-perm-')), 'data', 'wma.sqlite'));
    } finally {
      process.umask(previous);
    }
  });

  it('an existing world-readable database is tightened when opened', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wma-perm-old-')), 'data');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const path = join(dir, 'wma.sqlite');
    closeSync(openSync(path, 'w', 0o644));
    chmodSync(path, 0o644);
    await openAndWrite(path);
  });
});
