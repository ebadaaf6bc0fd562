import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Store } from '../../store/types';
import type { TurnRequest } from '../turn-service';
import type { WarmUpReport } from '../warm-up';
import {
  fromWire,
  REMOTE_STORE_METHODS,
  type RemoteStoreMethod,
  type TurnWorkerData,
  type WorkerAnswer,
  type WorkerCall,
  type WorkerCallBody,
  type WorkerHello,
} from './protocol';

/** The bundled worker's path, set by scripts/build.ts; undefined when running from source (tsx). */
declare const __WMA_TURN_WORKER_BUNDLE__: string | undefined;

/**
 * The server thread's side of the turn worker (issue 22). The bot's own per-turn work — engine,
 * safeguarding, sealing, SQLite — runs on a second core while this thread parses HTTP, checks
 * tokens and renders cards, which on the bench's two cores is what separates the bot from the
 * echo floor (BENCHMARKS.md, "offload-ceiling"). It does not make a turn cheaper: on one core it
 * only adds a hop, and it costs a second V8 heap, so it is an opt-in (`WMA_TURN_WORKER=1`).
 */
export interface TurnWorkerHost {
  /** The worker's store, method by method: the same interface, answered by the one connection. */
  store: Store;
  /** The turn's reply in its stored form (TurnService.handleStored); `replayedReply` makes it the reply. */
  turn(req: TurnRequest): Promise<unknown>;
  warmUp(): Promise<WarmUpReport[]>;
  /** Closes the worker's store and lets the worker end. */
  close(): Promise<void>;
}

export interface TurnWorkerOptions {
  /** The worker stopped on its own (a crash): every call in flight has failed, and later ones will. */
  onExit: (err: Error) => void;
}

const CLOSE_GRACE_MS = 10_000;

export async function startTurnWorker(data: TurnWorkerData, options: TurnWorkerOptions): Promise<TurnWorkerHost> {
  const worker = spawnWorker(data);
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Turns sent and not yet answered: close waits for them, as the in-thread bot finishes its turns. */
  const turnsInFlight = new Set<Promise<unknown>>();
  let nextId = 0;
  let stopped: Error | null = null;
  let closing = false;

  const hello = new Promise<Extract<WorkerHello, { ready: unknown }>['ready']>((resolve, reject) => {
    worker.once('message', (m: WorkerHello) => ('ready' in m ? resolve(m.ready) : reject(fromWire(m.failed))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The turn worker stopped while starting (exit code ${code})`)));
  });
  let kind: Store['kind'];
  try {
    kind = (await hello).kind;
  } catch (err) {
    await worker.terminate(); // a worker that failed to start is never left behind
    throw err;
  }

  worker.on('message', (m: WorkerAnswer) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.resolve(m.value);
    else w.reject(fromWire(m.error));
  });
  const stop = (err: Error) => {
    if (stopped) return;
    stopped = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
    if (!closing) options.onExit(err);
  };
  worker.on('error', (err) => stop(err));
  worker.on('exit', (code) => stop(new Error(`The turn worker stopped (exit code ${code})`)));

  const call = (c: WorkerCallBody): Promise<unknown> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      try {
        worker.postMessage({ ...c, id } as WorkerCall);
      } catch (err) {
        // A value that cannot be cloned: this call fails, nothing was sent.
        waiting.delete(id);
        reject(err as Error);
      }
    });
  };

  const store = remoteStore(
    kind,
    (method, args) => call({ op: 'store', method, args }),
    () => host.close(),
  );
  const host: TurnWorkerHost = {
    store,
    turn(req) {
      const answer = call({ op: 'turn', req });
      turnsInFlight.add(answer);
      const done = () => turnsInFlight.delete(answer);
      answer.then(done, done);
      return answer;
    },
    // Ended by a close while it was still warming up: nothing to report, and nothing went wrong.
    warmUp: () => (call({ op: 'warmUp' }) as Promise<WarmUpReport[]>).catch((err: unknown) => (closing ? [] : Promise.reject(err))),
    async close() {
      if (closing) return;
      closing = true;
      // A store that never closes (a stuck pool) must not hold up the shutdown for ever.
      const grace = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
      const exited = new Promise<void>((resolve) => (stopped ? resolve() : worker.once('exit', () => resolve())));
      // The turns already sent are answered first; the server has stopped taking new ones.
      await Promise.allSettled([...turnsInFlight]);
      if (!stopped) await call({ op: 'close' }).catch(() => undefined);
      await exited;
      clearTimeout(grace);
    },
  };
  return host;
}

function spawnWorker(data: TurnWorkerData): Worker {
  if (typeof __WMA_TURN_WORKER_BUNDLE__ === 'string') return new Worker(__WMA_TURN_WORKER_BUNDLE__, { workerData: data });
  // From source: on Node 20 a worker's entry is loaded before --import hooks run, so tsx is
  // registered first (its ES module API, found from here) and the TypeScript entry imported after.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/** A Store whose data methods are answered by the worker; init is done there, close ends the worker. */
function remoteStore(kind: Store['kind'], call: (method: RemoteStoreMethod, args: unknown[]) => Promise<unknown>, close: () => Promise<void>): Store {
  const store: Record<string, unknown> = { kind, init: () => Promise.resolve(), close };
  for (const method of Object.keys(REMOTE_STORE_METHODS) as RemoteStoreMethod[]) store[method] = (...args: unknown[]) => call(method, args);
  return store as unknown as Store;
}
