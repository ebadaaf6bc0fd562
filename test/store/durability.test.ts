import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite-store';
import { DurabilityError, type SyncHook } from '../../store/wal-sync';
import { createHarness, TEST_KEYRING, texts } from '../helpers/bot-harness';
import { assessment, KEYS_A, turn } from './fixtures';

/**
 * Full durability with the WAL fsync off the event loop (store/wal-sync.ts). The sync hook holds
 * each real sync until the test lets it go, and records the order of events, so these tests show
 * that nothing is acknowledged — no commitTurn settles, no reply is sent, no read hands the data
 * out — before a sync that started after the COMMIT has finished.
 */
class HeldSyncs {
  readonly log: string[] = [];
  private readonly held: Array<() => void> = [];
  holding = false;
  /** Called at the start of each sync, before it is held (e.g. to look at the database then). */
  onStart: () => void = () => undefined;
  fail: Error | null = null;

  readonly hook: SyncHook = async (sync) => {
    this.log.push('sync-start');
    this.onStart();
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.fail) throw this.fail;
    await sync();
    this.log.push('sync-end');
  };

  get waiting(): number {
    return this.held.length;
  }

  releaseOne(): void {
    this.held.shift()?.();
  }

  /** After a test (even a failed one): nothing held, so the store can close. */
  releaseAll(): void {
    this.holding = false;
    for (const release of this.held.splice(0)) release();
  }

  constructor() {
    allSyncs.push(this);
  }
}

const allSyncs: HeldSyncs[] = [];

const dirs: string[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const syncs of allSyncs.splice(0)) syncs.releaseAll();
  for (const close of closers.splice(0)) await close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wma-durable-'));
  dirs.push(dir);
  return join(dir, 'data', 'wma.sqlite');
}

async function openStore(path: string, syncs: HeldSyncs): Promise<SqliteStore> {
  const store = new SqliteStore({ path, encryptionKeys: KEYS_A, syncHook: syncs.hook });
  closers.push(() => store.close());
  await store.init();
  return store;
}

/** Lets the event loop run (timers, the thread pool) for a while. */
const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await pause(5);
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function track<T>(p: Promise<T>, log: string[], label: string) {
  const state = { settled: false, value: undefined as T | undefined, error: undefined as unknown };
  p.then(
    (v) => {
      state.settled = true;
      state.value = v;
      log.push(label);
    },
    (e) => {
      state.settled = true;
      state.error = e;
      log.push(`${label} (failed)`);
    },
  );
  return state;
}

