import { readFileSync } from 'node:fs';
import {
  botSpec,
  buildForNpmStart,
  cleanupTempDirs,
  cpuSeconds,
  npmScriptNodeArgs,
  spawnServer,
  tempDir,
  waitUntilFirstTurn,
  waitUntilHealthy,
} from '../servers';

/**
 * EXPERIMENT (`npx tsx bench/experiments/cold-start-variants.ts [name:bundle.mjs …]`): the restart
 * of `start:prod` (an existing data folder) for several bundles — this checkout's build and e.g.
 * an older build kept inside the checkout — alternating, RUNS times each (default 5). Prints the
 * median time from spawn to the first answered turn and the server's CPU time to it; on a shared
 * machine the CPU time is the steadier of the two.
 */
const RUNS = Number(process.env.RUNS ?? 5);
const flags = npmScriptNodeArgs('start:prod').slice(0, -1);
const current = await buildForNpmStart();
const variants = [
  { name: 'this checkout', file: current.file },
  ...process.argv.slice(2).map((a) => ({ name: a.slice(0, a.indexOf(':')), file: a.slice(a.indexOf(':') + 1) })),
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = new Map(variants.map((v) => [v.name, { wall: [] as number[], cpu: [] as number[] }]));
try {
  const dirs = new Map<string, string>();
  for (const v of variants) {
    // First start once, so every measured start is a restart (database and script already there).
    const dir = tempDir('wma-cold-var-');
    dirs.set(v.name, dir);
    const h = await spawnServer(botSpec(v.name, [...flags, v.file], dir));
    await waitUntilHealthy(h);
    await h.stop();
  }
  for (let r = 0; r < RUNS; r++)
    for (const v of variants) {
      const t0 = performance.now();
      const h = await spawnServer(botSpec(v.name, [...flags, v.file], dirs.get(v.name)!));
      try {
        const ms = await waitUntilFirstTurn(h, t0);
        const cpu = cpuSeconds(h.pid) * 1000;
        results.get(v.name)!.wall.push(ms);
        results.get(v.name)!.cpu.push(cpu);
        console.log(`run ${r + 1} ${v.name}: first turn ${ms.toFixed(0)} ms, server CPU ${cpu.toFixed(0)} ms`);
      } finally {
        await h.stop();
      }
    }
} finally {
  cleanupTempDirs();
}
console.log(`\nmedians over ${RUNS} restarts; load average now ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const v of variants) {
  const x = results.get(v.name)!;
  console.log(`${v.name.padEnd(16)} first turn ${median(x.wall).toFixed(0)} ms · server CPU ${median(x.cpu).toFixed(0)} ms`);
}
