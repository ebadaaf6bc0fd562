import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { loadDefaultScript } from '../dialogs/scripts/load';
import { buildDirectoryIndex } from '../plans/directory/build-index';
import { generateSyntheticDirectory } from '../plans/directory/synthetic';
import { benchPeople } from './people';
import { benchColdStart, type ColdStartOptions, type ColdStartResult } from './sections/cold-start';
import { benchDraft, type DraftResult } from './sections/draft';
import { benchExports, exportInputFor, type ExportsResult } from './sections/exports';
import { benchHttp, type HttpOptions, type HttpResult } from './sections/http';
import { benchLlm, type LlmResult } from './sections/llm';
import { benchMatch, type MatchOptions, type MatchSizeResult } from './sections/match';
import { benchMemory, type MemoryOptions, type MemoryResult } from './sections/memory';
import { benchSafeguarding, type SafeguardingResult } from './sections/safeguarding';
import { cleanupTempDirs } from './servers';

/** Every section's size, in one place: `full` is `npm run bench`, `smoke` keeps the harness honest in `npm test`. */
export interface BenchConfig {
  mode: 'full' | 'smoke';
  http: HttpOptions;
  memory: MemoryOptions;
  coldStart: ColdStartOptions;
  match: MatchOptions;
  draft: { people: number; directoryServices: number; repeat: number };
  exports: { plans: number; iterations: number };
  llm: { people: number; verbosePeople: number; directoryServices: number };
  safeguarding: { statements: number; disguisedPerStatement: number };
}

export const FULL: BenchConfig = {
  mode: 'full',
  http: { concurrency: 16, rounds: 3, secondsPerRound: 15, maxRequestsPerRound: 20_000, warmupRequests: 300 },
  memory: { assessments: 1000, concurrency: 16 },
  coldStart: { runs: 3, dev: true },
  match: { sizes: [1_000, 10_000, 100_000], queries: 1_000, scanQueries: 30 },
  draft: { people: 100, directoryServices: 10_000, repeat: 10 },
  exports: { plans: 10, iterations: 30 },
  llm: { people: 100, verbosePeople: 20, directoryServices: 10_000 },
  safeguarding: { statements: 5_000, disguisedPerStatement: 12 },
};

export const SMOKE: BenchConfig = {
  mode: 'smoke',
  http: { concurrency: 4, rounds: 1, secondsPerRound: 10, maxRequestsPerRound: 50, warmupRequests: 10 },
  memory: { assessments: 20, concurrency: 4 },
  coldStart: { runs: 1, dev: false },
  match: { sizes: [200, 1_000], queries: 50, scanQueries: 10 },
  draft: { people: 3, directoryServices: 1_000, repeat: 2 },
  exports: { plans: 2, iterations: 2 },
  llm: { people: 2, verbosePeople: 1, directoryServices: 1_000 },
  safeguarding: { statements: 100, disguisedPerStatement: 2 },
};

export const SECTIONS = ['http', 'memory', 'coldStart', 'match', 'draft', 'exports', 'llm', 'safeguarding'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchResult {
  mode: BenchConfig['mode'];
  startedAt: string;
  finishedAt?: string;
  durationSeconds?: number;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    freeMemoryGiB: number;
    node: string;
    platform: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
    gitCommit: string | null;
  };
  http?: HttpResult;
  memory?: MemoryResult;
  coldStart?: ColdStartResult;
  match?: MatchSizeResult[];
  draft?: DraftResult;
  exports?: ExportsResult;
  llm?: LlmResult;
  safeguarding?: SafeguardingResult;
  sectionErrors: Partial<Record<Section, string>>;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/**
 * Runs the chosen sections in order — the HTTP and memory sections first, while this process is
 * idle, then the in-process ones. A section that throws is recorded and the rest still run.
 */
export async function runBench(config: BenchConfig, only: readonly Section[] = SECTIONS, log: (line: string) => void = () => {}): Promise<BenchResult> {
  const t0 = Date.now();
  const result: BenchResult = {
    mode: config.mode,
    startedAt: new Date().toISOString(),
    command: config.mode === 'full' ? 'npm run bench' : 'npm run bench -- --smoke',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverageAtStart: loadavg(),
      gitCommit: gitCommit(),
    },
    sectionErrors: {},
  };
  const run = async <K extends Section>(name: K, fn: () => Promise<BenchResult[K]> | BenchResult[K]) => {
    if (!only.includes(name)) return;
    log(`… ${name}`);
    const s = Date.now();
    try {
      (result as unknown as Record<string, unknown>)[name] = await fn();
    } catch (err) {
      result.sectionErrors[name] = (err as Error).stack?.slice(0, 1500) ?? String(err);
    }
    log(`  ${name} done in ${((Date.now() - s) / 1000).toFixed(1)} s`);
  };

  try {
    await runSections();
  } finally {
    // Databases, logs and bundles of this run (set WMA_BENCH_KEEP=1 to keep them for a post-mortem).
    cleanupTempDirs();
  }
  result.finishedAt = new Date().toISOString();
  result.durationSeconds = (Date.now() - t0) / 1000;
  result.machine.loadAverageAtEnd = loadavg();
  return result;

  async function runSections(): Promise<void> {
    await run('http', () => benchHttp(config.http));
    await run('memory', () => benchMemory(config.memory));
    await run('coldStart', () => benchColdStart(config.coldStart));
    await run('match', () => benchMatch(config.match));

    await run('safeguarding', () => benchSafeguarding(config.safeguarding));

    const needPeople = only.some((s) => s === 'draft' || s === 'exports' || s === 'llm');
    const script = needPeople ? loadDefaultScript() : null;
    const people = script ? benchPeople(script, Math.max(config.draft.people, config.llm.people, config.exports.plans)) : [];
    const index = needPeople ? buildDirectoryIndex(generateSyntheticDirectory(config.llm.directoryServices, 1)) : null;
    await run('draft', () => benchDraft(people.slice(0, config.draft.people), config.draft.directoryServices, config.draft.repeat));
    await run('exports', () =>
      benchExports(
        people.slice(0, config.exports.plans).map((p) => exportInputFor(p, script!, index!)),
        config.exports.iterations,
      ),
    );
    await run('llm', () => benchLlm(people.slice(0, config.llm.people), benchPeople(script!, config.llm.verbosePeople, { verbose: true, seed: 11 }), index!));
  }
}
