import { defineConfig } from 'vitest/config';

/**
 * `npm run test:soak`: the long tests (SIGKILL crash soak, two instances on PostgreSQL). Files run
 * one at a time so each has both CI cores; WMA_SOAK=1 lets them run (`npm test` skips them).
 */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.test.ts'],
    env: { WMA_SOAK: '1' },
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
