import { precompileBot } from '../precompile';
import { startProdNodeFlags, realBotSpec, rssMiB, spawnServer, tempDir, waitUntilFirstTurn, type ServerSpec } from '../servers';
import { summarise, type Summary } from '../stats';

/**
 * Cold start: from spawning the process to the first /api/messages turn answered with 200.
 * Measured as `npm start` runs the bot (node --import tsx: transpiling is part of the cost; tsx
 * keeps a transpile cache on disk, so only the very first start ever pays it in full) and from
 * an esbuild bundle (no transpiling at start). Each both on an empty data folder (first start:
 * database created, default script published) and on an existing one (a restart).
 */
export interface ColdStartOptions {
  runs: number;
}

export interface ColdStartResult {
  tsxFirstStartMs: Summary;
  tsxRestartMs: Summary;
  precompiledFirstStartMs: Summary | null;
  precompiledRestartMs: Summary | null;
  precompileBuildMs: number | null;
  rssAfterFirstTurnMiB: number;
  precompileError?: string;
}

async function timeStarts(spec: (dataDir: string) => ServerSpec, runs: number, reuseDataDir: boolean): Promise<{ ms: number[]; rss: number }> {
  const ms: number[] = [];
  let rss = 0;
  const shared = tempDir('wma-bench-cold-');
  if (reuseDataDir) {
    // Populate the folder once (database, default script) so the timed starts are restarts.
    const h = await spawnServer(spec(shared));
    await waitUntilFirstTurn(h, performance.now());
    await h.stop();
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const h = await spawnServer(spec(reuseDataDir ? shared : tempDir('wma-bench-cold-')));
    try {
      ms.push(await waitUntilFirstTurn(h, t0));
      rss = rssMiB(h.pid).rss;
    } finally {
      await h.stop();
    }
  }
  return { ms, rss };
}

export async function benchColdStart(o: ColdStartOptions): Promise<ColdStartResult> {
  const tsxFirst = await timeStarts((d) => realBotSpec(d), o.runs, false);
  const tsxRestart = await timeStarts((d) => realBotSpec(d), o.runs, true);
  let precompiled: Awaited<ReturnType<typeof precompileBot>> | null = null;
  let precompileError: string | undefined;
  try {
    precompiled = await precompileBot();
  } catch (err) {
    precompileError = (err as Error).message.slice(0, 500);
  }
  const bundled = (d: string): ServerSpec => ({ ...realBotSpec(d), name: 'real-precompiled', args: [...startProdNodeFlags(), precompiled!.file] });
  const preFirst = precompiled ? await timeStarts(bundled, o.runs, false) : null;
  const preRestart = precompiled ? await timeStarts(bundled, o.runs, true) : null;
  return {
    tsxFirstStartMs: summarise(tsxFirst.ms),
    tsxRestartMs: summarise(tsxRestart.ms),
    precompiledFirstStartMs: preFirst ? summarise(preFirst.ms) : null,
    precompiledRestartMs: preRestart ? summarise(preRestart.ms) : null,
    precompileBuildMs: precompiled?.buildMs ?? null,
    rssAfterFirstTurnMiB: tsxFirst.rss,
    ...(precompileError ? { precompileError } : {}),
  };
}
