import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAssessmentSteps } from '../assessment-steps';
import { runLoadInChild } from '../load/run-in-child';
import { cpuSeconds, spawnServer, startProdNodeFlags, tempDir, waitUntilHealthy } from '../servers';

/**
 * `npx tsx bench/experiments/profile-http.ts [seconds] [outDir]`: runs the bundle (dist/bot.mjs, `npm run build`
 * first) under `node --cpu-prof` with the bench's real-bot HTTP load (16 concurrent whole assessments) and
 * leaves the .cpuprofile in outDir (`[seconds] [outDir] [--no-prof] [--flags="…"]`). Analyse it with bench/experiments/cpuprofile-split.ts.
 */
const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const seconds = Number(positional[0] ?? 20);
const outDir = positional[1] ?? tempDir('wma-prof-');
// --no-prof: the same load without the profiler (its own overhead is large); --flags="…": node flags
// instead of start:prod's (e.g. to compare heap sizes).
const profile = !args.includes('--no-prof') && !args.includes('--alloc');
// --alloc: instead of the CPU profile, sample allocations over the measured load (alloc-sampler.mjs)
// and print the bytes allocated per turn by site (function and file, npm packages by package);
// --alloc-from=S starts sampling S seconds in (default 3), to leave the first turns out.
const alloc = args.includes('--alloc');
mkdirSync(outDir, { recursive: true });
const allocFile = join(outDir, 'alloc.json');
const flagsArg = args.find((a) => a.startsWith('--flags='))?.slice('--flags='.length);
const nodeFlags = flagsArg !== undefined ? flagsArg.split(/\s+/).filter(Boolean) : startProdNodeFlags();
const h = await spawnServer({
  name: 'real-prof',
  args: [
    ...nodeFlags,
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${outDir}`] : []),
    ...(alloc ? ['--import', join(import.meta.dirname, 'alloc-sampler.mjs')] : []),
    'dist/bot.mjs',
  ],
  env: { WMA_DATA_DIR: tempDir('wma-prof-data-'), LOG_LEVEL: 'info', ...(alloc ? { WMA_ALLOC_PROFILE: allocFile } : {}) },
});
try {
  await waitUntilHealthy(h);
  const cpu0 = cpuSeconds(h.pid);
  // --alloc: sample from 3 s in (after the child's warm-up) to 1 s before the end; the sampler counts the
  // HTTP requests (turns) it saw meanwhile.
  const sampleFrom = Number(args.find((a) => a.startsWith('--alloc-from='))?.slice('--alloc-from='.length) ?? 3);
  const sampleTo = Math.max(sampleFrom + 1, seconds - 1);
  const timers = alloc
    ? [setTimeout(() => process.kill(h.pid, 'SIGUSR2'), sampleFrom * 1000), setTimeout(() => process.kill(h.pid, 'SIGUSR2'), sampleTo * 1000)]
    : [];
  const r = await runLoadInChild({
    url: h.url,
    concurrency: 16,
    maxRequests: 1_000_000,
    maxSeconds: seconds,
    warmupRequests: 300,
    steps: defaultAssessmentSteps(),
    runId: `p${Date.now().toString(36)}`,
  });
  const cpu = cpuSeconds(h.pid) - cpu0;
  for (const t of timers) clearTimeout(t);
  if (alloc) {
    await waitForFile(allocFile);
    const sampled = JSON.parse(readFileSync(allocFile, 'utf8')) as { head: AllocNode; requests: number };
    printAllocations(sampled.head, sampled.requests);
  }
  console.log(`CPU by thread since start (s): ${threadCpu(h.pid)}`);
  console.log(
    `${r.turnsPerSecond.toFixed(0)} turns/s · p50 ${r.latencyMs.p50.toFixed(1)} ms · p99 ${r.latencyMs.p99.toFixed(1)} ms · ${((cpu * 1000) / r.totalRequests).toFixed(2)} ms CPU/turn · ${r.errors + r.unexpected} failed of ${r.totalRequests}${r.firstProblem ? ` (${r.firstProblem})` : ''}`,
  );
} finally {
  await h.stop();
  console.log(`server log: ${h.logFile}`);
}
if (profile) console.log(join(outDir, readdirSync(outDir).find((f) => f.endsWith('.cpuprofile')) ?? '(no profile)'));

/** user+system seconds per thread name (main thread, V8 GC workers, libuv pool): where CPU goes that a profile of the main thread cannot show. */
function threadCpu(pid: number): string {
  const by = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    by.set(tid === String(pid) ? 'main' : name, (by.get(tid === String(pid) ? 'main' : name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
  }
  return [...by].map(([n, v]) => `${n} ${v.toFixed(2)}`).join(' · ');
}

async function waitForFile(path: string): Promise<void> {
  for (let i = 0; i < 100 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
}

interface AllocNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: AllocNode[];
}

/**
 * Sampled bytes allocated per turn: by the nearest repository source file on the stack (the bundle's
 * `// path.ts` module comments name it), by npm package, and by allocating site (function, file, line).
 */
function printAllocations(head: AllocNode, turns: number): void {
  const bundleFiles = new Map<string, string[]>();
  const sourceOf = (url: string, line: number): string | undefined => {
    if (url.includes('node_modules') || !/\/dist\/(chunks\/)?[^/]+\.mjs$/.test(url)) return undefined;
    let lines = bundleFiles.get(url);
    if (!lines) {
      const text = readFileSync(url.startsWith('file:') ? new URL(url) : url, 'utf8').split('\n');
      lines = [];
      let cur = '';
      for (const l of text) {
        const m = /^\/\/ ([a-z][\w./-]*\.ts)$/.exec(l);
        if (m) cur = m[1]!;
        lines.push(cur);
      }
      bundleFiles.set(url, lines);
    }
    return lines[line] || undefined;
  };
  const pkg = (url: string) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const byFile = new Map<string, number>();
  const byDir = new Map<string, number>();
  const bySite = new Map<string, number>();
  let total = 0;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const walk = (n: AllocNode, mine: string, caller: string) => {
    const { url, lineNumber, functionName } = n.callFrame;
    const src = sourceOf(url, lineNumber);
    const where = src ?? (pkg(url) ? `npm:${pkg(url)}` : url.replace(/^node:/, 'node:') || '(native)');
    const here = src ?? mine;
    const label = `${functionName || '(anonymous)'} ${where}`;
    if (n.selfSize) {
      total += n.selfSize;
      add(byFile, src ? src : `${here} → ${where}`, n.selfSize);
      add(byDir, here.includes('/') ? here.slice(0, here.indexOf('/') + 1) : here, n.selfSize);
      // A native allocator (Set, Array.prototype.join, …) is named with its JS caller.
      add(bySite, url ? `${label} (bundle line ${lineNumber + 1})` : `${label} ← ${caller}`, n.selfSize);
    }
    for (const c of n.children) walk(c, here, url ? label : caller);
  };
  walk(head, '(no repository frame)', '(root)');
  console.log(`allocated ≈ ${(total / turns / 1024).toFixed(1)} KiB per turn (sampled over ${turns} turns)`);
  for (const [title, m] of [
    ['by nearest repository folder on the stack', byDir],
    ['by repository file (own frames), or nearest repository frame → where', byFile],
    ['by site', bySite],
  ] as const) {
    console.log(`## ${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / turns / 1024).toFixed(2).padStart(7)} KiB/turn  ${k}`);
  }
}
