import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPartWay } from '../sections/memory';
import { buildForNpmStart, cleanupTempDirs, devBotSpec, realBotSpec, rssMiB, spawnServer, tempDir, waitUntilHealthy, type ServerSpec } from '../servers';

/**
 * EXPERIMENT (`npx tsx bench/experiments/heap-summary.ts [tsx|prod] [assessments]`): where the
 * bot's memory goes. Starts the bot as the memory section does, takes a V8 heap snapshot when idle
 * and again with N assessments in progress (--heapsnapshot-signal), and prints the heap by
 * constructor / node type for each, largest first, beside process.memoryUsage()-style RSS.
 * Issue 22's memory split in BENCHMARKS.md was read from this.
 */
const mode = process.argv[2] === 'tsx' ? 'tsx' : 'prod';
const assessments = Number(process.argv[3] ?? 1000);

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size by "type:name" (objects by constructor), largest first. */
export function summarise(file: string, top = 25): Array<[string, number, number]> {
  const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const f = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [iType, iName, iSize, width] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size'), f.length];
  const by = new Map<string, [number, number]>();
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + iType]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? s.strings[s.nodes[i + iName]!]! : '';
    const key = `${type}${name ? `:${name.slice(0, 60)}` : ''}`;
    const e = by.get(key) ?? [0, 0];
    e[0] += s.nodes[i + iSize]!;
    e[1]++;
    by.set(key, e);
  }
  return [...by]
    .map(([k, [b, n]]): [string, number, number] => [k, b, n])
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
}

async function snapshot(h: { pid: number; url: string }, dir: string, before: Set<string>): Promise<string> {
  process.kill(h.pid, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 500));
  for (let ok = false; !ok; ) {
    ok = await fetch(`${h.url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ok) await new Promise((r) => setTimeout(r, 250));
  }
  const f = readdirSync(dir).find((x) => x.endsWith('.heapsnapshot') && !before.has(x));
  if (!f) throw new Error('no heap snapshot written');
  // Written in pieces: done once the size has stopped changing for a second.
  for (let last = -1, now = statSync(join(dir, f)).size; now !== last || now === 0; last = now, now = statSync(join(dir, f)).size)
    await new Promise((r) => setTimeout(r, 1000));
  before.add(f);
  return join(dir, f);
}

const print = (label: string, rows: Array<[string, number, number]>) => {
  console.log(`\n${label}`);
  for (const [k, b, n] of rows) console.log(`${(b / 2 ** 20).toFixed(1).padStart(7)} MiB  ${String(n).padStart(8)}  ${k}`);
};

const snapDir = tempDir('wma-heap-');
// As the memory section runs them: `npm run dev` (tsx), or the bundle `npm start` builds and runs.
const dataDir = tempDir('wma-heap-data-');
const base = mode === 'tsx' ? devBotSpec(dataDir) : (await buildForNpmStart(), realBotSpec(dataDir));
const spec: ServerSpec = { ...base, args: [`--heapsnapshot-signal=SIGUSR2`, `--diagnostic-dir=${snapDir}`, ...base.args] };
const h = await spawnServer(spec);
try {
  await waitUntilHealthy(h);
  await new Promise((r) => setTimeout(r, 1000));
  const seen = new Set<string>();
  console.log(`${mode}: idle RSS ${rssMiB(h.pid).rss.toFixed(0)} MiB`);
  print('idle heap by constructor', summarise(await snapshot(h, snapDir, seen)));
  if (assessments === 0) process.exit(0);
  await loadPartWay(h.url, assessments, 16, 'h');
  await new Promise((r) => setTimeout(r, 1000));
  console.log(`\n${mode}: RSS with ${assessments} in progress ${rssMiB(h.pid).rss.toFixed(0)} MiB (peak ${rssMiB(h.pid).peak.toFixed(0)})`);
  print(`heap by constructor, ${assessments} in progress`, summarise(await snapshot(h, snapDir, seen)));
} finally {
  await h.stop();
  cleanupTempDirs();
}
