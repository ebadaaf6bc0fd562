import { readFileSync } from 'node:fs';
import { loadPartWay } from '../sections/memory';
import { defaultAssessmentSteps } from '../assessment-steps';
import { runLoadInChild } from '../load/run-in-child';
import { buildForNpmStart, cleanupTempDirs, cpuSeconds, npmScriptNodeArgs, realBotSpec, rssMiB, spawnServer, tempDir, waitUntilHealthy } from '../servers';

/**
 * EXPERIMENT (`npx tsx bench/experiments/memory-variants.ts [variant …]`): memory AND CPU per turn
 * of the real bot under the memory section's load, for several ways of starting it, in alternating
 * rounds so a busy shared machine bends every variant alike. A heap flag that saves memory by making
 * V8 collect more often shows up here as CPU per turn, not only as RSS.
 *
 * A variant is `name:token token …`. A token `--flag[=v]` replaces the same node flag of `npm start`
 * (or is added); `-flag` removes it; `KEY=value` is an environment variable; `bundle=<file.mjs>` runs
 * another bundle (e.g. an older build copied inside this checkout, so its npm imports resolve).
 * With no variants: `npm start` as it is. ROUNDS (default 3) and ASSESSMENTS (default 1000) from env.
 *
 * Per round and variant: a fresh server and data folder; RSS (and RssAnon / RssFile) 1 s after
 * listening; then 1,000 conversations taken part-way (6,996 turns, as bench/sections/memory.ts), the
 * server's CPU per turn over them, and RSS 1 s after; then STEADY_S seconds (default 10) of whole
 * 63-turn assessments, their CPU per turn and p50/p99, and RSS after. Medians over rounds are printed.
 */
interface Variant {
  name: string;
  flags: string[];
  env: Record<string, string>;
  bundle?: string;
}

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const ASSESSMENTS = Number(process.env.ASSESSMENTS ?? 1000);
const STEADY_S = Number(process.env.STEADY_S ?? 10);

function parseVariant(arg: string): Variant {
  const colon = arg.indexOf(':');
  const name = colon < 0 ? arg : arg.slice(0, colon);
  const tokens =
    colon < 0
      ? []
      : arg
          .slice(colon + 1)
          .split(/\s+/)
          .filter(Boolean);
  let flags = npmScriptNodeArgs('start').slice(0, -1);
  const env: Record<string, string> = {};
  let bundle: string | undefined;
  const key = (f: string) => f.replace(/^-+/, '').split('=')[0]!.replaceAll('_', '-');
  for (const t of tokens) {
    if (t.startsWith('--')) flags = [...flags.filter((f) => key(f) !== key(t)), t];
    else if (t.startsWith('-')) flags = flags.filter((f) => key(f) !== key(t));
    else if (t.startsWith('bundle=')) bundle = t.slice('bundle='.length);
    else if (t.includes('=')) env[t.slice(0, t.indexOf('='))] = t.slice(t.indexOf('=') + 1);
    else throw new Error(`variant ${name}: cannot read "${t}"`);
  }
  return { name, flags, env, ...(bundle ? { bundle } : {}) };
}

/** RssAnon / RssFile from /proc/<pid>/status, MiB. */
function rssSplit(pid: number): { anon: number; file: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? Number.NaN) / 1024;
  return { anon: kb('RssAnon'), file: kb('RssFile') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

type Row = Record<string, number>;

async function measure(v: Variant, bundleFile: string): Promise<Row> {
  const base = realBotSpec(tempDir('wma-memvar-'), v.env);
  const h = await spawnServer({ ...base, name: `variant-${v.name}`, args: [...v.flags, v.bundle ?? bundleFile] });
  try {
    await waitUntilHealthy(h);
    await sleep(1000);
    const idle = rssMiB(h.pid).rss;
    const idleSplit = rssSplit(h.pid);
    const c0 = cpuSeconds(h.pid);
    const load = await loadPartWay(h.url, ASSESSMENTS, 16, 'v');
    const c1 = cpuSeconds(h.pid);
    await sleep(1000);
    const loaded = rssMiB(h.pid);
    const loadedSplit = rssSplit(h.pid);
    const c2 = cpuSeconds(h.pid);
    const steady = await runLoadInChild({
      url: h.url,
      concurrency: 16,
      maxRequests: 20_000,
      maxSeconds: STEADY_S,
      warmupRequests: 300,
      steps: defaultAssessmentSteps(),
      runId: `w${Date.now().toString(36)}`,
    });
    const c3 = cpuSeconds(h.pid);
    await sleep(1000);
    const after = rssMiB(h.pid);
    return {
      idle,
      idleAnon: idleSplit.anon,
      idleFile: idleSplit.file,
      rss1000: loaded.rss,
      anon1000: loadedSplit.anon,
      file1000: loadedSplit.file,
      cpuMsPerTurn1000: ((c1 - c0) * 1000) / load.totalRequests,
      cpuMsPerTurnSteady: ((c3 - c2) * 1000) / steady.totalRequests,
      p50Steady: steady.latencyMs.p50,
      p99Steady: steady.latencyMs.p99,
      rssAfterSteady: after.rss,
      peak: after.peak,
      failed: load.errors + load.unexpected + steady.errors + steady.unexpected,
    };
  } finally {
    await h.stop();
  }
}

const variants = (process.argv.slice(2).length ? process.argv.slice(2) : ['npm-start']).map(parseVariant);
const bundle = await buildForNpmStart();
const results = new Map<string, Row[]>(variants.map((v) => [v.name, []]));
try {
  for (let r = 0; r < ROUNDS; r++)
    for (const v of variants) {
      const row = await measure(v, bundle.file);
      results.get(v.name)!.push(row);
      console.log(`round ${r + 1} ${v.name}: ${JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, x]) => [k, Math.round(x * 100) / 100])))}`);
    }
} finally {
  cleanupTempDirs();
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`\nmedians over ${ROUNDS} rounds (MiB, ms); load average now ${load}`);
for (const v of variants) {
  const rows = results.get(v.name)!;
  const m = (k: string) => median(rows.map((x) => x[k]!));
  console.log(
    `${v.name.padEnd(22)} idle ${m('idle').toFixed(0)} (anon ${m('idleAnon').toFixed(0)}, file ${m('idleFile').toFixed(0)}) · 1000 in progress ${m('rss1000').toFixed(0)} (anon ${m('anon1000').toFixed(0)}) · after steady ${m('rssAfterSteady').toFixed(0)} · peak ${m('peak').toFixed(0)} · CPU/turn ${m('cpuMsPerTurn1000').toFixed(2)} (part-way) ${m('cpuMsPerTurnSteady').toFixed(2)} (whole) · p50/p99 ${m('p50Steady').toFixed(1)}/${m('p99Steady').toFixed(1)} ms · failed ${m('failed')}   [${v.flags.join(' ')}${Object.keys(v.env).length ? ` ${JSON.stringify(v.env)}` : ''}]`,
  );
}
