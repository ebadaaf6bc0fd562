import { buildBot } from '../scripts/build';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, tempDir } from './servers';

/**
 * A precompiled start for the cold-start comparison: bot/index.ts and everything it imports from
 * this repository bundled into one ESM file by esbuild (the compiler tsx itself uses), with npm
 * packages left as ordinary imports. `import.meta.url` is replaced per source file by that
 * file's original URL, so code that finds its data next to itself (the default script YAML, the
 * tab's static files, the sample directory) still finds it from the bundle.
 *
 * The same build as `npm run build` (scripts/build.ts), written to a temporary folder.
 */
export interface Precompiled {
  file: string;
  buildMs: number;
  bytes: number;
}

export async function precompileBot(): Promise<Precompiled> {
  const dir = tempDir('wma-bench-precompiled-');
  // Bare imports ('botbuilder', …) resolve from the bundle's folder upwards: point it at ours.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, 'bot.mjs');
  const t0 = performance.now();
  const { bytes } = await buildBot(file);
  const buildMs = performance.now() - t0;
  return { file, buildMs, bytes };
}
