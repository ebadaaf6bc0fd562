import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run build`: bundles bot/index.ts and every module of this repository it imports into one
 * ESM file (npm packages stay ordinary imports), so production starts without transpiling.
 * `import.meta.url` is replaced per source file by that file's own URL, so code that finds its
 * data beside itself (the default script, the tab's pages, the sample directory) still does.
 * The bundle therefore runs from this checkout: `npm run start:prod`.
 */
const keepImportMetaUrl: Plugin = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` is repository-relative; the tests also bundle the operator CLIs (scripts/*.ts) this way. */
export async function buildBot(outfile: string, entry = 'bot/index.ts'): Promise<{ bytes: number }> {
  const result = await build({
    entryPoints: { [basename(outfile, '.mjs')]: join(REPO_ROOT, entry) },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Code splitting keeps every `await import()` lazy in the bundle too: without it esbuild hoists
    // the npm packages those modules import (pdfkit, LangChain: ~50 MB resident) to the top of the
    // one file, so production would load them at start even though no turn may ever need them.
    splitting: true,
    outdir: dirname(outfile),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [keepImportMetaUrl],
    metafile: true,
    logLevel: 'warning',
  });
  return { bytes: Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(REPO_ROOT, 'dist/bot.mjs');
  // Chunk names carry a content hash: clear the old ones so dist/ holds one build only.
  rmSync(join(REPO_ROOT, 'dist/chunks'), { recursive: true, force: true });
  const { bytes } = await buildBot(out);
  console.log(`built ${out} (${Math.round(bytes / 1024)} KiB); run it with: npm run start:prod`);
}
