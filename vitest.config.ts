import { configDefaults, defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/setup/slow-first-sequencer';

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
    // Each worker keeps its module cache from one test file to the next, so the app's module
    // graph (botbuilder, langchain, zod schemas, the GeoNames index) is loaded once per worker
    // instead of once per file: about half the CPU time of the pure-core files went on that.
    // Safe here because no test mocks modules, and the files that stub globals, spy on the
    // console or set environment variables restore them in their own hooks.
    isolate: false,
    // Process and browser tests first, so a fresh clone's run does not end on one busy core.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
