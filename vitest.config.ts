import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The long soak and scale-out runs have their own command: npm run test:soak.
    exclude: [...configDefaults.exclude, 'test/soak/**'],
    // One real PostgreSQL server (from npm) for the run, its URL via inject('pgUrl'); the
    // browser unpacked once before the workers start; and the bot and CLIs bundled once for the
    // tests that start them as child processes (inject('bundles'), see test/helpers/node-entry.ts).
    globalSetup: ['test/setup/postgres.global.ts', 'test/setup/chromium.global.ts', 'test/setup/bundles.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests start servers and databases; two cores is all CI has.
    maxWorkers: 2,
  },
});
