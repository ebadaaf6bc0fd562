import { spawn } from 'node:child_process';
import { defaultAssessmentSteps } from '../assessment-steps';
import { activityJson, type Step } from '../load/closed-loop';
import {
  cpuSeconds,
  devBotSpec,
  npmScriptNodeArgs,
  REPO_ROOT,
  botSpec,
  rssMiB,
  spawnServer,
  tempDir,
  waitUntilFirstTurn,
  waitUntilHealthy,
  type ServerSpec,
} from '../servers';
import { summarise, type Summary } from '../stats';

/**
 * Cold start: from spawning the process to the first /api/messages turn answered with 200, each
 * on an empty data folder (first start: database created, default script published) and on an
 * existing one (a restart), as each start command runs the bot:
 * - `npm start`: `npm run build` (its prestart: tsx runs scripts/build.ts, esbuild bundles the
 *   app into dist/bot.mjs), then node runs the bundle. Timed as one: build process, then start.
 * - `npm run start:prod`: the bundle alone (built beforehand, as a deployment does).
 * - `npm run dev`: node --import tsx on the sources (transpiling is part of the cost; tsx keeps a
 *   transpile cache on disk, so only the very first start ever pays it in full).
 * Also the server's own CPU time up to that first turn (less sensitive to a busy machine than the
 * wall time), and the first conversation's turns right after the server starts listening — while
 * the background warm-up (service/warm-up.ts) may still be running — against the same turns of a
 * second conversation on the warmed server.
 */
export interface ColdStartOptions {
  runs: number;
  /** Also time `npm run dev` (tsx; the slowest start, left out of the smoke run). */
  dev: boolean;
}

export interface FirstTurns {
  /** Which steps of the default script are reported, by name, with their position. */
  steps: Record<string, number>;
  /** Per named step: its time in the first conversation after listening, across runs. */
  first: Record<string, Summary>;
  /** The same steps in a second conversation on the same (now warm) server. */
  warm: Record<string, Summary>;
  /** The slowest turn of each first conversation, across runs. */
  firstSlowestMs: Summary;
  warmSlowestMs: Summary;
}

export interface ColdStartResult {
  /** `npm start` = build + start. */
  npmStartFirstStartMs: Summary;
  npmStartRestartMs: Summary;
  /** The prestart build alone (tsx + esbuild), per start. */
  npmStartBuildMs: Summary;
  /** `npm run start:prod`: the bundle alone. */
  precompiledFirstStartMs: Summary | null;
  precompiledRestartMs: Summary | null;
  precompiledRestartCpuMs: Summary;
  /** `npm run dev` (tsx), when measured. */
  dev: { firstStartMs: Summary; restartMs: Summary; restartCpuMs: Summary } | null;
  /** Build time of the bundle the other start-up rows ran. */
  precompileBuildMs: number | null;
  rssAfterFirstTurnMiB: number;
  /** First conversation after listening, start:prod bundle, restart. */
  firstTurns: FirstTurns;
  precompileError?: string;
}

/** `npm run build`, as npm's prestart runs it (a process of its own); writes dist/ like the real command. */
async function runBuild(): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`npm run build failed (${code}): ${err.slice(-1000)}`);
  return performance.now() - t0;
}

interface Starts {
  ms: number[];
  cpuMs: number[];
  buildMs: number[];
  rss: number;
}

async function timeStarts(spec: (dataDir: string) => ServerSpec, runs: number, reuseDataDir: boolean, build = false): Promise<Starts> {
  const out: Starts = { ms: [], cpuMs: [], buildMs: [], rss: 0 };
  const shared = tempDir('wma-bench-cold-');
  if (reuseDataDir) {
    // Populate the folder once (database, default script) so the timed starts are restarts.
    if (build) await runBuild();
    const h = await spawnServer(spec(shared));
    await waitUntilFirstTurn(h, performance.now());
    await h.stop();
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (build) out.buildMs.push(await runBuild());
    const h = await spawnServer(spec(reuseDataDir ? shared : tempDir('wma-bench-cold-')));
    try {
      out.ms.push(await waitUntilFirstTurn(h, t0));
      out.cpuMs.push(cpuSeconds(h.pid) * 1000);
      out.rss = rssMiB(h.pid).rss;
    } finally {
      await h.stop();
    }
  }
  return out;
}

