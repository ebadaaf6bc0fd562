import { getHeapSpaceStatistics } from 'node:v8';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Preloaded into the bot by bench/experiments/memory-split.ts (`node --import <this> …`): on
 * SIGUSR2 writes one JSON line to $WMA_MEM_REPORT — process.memoryUsage(), the V8 heap spaces and
 * the process's resident memory grouped by mapping kind from /proc/self/smaps — so the split can
 * be read from outside without a heap snapshot (which itself inflates RSS by tens of MB).
 */
const MiB = (b) => Math.round((b / 2 ** 20) * 10) / 10;

function smapsSplit() {
  const out = {};
  let kind = 'other';
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const path = head[1];
      kind =
        path === ''
          ? 'anonymous (V8 heap, malloc arenas, stacks)'
          : path === '[heap]'
            ? '[heap] (malloc)'
            : path.startsWith('[')
              ? path
              : path.endsWith('.node')
                ? 'native addons'
                : /\/node$|libnode/.test(path)
                  ? 'node binary'
                  : path.includes('.so')
                    ? 'shared libraries'
                    : 'files';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] = (out[kind] ?? 0) + Number(rss[1]) / 1024;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

/** CommonJS modules loaded so far, by npm package: how many files and how many KiB of source. */
function cjsPackages() {
  const by = {};
  for (const file of Object.keys(createRequire(import.meta.url).cache)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? '(repository)';
    const e = (by[pkg] ??= { files: 0, kib: 0 });
    e.files++;
    try {
      e.kib += Math.round(statSync(file).size / 1024);
    } catch {}
  }
  return Object.fromEntries(Object.entries(by).sort((a, b) => b[1].kib - a[1].kib));
}

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((s) => [s.space_name, { committed: MiB(s.physical_space_size), used: MiB(s.space_used_size) }]),
  );
  const report = {
    rss: MiB(m.rss),
    heapTotal: MiB(m.heapTotal),
    heapUsed: MiB(m.heapUsed),
    external: MiB(m.external),
    arrayBuffers: MiB(m.arrayBuffers),
    spaces,
    smaps: smapsSplit(),
    ...(process.env.WMA_MEM_MODULES ? { cjs: cjsPackages() } : {}),
  };
  writeFileSync(process.env.WMA_MEM_REPORT, `${JSON.stringify(report)}\n`, { flag: 'a' });
});
