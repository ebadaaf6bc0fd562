import { inject } from 'vitest';

/**
 * The PostgreSQL server of this test run (started by test/setup/postgres.global.ts, or
 * WMA_TEST_PG_URL). A config without that globalSetup is a mistake, so it fails, never skips.
 */
export function testPostgresUrl(): string {
  const url = inject('pgUrl');
  if (!url) throw new Error('No test PostgreSQL: run through `npm test` / `npm run test:soak` (their vitest configs start one), or set WMA_TEST_PG_URL.');
  return url;
}
