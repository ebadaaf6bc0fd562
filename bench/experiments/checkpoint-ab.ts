import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildForNpmStart, cleanupTempDirs, echoBotSpec, realBotSpec, rssMiB, spawnServer, tempDir, waitUntilHealthy, type ServerSpec } from '../servers';
import { summarise } from '../stats';
import { alternateRounds } from './alternate-rounds';

/**
 * EXPERIMENT (`npx tsx bench/experiments/checkpoint-ab.ts auto auto:250 worker …`): the HTTP turn
 * benchmark's load (16 concurrent whole assessments) against the echo bot and the real bot with
 * WAL checkpoints placed differently (checkpoint-probe.mjs, preloaded, says how: CKPT_MODE), rounds
 * alternating between variants. Per variant: p99 and throughput as ratios to echo in the same run,
 * RSS at the end, and from the probe every COMMIT's time and which ones ran a checkpoint.
 * ROUNDS (default 2) × SECONDS (default 10) per variant.
 */
const modes = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!modes.length) modes.push('auto', 'worker');
await buildForNpmStart();
const probe = join(import.meta.dirname, 'checkpoint-probe.mjs');
const outDir = tempDir('wma-ckpt-');
const variants: ServerSpec[] = [
  echoBotSpec(),
  ...modes.map((m, i) => {
    const base = realBotSpec(tempDir('wma-ckpt-data-'), { CKPT_MODE: m, CKPT_PROBE_OUT: join(outDir, `${i}.json`) });
    return { ...base, name: `real ${m}`, args: [...base.args.slice(0, -1), '--import', probe, base.args.at(-1) as string] };
  }),
];
const rounds = Number(process.env.ROUNDS ?? 2);
const seconds = Number(process.env.SECONDS ?? 10);
const load0 = loadavg();
const servers = await Promise.all(variants.map(spawnServer));
const rss: number[] = [];
try {
  await Promise.all(servers.map((s) => waitUntilHealthy(s)));
  const acc = await alternateRounds(servers, { rounds, seconds, maxRequests: 20_000, runIdPrefix: 'c', isEcho: (name) => name === 'echo' });
  // RSS depends on how long ago each server's last round ended (GC gives memory back when idle): not an A/B of memory.
  for (const s of servers) rss.push(rssMiB(s.pid).rss);
  const echo = summarise(acc[0]!.samples);
  const echoRate = acc[0]!.samples.length / acc[0]!.seconds;
  console.log(
    `load average ${load0.map((x) => x.toFixed(2)).join(' ')} → ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; ${rounds} rounds × ${seconds} s`,
  );
  for (const [i, s] of servers.entries()) {
    const a = acc[i]!;
    const l = summarise(a.samples);
    const rate = a.samples.length / a.seconds;
    console.log(
      `${s.name.padEnd(18)} ${rate.toFixed(0).padStart(5)} turns/s (${((rate / echoRate) * 100).toFixed(0).padStart(3)} %)  p50 ${l.p50.toFixed(1).padStart(5)}  p99 ${l.p99.toFixed(1).padStart(6)} ms (${(l.p99 / echo.p99).toFixed(2)}× echo)  CPU ${((a.cpu * 1000) / a.total).toFixed(2)} ms/turn  RSS ${rss[i]!.toFixed(0)} MiB  failed ${a.failed}`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
// The probes write on exit.
for (const [i, m] of modes.entries()) {
  const f = join(outDir, `${i}.json`);
  if (!existsSync(f)) {
    console.log(`${m}: no probe output`);
    continue;
  }
  const p = JSON.parse(readFileSync(f, 'utf8')) as {
    requests: number;
    commits: [number, number, number][];
    workerRuns: [number, number, number][];
    walMaxFrames: number;
    eld: { p99: number; max: number };
  };
  const all = p.commits.map((c) => c[0]).sort((x, y) => x - y);
  const ckc = p.commits.filter((c) => c[1]);
  const ck = ckc.map((c) => c[0]).sort((x, y) => x - y);
  // Every request in flight while a checkpointing COMMIT blocked the loop waited that long.
  const delayed = ckc.reduce((n, c) => n + c[2], 0);
  const turns = p.requests;
  const q = (xs: number[], f: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(f * xs.length))]! : 0);
  const wk = p.workerRuns.map((w) => w[0]).sort((x, y) => x - y);
  console.log(
    `${`real ${m}`.padEnd(18)} commits ${all.length} (p50 ${q(all, 0.5).toFixed(2)}, p99 ${q(all, 0.99).toFixed(2)}, max ${q(all, 1).toFixed(1)} ms, ${all.filter((x) => x > 5).length} > 5 ms)  ` +
      `checkpointing commits ${ck.length} (p50 ${q(ck, 0.5).toFixed(1)}, max ${q(ck, 1).toFixed(1)} ms, sum ${ck.reduce((x, y) => x + y, 0).toFixed(0)} ms; ${delayed} turns in flight behind them = ${((100 * delayed) / Math.max(1, turns)).toFixed(1)} % of ${turns} requests served)  ` +
      `worker checkpoints ${wk.length} (p50 ${q(wk, 0.5).toFixed(1)}, max ${q(wk, 1).toFixed(1)} ms)  WAL max ${p.walMaxFrames} frames  event-loop delay p99 ${p.eld.p99.toFixed(1)} max ${p.eld.max.toFixed(1)} ms`,
  );
}
cleanupTempDirs();
