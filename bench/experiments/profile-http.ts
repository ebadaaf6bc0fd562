import { readdirSync, readFileSync } from 'node:fs';
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
const profile = !args.includes('--no-prof');
const flagsArg = args.find((a) => a.startsWith('--flags='))?.slice('--flags='.length);
const nodeFlags = flagsArg !== undefined ? flagsArg.split(/\s+/).filter(Boolean) : startProdNodeFlags();
const h = await spawnServer({
  name: 'real-prof',
  args: [...nodeFlags, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${outDir}`] : []), 'dist/bot.mjs'],
  env: { WMA_DATA_DIR: tempDir('wma-prof-data-'), LOG_LEVEL: 'info' },
});
try {
  await waitUntilHealthy(h);
  const cpu0 = cpuSeconds(h.pid);
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
