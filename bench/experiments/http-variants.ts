import { defaultAssessmentSteps } from '../assessment-steps';
import { runLoadInChild } from '../load/run-in-child';
import { buildForNpmStart, cleanupTempDirs, cpuSeconds, echoBotSpec, realBotSpec, spawnServer, tempDir, waitUntilHealthy, type ServerSpec } from '../servers';
import { summarise } from '../stats';

/**
 * EXPERIMENT (`npx tsx bench/experiments/http-variants.ts`): the HTTP turn benchmark for the
 * echo bot, the real bot, and the real bot with candidate fixes applied from outside — to size
 * what each fix would buy before anyone changes product code. Rounds alternate between variants.
 */
// Issue 22: prepared statements, group commit and the state cache are in the product now; what is
// left to size is the one durability choice an operator can make (WMA_SQLITE_SYNCHRONOUS).
await buildForNpmStart();
const variants: ServerSpec[] = [
  echoBotSpec(),
  realBotSpec(tempDir('wma-exp-')),
  { ...realBotSpec(tempDir('wma-exp-'), { WMA_SQLITE_SYNCHRONOUS: 'normal' }), name: 'real, WMA_SQLITE_SYNCHRONOUS=normal' },
];
const rounds = Number(process.env.ROUNDS ?? 2);
const seconds = Number(process.env.SECONDS ?? 10);
const steps = defaultAssessmentSteps();
const servers = await Promise.all(variants.map(spawnServer));
try {
  await Promise.all(servers.map((s) => waitUntilHealthy(s)));
  const acc = servers.map(() => ({ samples: [] as number[], seconds: 0, cpu: 0, total: 0, failed: 0 }));
  for (let r = 0; r < rounds; r++)
    for (const [i, s] of servers.entries()) {
      const c0 = cpuSeconds(s.pid);
      const res = await runLoadInChild({
        url: s.url,
        concurrency: 16,
        maxRequests: 20_000,
        maxSeconds: seconds,
        warmupRequests: 300,
        runId: `x${Date.now().toString(36)}${i}`,
        keepSamples: true,
        steps: s.name === 'echo' ? [{ text: 'hello', expect: 'echo: hello' }] : steps,
      });
      const a = acc[i]!;
      a.cpu += cpuSeconds(s.pid) - c0;
      a.samples.push(...(res.samplesMs ?? []));
      a.seconds += res.seconds;
      a.total += res.totalRequests;
      a.failed += res.errors + res.unexpected;
    }
  const echoRate = acc[0]!.samples.length / acc[0]!.seconds;
  for (const [i, s] of servers.entries()) {
    const a = acc[i]!;
    const l = summarise(a.samples);
    const rate = a.samples.length / a.seconds;
    console.log(
      `${s.name.padEnd(46)} ${rate.toFixed(0).padStart(5)} turns/s (${((rate / echoRate) * 100).toFixed(0).padStart(3)} % of echo)  p50 ${l.p50.toFixed(1).padStart(6)} ms  p99 ${l.p99.toFixed(1).padStart(6)} ms  CPU ${((a.cpu * 1000) / a.total).toFixed(2)} ms/turn  failed ${a.failed}`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  cleanupTempDirs();
}
