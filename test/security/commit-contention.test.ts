import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../service/logger';
import { ScriptRegistry } from '../../service/script-registry';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import { PostgresStore } from '../../store/postgres-store';
import type { Store } from '../../store/types';
import { join } from 'node:path';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';

/**
 * Issue 19, finding 7: with several instances writing one conversation at once, a turn retried
 * its commit immediately and gave up after 8 lost races (honestly unacknowledged, but lost to the
 * link worker). Each TurnService below is one "instance" (its own in-process queue); they share
 * one database — PostgreSQL when WMA_TEST_PG_URL is set (one pool per instance), else one SQLite
 * file (one connection per instance).
 */
const INSTANCES = 6;
const TURNS_PER_INSTANCE = 8;

async function stores(): Promise<{ each: Store[]; close: () => Promise<void> }> {
  const url = process.env.WMA_TEST_PG_URL;
  if (!url) {
    // One file, one connection per instance: as several processes on one SQLite file would be.
    const path = join(tempDataDir('wma-contention-'), 'wma.sqlite');
    const each = Array.from({ length: INSTANCES }, () => createStore({ sqlitePath: path, encryptionKeys: TEST_KEYRING }));
    for (const s of each) await s.init();
    return { each, close: async () => void (await Promise.all(each.map((s) => s.close()))) };
  }
  const schema = `wma_contention_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const each = Array.from({ length: INSTANCES }, () => new PostgresStore({ connectionString: url, schema, encryptionKeys: TEST_KEYRING, poolSize: 2 }));
  for (const s of each) await s.init();
  return {
    each,
    close: async () => {
      for (const s of each) await s.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

describe('commit contention across instances', () => {
  it(`${INSTANCES} instances × ${TURNS_PER_INSTANCE} simultaneous turns on one conversation: every turn commits`, async () => {
    const { each, close } = await stores();
    try {
      const scripts = new ScriptRegistry(each[0]!);
      await scripts.ensureDefaultPublished('2026-11-25T09:00:00.000Z');
      const services = each.map(
        (store) =>
          new TurnService({ store, scripts: new ScriptRegistry(store), logger: createLogger('silent'), scriptId: 'what_matters_default', newId: randomUUID }),
      );
      await services[0]!.handle({ conversationId: 'busy', userId: 'lw', activityId: 'start', input: { kind: 'text', text: 'start 9434765919' } });
      const results = await Promise.allSettled(
        services.flatMap((svc, i) =>
          Array.from({ length: TURNS_PER_INSTANCE }, (_, t) =>
            svc.handle({ conversationId: 'busy', userId: 'lw', activityId: `i${i}-t${t}`, input: { kind: 'text', text: 'status' } }),
          ),
        ),
      );
      const failed = results.filter((r) => r.status === 'rejected');
      console.log(`Commit contention: ${results.length} simultaneous turns over ${INSTANCES} instances, ${failed.length} gave up`);
      expect(failed).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});

describe('commit retry delay', () => {
  it('is full-jitter exponential: 0 up to a cap that doubles from 10 ms to 400 ms', async () => {
    const { commitRetryDelayMs } = await import('../../service/commit-backoff');
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((a) => commitRetryDelayMs(a, () => 0.999999))).toEqual([9, 19, 39, 79, 159, 319, 399, 399]);
    expect(commitRetryDelayMs(3, () => 0)).toBe(0);
    // Worst case over all 15 waits of a 16-attempt turn: well inside Teams' 15 s window.
    const worst = Array.from({ length: 15 }, (_, i) => commitRetryDelayMs(i + 1, () => 0.999999)).reduce((a, b) => a + b, 0);
    expect(worst).toBeLessThan(5000);
  });
});
