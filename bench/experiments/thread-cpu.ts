import { readdirSync, readFileSync } from 'node:fs';
import { defaultAssessmentSteps } from '../assessment-steps';
import { runLoadInChild } from '../load/run-in-child';
import { spawnServer, startProdNodeFlags, tempDir, waitUntilHealthy } from '../servers';

/**
 * EXPERIMENT (`npm run build`, then `npx tsx bench/experiments/thread-cpu.ts [seconds] [KEY=VALUE…] [--flags="…"]`): the
 * bench's real-bot HTTP load (16 concurrent whole assessments) against the bundle, and the CPU each of
 * the server's threads spent per turn (from /proc/<pid>/task/<tid>/stat, ticks of 10 ms): which thread is
 * saturated — the HTTP server's, the turn worker's (issue 22) or V8's helpers. Extra arguments are
 * environment variables for the server (e.g. WMA_TURN_WORKER=0).
 */
const args = process.argv.slice(2);
const seconds = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
// --flags="…": node flags added to start:prod's (e.g. GC settings).
const extraFlags = (args.find((a) => a.startsWith('--flags='))?.slice('--flags='.length) ?? '').split(/\s+/).filter(Boolean);
const env = Object.fromEntries(args.filter((a) => a.includes('=') && !a.startsWith('--')).map((a) => a.split('=', 2) as [string, string]));

interface ThreadTicks {
  name: string;
  ticks: number;
}
function threads(pid: number): Map<string, ThreadTicks> {
  const out = new Map<string, ThreadTicks>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(tid, { name, ticks: Number(fields[11]) + Number(fields[12]) });
  }
  return out;
}

const h = await spawnServer({
  name: 'real-threads',
  args: [...startProdNodeFlags(), ...extraFlags, 'dist/bot.mjs'],
  env: { WMA_DATA_DIR: tempDir('wma-threads-data-'), LOG_LEVEL: 'info', ...env },
});
try {
  await waitUntilHealthy(h);
  const before = threads(h.pid);
  const r = await runLoadInChild({
    url: h.url,
    concurrency: 16,
    maxRequests: 1_000_000,
    maxSeconds: seconds,
    warmupRequests: 300,
    steps: defaultAssessmentSteps(),
    runId: `t${Date.now().toString(36)}`,
  });
  const after = threads(h.pid);
  const turns = r.totalRequests; // the ticks include the warm-up requests
  console.log(
    `${turns} turns in ${r.seconds.toFixed(1)} s = ${(turns / r.seconds).toFixed(0)} turns/s, errors ${r.errors}; env ${JSON.stringify(env)} flags ${extraFlags.join(' ')}`,
  );
  const rows = [...after].map(([tid, t]) => ({ tid, name: t.name, ms: (t.ticks - (before.get(tid)?.ticks ?? 0)) * 10 })).filter((t) => t.ms > 0);
  rows.sort((a, b) => b.ms - a.ms);
  for (const t of rows)
    console.log(`${t.tid.padStart(8)} ${t.name.padEnd(16)} ${(t.ms / turns).toFixed(3)} ms/turn  ${((t.ms / 1000 / r.seconds) * 100).toFixed(0)} % of a core`);
  console.log(`total ${(rows.reduce((n, t) => n + t.ms, 0) / turns).toFixed(3)} ms/turn`);
} finally {
  h.child.kill('SIGKILL');
}
