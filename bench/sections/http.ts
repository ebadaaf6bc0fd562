import { loadavg } from 'node:os';
import { defaultAssessmentSteps } from '../assessment-steps';
import type { LoadPlan, Step } from '../load/closed-loop';
import { runLoadInChild } from '../load/run-in-child';
import {
  buildForNpmStart,
  cpuSeconds,
  echoBotSpec,
  realBotSpec,
  rssMiB,
  spawnServer,
  tempDir,
  waitUntilHealthy,
  waitUntilQuiet,
  type ServerHandle,
} from '../servers';
import { summarise, type Summary } from '../stats';

/**
 * Turn throughput and latency over HTTP: the echo bot (framework floor) and the real bot
 * (durable SQLite state, typed answers through the whole default script, a new conversation
 * after each `confirm`), each driven by the same closed-loop generator at the same concurrency.
 * Rounds alternate echo, real, echo, real… so drift on a shared machine hits both alike; the
 * figures pool every round. A third server, the real bot with its turns in a worker thread
 * (WMA_TURN_WORKER=1, an opt-in), takes its rounds in the same rotation.
 */
export interface HttpOptions {
  concurrency: number;
  rounds: number;
  secondsPerRound: number;
  maxRequestsPerRound: number;
  warmupRequests: number;
}

export interface HttpServerResult {
  turnsPerSecond: number;
  latencyMs: Summary;
  requests: number;
  errors: number;
  unexpected: number;
  /** Server CPU per turn (user+system, warm-up included), ms. */
  serverCpuMsPerTurn: number;
  generatorCpuMsPerTurn: number;
  rssMiBAfter: number;
  perRound: Array<{ turnsPerSecond: number; p50: number; p99: number }>;
  conversationsCompleted: number;
  /** Mean HTTP reply body of a measured turn (the activities botbuilder returns for expectReplies). */
  meanReplyBytes: number;
  firstProblem?: string;
}

export interface HttpResult {
  concurrency: number;
  rounds: number;
  turnsPerAssessment: number;
  echo: HttpServerResult;
  real: HttpServerResult;
  /** The same bot with WMA_TURN_WORKER=1 (service/turn-worker/): not the default, measured beside it. */
  realWorker: HttpServerResult;
  /** realWorker / echo throughput and p99, for the opt-in's trade-off (the targets are the default's). */
  workerThroughputRatio: number;
  workerP99Ratio: number;
  /** real / echo throughput (target ≥ 0.5, stretch 0.6) and p99 (target ≤ 2). */
  throughputRatio: number;
  p99Ratio: number;
  p50Ratio: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
}

interface Accumulator {
  samples: number[];
  seconds: number;
  errors: number;
  unexpected: number;
  cpu: number;
  totalRequests: number;
  generatorCpu: number;
  perRound: HttpServerResult['perRound'];
  conversationsCompleted: number;
  replyBytes: number;
  firstProblem?: string;
}

const emptyAcc = (): Accumulator => ({
  samples: [],
  seconds: 0,
  errors: 0,
  unexpected: 0,
  cpu: 0,
  totalRequests: 0,
  generatorCpu: 0,
  perRound: [],
  conversationsCompleted: 0,
  replyBytes: 0,
});

async function round(h: ServerHandle, steps: Step[], o: HttpOptions, runId: string, acc: Accumulator): Promise<void> {
  const plan: LoadPlan = {
    url: h.url,
    concurrency: o.concurrency,
    maxRequests: o.maxRequestsPerRound,
    maxSeconds: o.secondsPerRound,
    warmupRequests: o.warmupRequests,
    steps,
    runId,
    keepSamples: true,
  };
  const cpu0 = cpuSeconds(h.pid);
  const r = await runLoadInChild(plan);
  acc.cpu += cpuSeconds(h.pid) - cpu0;
  acc.samples.push(...(r.samplesMs ?? []));
  acc.seconds += r.seconds;
  acc.errors += r.errors;
  acc.unexpected += r.unexpected;
  acc.totalRequests += r.totalRequests;
  acc.generatorCpu += r.generatorCpuSeconds;
  acc.conversationsCompleted += r.conversationsCompleted;
  acc.replyBytes += r.replyBytes;
  acc.perRound.push({ turnsPerSecond: r.turnsPerSecond, p50: r.latencyMs.p50, p99: r.latencyMs.p99 });
  if (r.firstProblem) acc.firstProblem ??= r.firstProblem;
}

function finish(acc: Accumulator, h: ServerHandle): HttpServerResult {
  return {
    turnsPerSecond: acc.samples.length / Math.max(acc.seconds, 1e-9),
    latencyMs: summarise(acc.samples),
    requests: acc.samples.length,
    errors: acc.errors,
    unexpected: acc.unexpected,
    serverCpuMsPerTurn: (acc.cpu * 1000) / Math.max(1, acc.totalRequests),
    generatorCpuMsPerTurn: (acc.generatorCpu * 1000) / Math.max(1, acc.totalRequests),
    rssMiBAfter: rssMiB(h.pid).rss,
    perRound: acc.perRound,
    conversationsCompleted: acc.conversationsCompleted,
    meanReplyBytes: acc.replyBytes / Math.max(1, acc.samples.length),
    ...(acc.firstProblem ? { firstProblem: acc.firstProblem } : {}),
  };
}

export async function benchHttp(o: HttpOptions): Promise<HttpResult> {
  const steps = defaultAssessmentSteps();
  const echoSteps: Step[] = [{ text: 'hello there', expect: 'echo: hello there' }];
  const loadAverageBefore = loadavg();
  await buildForNpmStart();
  const echo = await spawnServer(echoBotSpec());
  const real = await spawnServer(realBotSpec(tempDir('wma-bench-http-')));
  const worker = await spawnServer({ ...realBotSpec(tempDir('wma-bench-http-'), { WMA_TURN_WORKER: '1' }), name: 'real-worker' });
  try {
    await Promise.all([waitUntilHealthy(echo), waitUntilHealthy(real), waitUntilHealthy(worker)]);
    // Both real bots warm up after listening; none of that may land in the first echo round.
    await Promise.all([waitUntilQuiet(real), waitUntilQuiet(worker)]);
    const accEcho = emptyAcc();
    const accReal = emptyAcc();
    const accWorker = emptyAcc();
    const stamp = Date.now().toString(36);
    for (let i = 0; i < o.rounds; i++) {
      await round(echo, echoSteps, o, `e${stamp}r${i}`, accEcho);
      await round(real, steps, o, `r${stamp}r${i}`, accReal);
      await round(worker, steps, o, `w${stamp}r${i}`, accWorker);
    }
    const e = finish(accEcho, echo);
    const r = finish(accReal, real);
    const w = finish(accWorker, worker);
    return {
      concurrency: o.concurrency,
      rounds: o.rounds,
      turnsPerAssessment: steps.length,
      echo: e,
      real: r,
      realWorker: w,
      throughputRatio: r.turnsPerSecond / e.turnsPerSecond,
      p99Ratio: r.latencyMs.p99 / e.latencyMs.p99,
      workerThroughputRatio: w.turnsPerSecond / e.turnsPerSecond,
      workerP99Ratio: w.latencyMs.p99 / e.latencyMs.p99,
      p50Ratio: r.latencyMs.p50 / e.latencyMs.p50,
      loadAverageBefore,
      loadAverageAfter: loadavg(),
    };
  } finally {
    await Promise.all([echo.stop(), real.stop(), worker.stop()]);
  }
}
