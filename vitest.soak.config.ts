import { defineConfig } from 'vitest/config';

/**
 * `npm run test:soak`: the long tests (SIGKILL crash soak, two instances on PostgreSQL). Files run
 * one at a time so each has both CI cores; WMA_SOAK=1 lets them run (`npm test` skips them).
 * The same globalSetup as `npm test` starts the PostgreSQL server (or uses WMA_TEST_PG_URL).
 */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.global.ts', 'test/setup/bundles.global.ts'],
    env: { WMA_SOAK: '1' },
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
