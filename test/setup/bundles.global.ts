import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildBot, REPO_ROOT } from '../../scripts/build';

/**
 * vitest globalSetup: bundle the entry points the tests start as child processes (the bot and the
 * operator CLIs) once per run, with the same esbuild build as `npm run build`. About thirty child
 * processes are started per run; each one transpiling the whole app through tsx again cost about
 * 1.6 CPU-seconds more than loading the bundle (measured on the bot's start to /healthz), which on
 * two shared cores is most of a minute. The bundle is built from the working tree at the start of
 * the run, so it is never stale. `WMA_TEST_START=tsx` starts children through tsx instead, exactly
 * as `npm start` does (the bench smoke test's cold-start section always times the tsx start too).
 */
/** Entry points the tests start as separate processes (see test/helpers/node-entry.ts). */
const BUNDLED_ENTRIES = ['bot/index.ts', 'scripts/purge.ts', 'scripts/erase-patient.ts', 'scripts/rotate-keys.ts'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Repository-relative entry (e.g. 'bot/index.ts') → bundled .mjs file. Empty: use tsx. */
    bundles: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env['WMA_TEST_START'] === 'tsx') {
    project.provide('bundles', {});
    return () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'wma-test-bundles-'));
  // npm packages stay ordinary imports; they resolve from the bundle's folder upwards, so point it at ours.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const bundles: Record<string, string> = {};
  await Promise.all(
    BUNDLED_ENTRIES.map(async (entry) => {
      const file = join(dir, `${entry.replace(/\.ts$/, '').replace(/\//g, '--')}.mjs`);
      await buildBot(file, entry);
      bundles[entry] = file;
    }),
  );
  project.provide('bundles', bundles);
  return () => rmSync(dir, { recursive: true, force: true });
}
