import { cleanupTempDirs, npmScriptNodeArgs, spawnServer, startProdNodeFlags, tempDir, waitUntilHealthy, type ServerSpec } from '../servers';
import { summarise } from '../stats';
import { alternateRounds } from './alternate-rounds';

/**
 * EXPERIMENT (`npx tsx bench/experiments/ab-http.ts <base-tree> [rounds] [seconds]`): the bench's HTTP
 * turns for two trees at once — each tree's echo bot and its built bundle (`npm run build` in both
 * first) — in short rounds that alternate between the four servers, so a shared machine's load drifts
 * over both trees alike instead of over one run each. Prints per server the turns/s, p50/p99 and CPU
 * per turn, and per tree the same-run ratios (real ÷ that tree's echo).
 */
const [baseTree, roundsArg, secondsArg] = process.argv.slice(2);
if (!baseTree) throw new Error('usage: ab-http.ts <base-tree> [rounds] [seconds]');
const rounds = Number(roundsArg ?? 6);
const seconds = Number(secondsArg ?? 8);
const echo = (tree: string, name: string): ServerSpec => ({
  name,
  args: [...npmScriptNodeArgs('dev').slice(0, -1), `${tree}/bench/echo-bot.ts`],
  env: { LOG_LEVEL: 'info' },
});
const real = (tree: string, name: string): ServerSpec => ({
  name,
  args: [...startProdNodeFlags(), `${tree}/dist/bot.mjs`],
  env: { WMA_DATA_DIR: tempDir('wma-ab-'), LOG_LEVEL: 'info' },
});
const here = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const variants = [echo(baseTree, 'echo, base'), real(baseTree, 'real, base'), echo(here, 'echo, this tree'), real(here, 'real, this tree')];
const servers = await Promise.all(variants.map(spawnServer));
try {
  await Promise.all(servers.map((s) => waitUntilHealthy(s)));
  const acc = await alternateRounds(servers, { rounds, seconds, maxRequests: 30_000, runIdPrefix: 'ab', isEcho: (name) => name.startsWith('echo') });
  const rows = servers.map((s, i) => {
    const a = acc[i]!;
    const l = summarise(a.samples);
    return { name: s.name, rate: a.samples.length / a.seconds, p50: l.p50, p99: l.p99, cpu: (a.cpu * 1000) / a.total, failed: a.failed };
  });
  for (const r of rows)
    console.log(
      `${r.name.padEnd(18)} ${r.rate.toFixed(0).padStart(5)} turns/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  CPU ${r.cpu.toFixed(3)} ms/turn  failed ${r.failed}`,
    );
  for (const [e, x, label] of [
    [rows[0]!, rows[1]!, 'base'],
    [rows[2]!, rows[3]!, 'this tree'],
  ] as const)
    console.log(
      `${label.padEnd(10)} throughput real/echo ${((x.rate / e.rate) * 100).toFixed(0)} %  p99 ${(x.p99 / e.p99).toFixed(2)}×  CPU ${(x.cpu / e.cpu).toFixed(2)}×`,
    );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  cleanupTempDirs();
}
