import { buildForNpmStart, cleanupTempDirs, echoBotSpec, realBotSpec, spawnServer, tempDir, waitUntilHealthy, type ServerSpec } from '../servers';
import { summarise } from '../stats';
import { alternateRounds } from './alternate-rounds';

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
const servers = await Promise.all(variants.map(spawnServer));
try {
  await Promise.all(servers.map((s) => waitUntilHealthy(s)));
  const acc = await alternateRounds(servers, { rounds, seconds, maxRequests: 20_000, runIdPrefix: 'x', isEcho: (name) => name === 'echo' });
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
