import { defaultAssessmentSteps } from '../assessment-steps';
import { runLoadInChild } from '../load/run-in-child';
import {
  buildForNpmStart,
  devBotSpec,
  npmScriptNodeArgs,
  realBotSpec,
  rssMiB,
  startProdNodeFlags,
  spawnServer,
  tempDir,
  treeRssMiB,
  waitUntilHealthy,
  type ServerSpec,
} from '../servers';

/**
 * RSS of the real bot with many assessments in progress: a fresh server, then `assessments`
 * conversations each taken part-way through the default script (2 to 12 turns, varied), so every
 * one is open and none is finished. RSS is read from /proc/<pid>/status once the load stops.
 * Measured as `npm start` runs the bot (the bundle it builds first), as `npm run start:prod` does
 * (the same bundle, start:prod's flags) and as `npm run dev` does (the sources through tsx).
 */
export interface MemoryOptions {
  assessments: number;
  concurrency: number;
}

export interface MemoryResult extends MemoryRun {
  /** The same measurement for `npm run start:prod`; null when it runs exactly `npm start`'s command (measured once). */
  precompiled: MemoryRun | null;
  /** `npm run dev` (tsx): its loader thread and transpiled sources cost memory the bundle does not. */
  dev?: MemoryRun;
  /** npm start's bundle with WMA_TURN_WORKER=1 (an opt-in; the target is the default's). */
  worker?: MemoryRun;
}

export interface MemoryRun {
  assessmentsInProgress: number;
  turns: number;
  errors: number;
  unexpected: number;
  rssIdleMiB: number;
  rssMiB: number;
  peakRssMiB: number;
  /** Including any child process (tsx's esbuild helper under `npm run dev`). */
  processTreeRssMiB: number;
  seconds: number;
  firstProblem?: string;
}

/** Turns per conversation: start plus 1..11 answers — always short of the 63-turn full run. */
const PART_WAY = [2, 5, 9, 3, 12, 7, 4, 10, 6, 8, 11];

/**
 * Leaves `conversations` assessments part-way through (PART_WAY turns each), as the memory target
 * describes; the memory section and the bench/experiments memory tools all load the bot this way.
 */
export function loadPartWay(url: string, conversations: number, concurrency: number, runPrefix: string) {
  return runLoadInChild({
    url,
    concurrency,
    maxRequests: Number.MAX_SAFE_INTEGER,
    maxSeconds: 3600,
    warmupRequests: 0,
    steps: defaultAssessmentSteps(),
    turnsPerConversation: PART_WAY,
    conversations,
    runId: `${runPrefix}${Date.now().toString(36)}`,
  });
}

export async function benchMemory(o: MemoryOptions): Promise<MemoryResult> {
  const bundle = await buildForNpmStart();
  const npmStart = await measure(realBotSpec(tempDir('wma-bench-mem-')), o);
  // Two runs of one command would report noise as a difference between them.
  const sameCommand = npmScriptNodeArgs('start').join(' ') === npmScriptNodeArgs('start:prod').join(' ');
  const precompiled = sameCommand
    ? null
    : await measure({ ...realBotSpec(tempDir('wma-bench-mem-')), name: 'real-precompiled', args: [...startProdNodeFlags(), bundle.file] }, o);
  const dev = await measure(devBotSpec(tempDir('wma-bench-mem-')), o);
  // The opt-in turn worker's price in memory: a second V8 heap (service/turn-worker/).
  const worker = await measure({ ...realBotSpec(tempDir('wma-bench-mem-'), { WMA_TURN_WORKER: '1' }), name: 'real-worker' }, o);
  return { ...npmStart, precompiled, dev, worker };
}

async function measure(spec: ServerSpec, o: MemoryOptions): Promise<MemoryRun> {
  const h = await spawnServer(spec);
  try {
    await waitUntilHealthy(h);
    await new Promise((r) => setTimeout(r, 500));
    const rssIdleMiB = rssMiB(h.pid).rss;
    const r = await loadPartWay(h.url, o.assessments, o.concurrency, 'm');
    // Let in-flight work and a GC cycle settle, as a quiet server between calls would.
    await new Promise((res) => setTimeout(res, 1000));
    const mem = rssMiB(h.pid);
    return {
      assessmentsInProgress: r.conversationsStarted - r.errors - r.unexpected,
      turns: r.totalRequests,
      errors: r.errors,
      unexpected: r.unexpected,
      rssIdleMiB,
      rssMiB: mem.rss,
      peakRssMiB: mem.peak,
      processTreeRssMiB: treeRssMiB(h.pid),
      seconds: r.seconds,
      ...(r.firstProblem ? { firstProblem: r.firstProblem } : {}),
    };
  } finally {
    await h.stop();
  }
}
