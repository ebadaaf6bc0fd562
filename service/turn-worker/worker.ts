import { parentPort, workerData } from 'node:worker_threads';
import { createExportLinkSigner } from '../export-links';
import { loadExportSettings } from '../export-service';
import { createLogger } from '../logger';
import { buildTurnCore, type TurnCore } from '../turn-core';
import { runWarmUps } from '../warm-up';
import { isRemoteStoreMethod, toWire, type TurnWorkerData, type WorkerAnswer, type WorkerCall, type WorkerHello } from './protocol';

/**
 * The turn worker's entry (issue 22): the store, the scripts, the engine, safeguarding and every
 * feature, answering turns for the server thread, which keeps only HTTP, authentication and
 * botbuilder. One worker owns the one store, so every durability and ordering rule of
 * store/README.md holds as before; the server thread's own reads and writes (the scripts tab,
 * reports, export downloads, reminders) come here too (host.ts `store`).
 */
const port = parentPort;
if (!port) throw new Error('service/turn-worker/worker.ts runs only as a worker thread (service/turn-worker/host.ts starts it)');
const data = workerData as TurnWorkerData;
const logger = createLogger(data.config.env.LOG_LEVEL);

/** Turns being answered now: the warm-up's next step waits while there are any. */
let turnsInFlight = 0;

async function answer(core: TurnCore, call: WorkerCall): Promise<unknown> {
  switch (call.op) {
    case 'turn':
      turnsInFlight++;
      try {
        return await core.turns.handleStored(call.req);
      } finally {
        turnsInFlight--;
      }
    case 'store': {
      // Only the named data methods: never init or close, nothing else on the object.
      if (!isRemoteStoreMethod(call.method)) throw new Error(`Not a store method the server thread may call: ${String(call.method)}`);
      const method = core.store[call.method] as (...args: unknown[]) => Promise<unknown>;
      return method.apply(core.store, call.args);
    }
    case 'warmUp':
      return runWarmUps(core.warmUps, {
        busy: () => turnsInFlight > 0,
        log: (r) => logger.info({ warmUp: r.name, ms: r.ms, steps: r.steps }, `warmed up: ${r.name} (${r.ms} ms)`),
      });
    case 'close':
      await core.store.close();
      return undefined;
  }
}

async function main(messages: NonNullable<typeof port>): Promise<void> {
  let core: TurnCore;
  try {
    const settings = loadExportSettings(process.env, data.config);
    const linkSecret = typeof data.exportLinkSecret === 'string' ? data.exportLinkSecret : Buffer.from(data.exportLinkSecret);
    const exportSettings = { ...settings, linkSecret };
    core = await buildTurnCore(data.config, {
      logger,
      exportSettings,
      exportLinks: createExportLinkSigner({ secret: linkSecret, ttlMs: exportSettings.linkTtlMs }),
    });
  } catch (err) {
    messages.postMessage({ failed: toWire(err) } satisfies WorkerHello);
    return;
  }
  messages.on('message', (call: WorkerCall) => {
    answer(core, call)
      .then(
        (value) => messages.postMessage({ id: call.id, ok: true, value } satisfies WorkerAnswer),
        // Posting the value itself may fail (a value that cannot be cloned): the caller hears why.
        (err: unknown) => messages.postMessage({ id: call.id, ok: false, error: toWire(err) } satisfies WorkerAnswer),
      )
      .catch((err: unknown) => messages.postMessage({ id: call.id, ok: false, error: toWire(err) } satisfies WorkerAnswer))
      // Only once its answer is posted: the port's close ends the worker.
      .finally(() => call.op === 'close' && messages.close());
  });
  messages.postMessage({ ready: { kind: core.store.kind } } satisfies WorkerHello);
}

void main(port);
