import { setImmediate as nextTick, setTimeout as sleep } from 'node:timers/promises';

/**
 * Work that makes the first turns fast but is not needed to answer one (issue 22): compiling the
 * safeguarding rules to machine code, building the directory index and its gazetteer. It used to
 * run before the server listened — about a second of the cold start. Now the server runs it just
 * after it starts listening, one step at a time with the event loop free in between, so a turn
 * that arrives meanwhile waits for one step at most, never for the whole list; and while a request
 * is being answered the next step waits (up to `maxDeferMs`), so the two do not share the core
 * more than they must. Everything here is
 * also done on first use by whatever needs it, so a process that never calls runWarmUps (tests,
 * embedders) behaves the same, only with a slower first turn.
 */
export interface WarmUp {
  name: string;
  /**
   * One bounded step of the work; returns true while there is more to do. A step should take tens
   * of milliseconds at most, or be the one indivisible piece of work it is.
   */
  step(): boolean;
}

export interface WarmUpReport {
  name: string;
  ms: number;
  steps: number;
}

export interface WarmUpOptions {
  log?: (r: WarmUpReport) => void;
  /** True while the server is answering a request: the next step waits until it is not. */
  busy?: () => boolean;
  /** The longest one step waits for the server to be free; then it runs anyway (steady traffic). */
  maxDeferMs?: number;
}

const BUSY_POLL_MS = 5;

export async function runWarmUps(list: readonly WarmUp[], options: WarmUpOptions = {}): Promise<WarmUpReport[]> {
  const { log, busy, maxDeferMs = 1000 } = options;
  const reports: WarmUpReport[] = [];
  for (const w of list) {
    const t0 = performance.now();
    let steps = 0;
    let more = true;
    while (more) {
      // Yield first: a turn already waiting goes ahead of the next step.
      await nextTick();
      for (let waited = 0; busy?.() && waited < maxDeferMs; waited += BUSY_POLL_MS) await sleep(BUSY_POLL_MS);
      more = w.step();
      steps++;
    }
    const report = { name: w.name, ms: Math.round(performance.now() - t0), steps };
    reports.push(report);
    log?.(report);
  }
  return reports;
}
