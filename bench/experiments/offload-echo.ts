import { Worker } from 'node:worker_threads';
import { ActivityHandler } from 'botbuilder';
import { serveFloor } from '../floor-server';
import { hashRounds } from './offload-work';

/**
 * EXPERIMENT server for offload-ceiling.ts: the echo bot (bench/echo-bot.ts, same pipeline) whose
 * handler first does a fixed amount of CPU work — WMA_WORK_UNITS rounds of SHA-256 over 4 KiB,
 * standing in for the real bot's engine + store — on the main thread (WMA_WORK_IN=main) or in one
 * worker thread (WMA_WORK_IN=worker), and replies with WMA_REPLY_BYTES of text (the real bot's card
 * size). It answers one question: how far could moving the turn off the main thread take the
 * throughput ratio on this machine, before anyone builds it.
 */

const units = Number(process.env.WMA_WORK_UNITS ?? 0);
const where = process.env.WMA_WORK_IN ?? 'main';
const replyBytes = Number(process.env.WMA_REPLY_BYTES ?? 0);

let next = 0;
const waiting = new Map<number, (v: string) => void>();
// On Node 20 a worker's entry file is loaded before its --import hooks run, so tsx is registered
// first and the TypeScript worker loaded after it.
const workerEntry = new URL('./offload-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerEntry)}); });`;
const worker = where === 'worker' ? new Worker(bootstrap, { eval: true }) : null;
worker?.on('message', ({ id, h }: { id: number; h: string }) => {
  waiting.get(id)?.(h);
  waiting.delete(id);
});
const doWork = (n: number): Promise<string> => {
  if (!worker) return Promise.resolve(hashRounds(n));
  const id = next++;
  return new Promise((r) => {
    waiting.set(id, r);
    worker.postMessage({ id, n });
  });
};

const pad = replyBytes > 0 ? ` ${'x'.repeat(replyBytes)}` : '';
class WorkingEchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      if (units > 0) await doWork(units);
      await context.sendActivity(`echo: ${context.activity.text ?? ''}${pad}`);
      await next();
    });
  }
}

serveFloor(new WorkingEchoBot(), 'working echo bot', () => void worker?.terminate());