async function turn(url: string, step: Step, conversation: string, id: string): Promise<number> {
  const t0 = performance.now();
  const r = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: activityJson(step.text, conversation, 'first-turns-lw', id),
  });
  const body = await r.text();
  const ms = performance.now() - t0;
  if (r.status !== 200 || (step.expect !== undefined && !body.includes(step.expect)))
    throw new Error(`first turns: "${step.text}" got HTTP ${r.status} without the expected reply`);
  return ms;
}

/** Named steps of the default script: the first turn, the first typed answer (the first safeguarding check), the area answer, the plan. */
function namedSteps(steps: Step[]): Record<string, number> {
  const area = steps.findIndex((_, i) => i > 0 && (steps[i - 1]!.expect ?? '').startsWith('Which town or postcode'));
  return {
    'start (first turn)': 0,
    'first typed answer': 1,
    ...(area > 0 ? { 'area answer': area } : {}),
    'confirm (plan drafted)': steps.length - 1,
  };
}

async function firstTurns(spec: (dataDir: string) => ServerSpec, runs: number): Promise<FirstTurns> {
  const steps = defaultAssessmentSteps();
  const named = namedSteps(steps);
  const first: Record<string, number[]> = {};
  const warm: Record<string, number[]> = {};
  const firstSlowest: number[] = [];
  const warmSlowest: number[] = [];
  const dir = tempDir('wma-bench-first-');
  const setup = await spawnServer(spec(dir));
  await waitUntilFirstTurn(setup, performance.now());
  await setup.stop();
  for (let run = 0; run < runs; run++) {
    const h = await spawnServer(spec(dir));
    try {
      await waitUntilHealthy(h, 120_000, 5);
      for (const [conversation, into, slowest] of [
        ['a', first, firstSlowest],
        ['b', warm, warmSlowest],
      ] as const) {
        const times: number[] = [];
        for (const [i, step] of steps.entries()) times.push(await turn(h.url, step, `first-${run}-${conversation}`, `f${run}${conversation}${i}`));
        for (const [name, i] of Object.entries(named)) {
          into[name] ??= [];
          into[name].push(times[i]!);
        }
        slowest.push(Math.max(...times));
      }
    } finally {
      await h.stop();
    }
  }
  const sum = (m: Record<string, number[]>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, summarise(v)]));
  return { steps: named, first: sum(first), warm: sum(warm), firstSlowestMs: summarise(firstSlowest), warmSlowestMs: summarise(warmSlowest) };
}

export async function benchColdStart(o: ColdStartOptions): Promise<ColdStartResult> {
  // `npm start` exactly: the build writes dist/bot.mjs, then start's own arguments run it.
  const npmStart = (d: string): ServerSpec => botSpec('real-npm-start', npmScriptNodeArgs('start'), d);
  const npmFirst = await timeStarts(npmStart, o.runs, false, true);
  const npmRestart = await timeStarts(npmStart, o.runs, true, true);
  // start:prod runs the dist/ bundle the last build left.
  const prod = (d: string): ServerSpec => botSpec('real-precompiled', npmScriptNodeArgs('start:prod'), d);
  const preFirst = await timeStarts(prod, o.runs, false);
  const preRestart = await timeStarts(prod, o.runs, true);
  const devFirst = o.dev ? await timeStarts(devBotSpec, o.runs, false) : null;
  const devRestart = o.dev ? await timeStarts(devBotSpec, o.runs, true) : null;
  return {
    npmStartFirstStartMs: summarise(npmFirst.ms),
    npmStartRestartMs: summarise(npmRestart.ms),
    npmStartBuildMs: summarise([...npmFirst.buildMs, ...npmRestart.buildMs]),
    precompiledFirstStartMs: summarise(preFirst.ms),
    precompiledRestartMs: summarise(preRestart.ms),
    precompiledRestartCpuMs: summarise(preRestart.cpuMs),
    dev:
      devFirst && devRestart ? { firstStartMs: summarise(devFirst.ms), restartMs: summarise(devRestart.ms), restartCpuMs: summarise(devRestart.cpuMs) } : null,
    precompileBuildMs: summarise([...npmFirst.buildMs, ...npmRestart.buildMs]).p50,
    rssAfterFirstTurnMiB: preFirst.rss,
    firstTurns: await firstTurns(prod, o.runs),
  };
}