/** Reads through a second connection: what another process would see committed. */
function rawCount(path: string, sql: string, params: string[]): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('SQLite: a turn is acknowledged only once its commit is on disk', () => {
  it('commitTurn settles after a sync that started after its COMMIT; its reply, conversation and assessment are held back until then', async () => {
    const path = tempPath();
    const syncs = new HeldSyncs();
    const store = await openStore(path, syncs);
    syncs.log.length = 0;
    let visibleAtSyncStart = -1;
    syncs.onStart = () => {
      visibleAtSyncStart = rawCount(path, 'SELECT count(*) AS n FROM processed_activities WHERE activity_id = ?', ['act-1']);
    };
    syncs.holding = true;

    const commit = track(store.commitTurn(turn('conv-1', 'act-1', { assessment: assessment('asmt-1') })), syncs.log, 'committed');
    await until(() => syncs.waiting === 1, 'the sync to start');
    // The COMMIT had already happened when the sync started, so the sync covers it.
    expect(visibleAtSyncStart).toBe(1);

    const replay = track(store.getReply('conv-1', 'act-1'), syncs.log, 'reply read');
    const conversation = track(store.getConversation('conv-1'), syncs.log, 'conversation read');
    const asmt = track(store.getAssessment('asmt-1'), syncs.log, 'assessment read');
    // A read of something this turn did not write is not held up by its sync.
    expect(await store.getConversation('conv-other')).toBeNull();
    await pause(60);
    expect([commit.settled, replay.settled, conversation.settled, asmt.settled]).toEqual([false, false, false, false]);

    syncs.releaseOne();
    await until(() => commit.settled && replay.settled && conversation.settled && asmt.settled, 'everything to settle');
    expect(commit.value).toBe('committed');
    expect(replay.value).toEqual({ payload: { items: [{ kind: 'notice', text: 'Reply to act-1', tone: 'info' }] } });
    expect(conversation.value?.version).toBe(1);
    expect(asmt.value?.value.id).toBe('asmt-1');
    expect(syncs.log.slice(0, 2)).toEqual(['sync-start', 'sync-end']);
    expect(syncs.log.slice(2).sort()).toEqual(['assessment read', 'committed', 'conversation read', 'reply read']);
  });

  it('group commit: the next batch commits while the previous one syncs, and waits for a sync of its own', async () => {
    const path = tempPath();
    const syncs = new HeldSyncs();
    const store = await openStore(path, syncs);
    syncs.log.length = 0;
    syncs.holding = true;

    // Two turns in one event-loop pass share a transaction (and a sync).
    const first = track(store.commitTurn(turn('conv-1', 'act-1')), syncs.log, 'turn 1');
    const second = track(store.commitTurn(turn('conv-2', 'act-2')), syncs.log, 'turn 2');
    await until(() => syncs.waiting === 1, 'the first sync');
    expect(store.commits.stats).toMatchObject({ batches: 1, largest: 2 });

    const third = track(store.commitTurn(turn('conv-3', 'act-3')), syncs.log, 'turn 3');
    // Its COMMIT lands while the first sync is still on the disk…
    await until(() => rawCount(path, 'SELECT count(*) AS n FROM processed_activities WHERE activity_id = ?', ['act-3']) === 1, 'turn 3 to commit');
    await pause(30);
    expect([first.settled, second.settled, third.settled]).toEqual([false, false, false]);

    syncs.releaseOne();
    await until(() => first.settled && second.settled, 'the first batch');
    // …but that sync may have started before turn 3's COMMIT, so turn 3 waits for the next one.
    await until(() => syncs.waiting === 1, 'the second sync');
    expect(third.settled).toBe(false);
    syncs.releaseOne();
    await until(() => third.settled, 'turn 3');
    expect([first.value, second.value, third.value]).toEqual(['committed', 'committed', 'committed']);
    // (The second sync may start before turns 1 and 2 hear back: that is the overlap.)
    const at = (entry: string, nth = 0) => syncs.log.map((e, i) => (e === entry ? i : -1)).filter((i) => i >= 0)[nth]!;
    expect(syncs.log.filter((e) => e.startsWith('sync'))).toEqual(['sync-start', 'sync-end', 'sync-start', 'sync-end']);
    expect(at('turn 1')).toBeGreaterThan(at('sync-end', 0));
    expect(at('turn 2')).toBeGreaterThan(at('sync-end', 0));
    expect(at('turn 3')).toBeGreaterThan(at('sync-end', 1));
  });

  it('the bot sends no reply before the sync of the turn it reports has finished', async () => {
    const path = tempPath();
    const syncs = new HeldSyncs();
    const store = new SqliteStore({ path, encryptionKeys: TEST_KEYRING, syncHook: syncs.hook });
    const h = await createHarness({ store });
    closers.push(() => h.close());
    syncs.log.length = 0;
    syncs.holding = true;

    const said = track(h.say('start 9434765919'), syncs.log, 'bot replied');
    await until(() => syncs.waiting === 1, 'the sync');
    await pause(60);
    // Nothing has reached the channel: the adapter's outgoing queue is empty.
    expect(h.adapter.activeQueue).toHaveLength(0);
    expect(said.settled).toBe(false);
    syncs.releaseOne();
    syncs.holding = false;
    await until(() => said.settled, 'the reply');
    expect(syncs.log).toEqual(['sync-start', 'sync-end', 'bot replied']);
    expect(texts(said.value ?? [])).toMatch(/New assessment for \*\*\* \*\*\* 5919/);
  });

  it('a failed sync acknowledges nothing, and the store refuses every call after it', async () => {
    const path = tempPath();
    const syncs = new HeldSyncs();
    const store = await openStore(path, syncs);
    syncs.fail = Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });

    await expect(store.commitTurn(turn('conv-1', 'act-1'))).rejects.toBeInstanceOf(DurabilityError);
    // The row was committed in SQLite but never proved durable: it is not handed out…
    await expect(store.getReply('conv-1', 'act-1')).rejects.toBeInstanceOf(DurabilityError);
    await expect(store.getConversation('conv-1')).rejects.toBeInstanceOf(DurabilityError);
    // …and no later turn is acknowledged either, even if the disk recovers.
    syncs.fail = null;
    await expect(store.commitTurn(turn('conv-2', 'act-2'))).rejects.toBeInstanceOf(DurabilityError);
  });
});

