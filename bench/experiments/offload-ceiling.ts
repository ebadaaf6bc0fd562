import { cleanupTempDirs, echoBotSpec, spawnServer, waitUntilHealthy, type ServerSpec } from '../servers';
import { summarise } from '../stats';
import { alternateRounds } from './alternate-rounds';
import { hashRounds } from './offload-work';

/**
 * EXPERIMENT (`npx tsx bench/experiments/offload-ceiling.ts [work-ms] [reply-bytes]`): the ceiling
 * on the throughput ratio if the turn's own work ran off the main thread. Three servers, rounds
 * alternated: the echo bot (the bench's floor); the echo bot doing `work-ms` of CPU per turn on the
 * main thread (what the real bot does today, in shape); the same work in one worker thread. The work
 * is calibrated here to `work-ms` on an idle core. Default 1.1 ms: the real bot's main-thread CPU per
 * turn beyond the echo bot's, measured under the HTTP bench (BENCHMARKS.md, round 8).
 */
const workMs = Number(process.argv[2] ?? 1.1);
const replyBytes = Number(process.argv[3] ?? 2300);
const t0 = process.hrtime.bigint();
hashRounds(20_000);
const perUnitMs = Number(process.hrtime.bigint() - t0) / 1e6 / 20_000;
const units = Math.max(1, Math.round(workMs / perUnitMs));
console.log(`work: ${units} units of ${(perUnitMs * 1000).toFixed(1)} µs ≈ ${(units * perUnitMs).toFixed(2)} ms per turn; reply ${replyBytes} B`);
const e = echoBotSpec();
const variant = (name: string, env: Record<string, string>): ServerSpec => ({
  name,
  args: [...e.args.slice(0, -1), 'bench/experiments/offload-echo.ts'],
  env: { ...e.env, ...env },
});
const specs = [
  e,
  variant('echo + work on main thread', { WMA_WORK_UNITS: String(units), WMA_WORK_IN: 'main', WMA_REPLY_BYTES: String(replyBytes) }),
  variant('echo + work in a worker thread', { WMA_WORK_UNITS: String(units), WMA_WORK_IN: 'worker', WMA_REPLY_BYTES: String(replyBytes) }),
];
const rounds = Number(process.env.ROUNDS ?? 2);
const seconds = Number(process.env.SECONDS ?? 10);
const servers = await Promise.all(specs.map(spawnServer));
try {
  await Promise.all(servers.map((s) => waitUntilHealthy(s)));
  const acc = await alternateRounds(servers, { rounds, seconds, maxRequests: 40_000, runIdPrefix: 'o', isEcho: () => true });
  const echo = acc[0]!;
  const echoRate = echo.samples.length / echo.seconds;
  const echoP99 = summarise(echo.samples).p99;
  for (const [i, s] of servers.entries()) {
    const a = acc[i]!;
    const l = summarise(a.samples);
    const rate = a.samples.length / a.seconds;
    console.log(
      `${s.name.padEnd(34)} ${rate.toFixed(0).padStart(5)} turns/s (${((rate / echoRate) * 100).toFixed(0).padStart(3)} % of echo)  p99 ${l.p99.toFixed(1).padStart(6)} ms (${(l.p99 / echoP99).toFixed(2)}×)  CPU ${((a.cpu * 1000) / a.total).toFixed(2)} ms/turn  failed ${a.failed}`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  cleanupTempDirs();
}
