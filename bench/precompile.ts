import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, tempDir } from './servers';

/**
 * A precompiled start for the cold-start comparison: bot/index.ts and everything it imports from
 * this repository bundled into one ESM file by esbuild (the compiler tsx itself uses), with npm
 * packages left as ordinary imports. `import.meta.url` is replaced per source file by that
 * file's original URL, so code that finds its data next to itself (the default script YAML, the
 * tab's static files, the sample directory) still finds it from the bundle.
 *
 * Not a deployment recipe yet — the bench only needs to show what transpiling costs at start-up.
 */
const keepImportMetaUrl: Plugin = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

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
  const result = await build({
    entryPoints: [join(REPO_ROOT, 'bot/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    plugins: [keepImportMetaUrl],
    metafile: true,
    logLevel: 'silent',
  });
  const buildMs = performance.now() - t0;
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { file, buildMs, bytes };
}