describe('SQLite: the sync goes to the live WAL file', () => {
  const walIdentity = (path: string) => {
    const st = statSync(`${path}-wal`);
    return `${st.dev}:${st.ino}`;
  };

  /** Every descriptor this process has on the WAL — SQLite's own and WalSync's — names one live file. */
  const walDescriptors = (path: string) =>
    readdirSync('/proc/self/fd').flatMap((fd) => {
      let target: string;
      try {
        target = readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return [];
      }
      if (!target.startsWith(`${path}-wal`)) return [];
      const st = statSync(`/proc/self/fd/${fd}`);
      return [`${target === `${path}-wal` ? 'live' : target.slice(path.length)} ${st.dev}:${st.ino}`];
    });

  it('across checkpoints that reset or truncate the WAL, and across restarts', async () => {
    const path = tempPath();
    const syncs = new HeldSyncs();
    let store = await openStore(path, syncs);
    await store.commitTurn(turn('conv-1', 'act-1'));
    const wal = store.walSync!;
    expect(wal.file).toBe(walIdentity(path));
    // SQLite's descriptor and ours: the same, live file (so what SQLite wrote is what is synced).
    expect(new Set(walDescriptors(path))).toEqual(new Set([`live ${walIdentity(path)}`]));
    expect(walDescriptors(path).length).toBeGreaterThanOrEqual(2);
    // A new database: its WAL was created by the first write and opened (with a directory sync) once.
    expect(wal.stats.opens).toBe(1);

    // Another connection checkpoints and truncates the WAL to zero bytes, then the next writes start it again.
    const other = new Database(path);
    other.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(`${path}-wal`).size).toBe(0);
    other.close();
    const before = wal.stats.syncs;
    await store.commitTurn(turn('conv-2', 'act-2'));
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    expect(wal.stats.syncs).toBeGreaterThan(before);
    expect(wal.file).toBe(walIdentity(path));
    expect(wal.stats.opens).toBe(1);
    expect(new Set(walDescriptors(path))).toEqual(new Set([`live ${walIdentity(path)}`]));

    // Restart: closing the last connection deletes the WAL; the next process syncs the new one.
    await store.close();
    store = await openStore(path, syncs);
    await store.commitTurn(turn('conv-3', 'act-3'));
    expect(store.walSync!.file).toBe(walIdentity(path));
    expect(new Set(walDescriptors(path))).toEqual(new Set([`live ${walIdentity(path)}`]));
    expect(await store.getReply('conv-1', 'act-1')).not.toBeNull();
  });

  it('a WAL file replaced under SQLite is refused, never the wrong file synced', async () => {
    const path = tempPath();
    const syncs = new HeldSyncs();
    const store = await openStore(path, syncs);
    await store.commitTurn(turn('conv-1', 'act-1'));
    // Something outside SQLite puts a new file at the path; SQLite keeps writing to the old one.
    copyFileSync(`${path}-wal`, `${path}-wal.copy`);
    renameSync(`${path}-wal.copy`, `${path}-wal`);
    await expect(store.commitTurn(turn('conv-2', 'act-2'))).rejects.toBeInstanceOf(DurabilityError);
    await expect(store.getReply('conv-2', 'act-2')).rejects.toBeInstanceOf(DurabilityError);
  });
});

describe('SQLite: a new database is named durably', () => {
  it('syncs the folders it creates and, at the first write, the directory holding the file and its WAL', async () => {
    // The CommonJS module object is writable; syncBuiltinESMExports carries the change to `import { fsyncSync }`.
    const { createRequire, syncBuiltinESMExports } = await import('node:module');
    const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
    const synced: string[] = [];
    const original = fs.fsyncSync;
    fs.fsyncSync = (fd: number) => {
      synced.push(readlinkSync(`/proc/self/fd/${fd}`));
      original(fd);
    };
    syncBuiltinESMExports();
    try {
      const path = tempPath(); // <tmp>/data/wma.sqlite: `data` does not exist yet
      const root = join(path, '..', '..');
      const store = await openStore(path, new HeldSyncs());
      await store.commitTurn(turn('conv-1', 'act-1'));
      // `data` was created inside root: root names it. The WAL (and the file) live in `data`.
      expect(synced).toContain(root);
      expect(synced).toContain(join(root, 'data'));
    } finally {
      fs.fsyncSync = original;
      syncBuiltinESMExports();
    }
  });
});
