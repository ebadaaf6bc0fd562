import { build, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * A large JSON file of this repository (the safeguarding layer's learned weights, ~0.7 MB) is read
 * and JSON.parse'd at run time from its place in the checkout instead of being inlined as a JS
 * object literal: a literal stays in the bundle's source text (kept in the heap for the life of the
 * process) with a boilerplate copy, ~3.6 MB of heap against ~1.8 MB parsed, and JSON.parse is ~4×
 * faster to start than parsing the literal (measured, issue 22). Default imports only, which is how
 * the code imports JSON; small files stay inlined.
 */
const INLINE_JSON_MAX_BYTES = 64 * 1024;
const readLargeJsonAtRunTime: Plugin = {
  name: 'read-large-json-at-run-time',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (Buffer.byteLength(source) <= INLINE_JSON_MAX_BYTES) return undefined;
      JSON.parse(source); // a broken file fails the build, as the inlining loader would
      const file = JSON.stringify(args.path);
      return { contents: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${file}, 'utf8'));\n`, loader: 'js' };
    });
  },
};

/**
 * An npm package that is CommonJS either way it is loaded (require and import resolve to the same
 * .js file of a package that is not "type": "module": botbuilder, restify, pino, better-sqlite3,
 * yaml…) is loaded with require() from the bundle instead of an ESM import. Importing CommonJS from
 * ESM makes Node scan each module's source for its export names (cjs-module-lexer, following every
 * re-export: botbuilder re-exports hundreds of files) and wrap it as an ESM module; require() does
 * neither. Measured on the bot's packages: ~1.55 s against ~1.15 s of CPU to load them, i.e. ~0.4 s
 * of every start (issue 22). Named and default imports keep Node's meaning (default = module.exports).
 * A package with separate ESM and CommonJS files (zod, LangChain) stays an import: one copy only.
 */
const CJS = 'cjs-package';
function commonJsOnly(spec: string, resolveFrom: string): boolean {
  if (spec.startsWith('node:')) return false;
  try {
    const required = createRequire(resolveFrom).resolve(spec);
    const imported = fileURLToPath(import.meta.resolve(spec, pathToFileURL(resolveFrom).href));
    if (required !== imported || !/\.c?js$/.test(required)) return false;
    if (required.endsWith('.cjs')) return true;
    for (let dir = dirname(required); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { type?: string }).type !== 'module';
      } catch {
        /* no package.json here: look further up */
      }
    }
  } catch {
    /* not resolvable both ways (e.g. ESM-only, or a Node built-in): leave it an import */
  }
  return false;
}
const requireCommonJsPackages: Plugin = {
  name: 'require-commonjs-packages',
  setup(b) {
    const verdicts = new Map<string, boolean>();
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === CJS) return { path: args.path, external: true };
      if (args.importer.includes('node_modules') || (args.kind !== 'import-statement' && args.kind !== 'dynamic-import')) return undefined;
      let cjs = verdicts.get(args.path);
      if (cjs === undefined) verdicts.set(args.path, (cjs = commonJsOnly(args.path, args.importer)));
      return cjs ? { path: args.path, namespace: CJS } : undefined;
    });
    // A CommonJS stand-in: esbuild turns its require of the (external) package into the bundle's
    // `require` (the banner's createRequire), and the importer's named imports into property reads.
    b.onLoad({ filter: /.*/, namespace: CJS }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: REPO_ROOT,
    }));
  },
};

const TURN_WORKER_ENTRY = 'service/turn-worker/worker.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` is repository-relative; the tests also bundle the operator CLIs (scripts/*.ts) this way. */
export async function buildBot(outfile: string, entry = 'bot/index.ts'): Promise<{ bytes: number }> {
  const name = basename(outfile, '.mjs');
  // The bot's turn worker (service/turn-worker/) is a second entry beside it, sharing its chunks;
  // its path is compiled into the bundle, which runs from this checkout anyway (import.meta.url above).
  const worker = entry === 'bot/index.ts' ? `${name}-turn-worker` : null;
  const result = await build({
    entryPoints: { [name]: join(REPO_ROOT, entry), ...(worker ? { [worker]: join(REPO_ROOT, TURN_WORKER_ENTRY) } : {}) },
    define: { __WMA_TURN_WORKER_BUNDLE__: worker ? JSON.stringify(join(dirname(outfile), `${worker}.mjs`)) : 'undefined' },
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
    plugins: [keepImportMetaUrl, readLargeJsonAtRunTime, requireCommonJsPackages],
    // The `require` the CommonJS stand-ins call (requireCommonJsPackages), resolving from the bundle's folder.
    banner: { js: "import { createRequire as __wmaCreateRequire } from 'node:module';\nconst require = __wmaCreateRequire(import.meta.url);" },
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
