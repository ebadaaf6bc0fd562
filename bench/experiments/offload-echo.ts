import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ActivityHandler } from 'botbuilder';
import { createAdapter, createServer } from '../../bot/server';
import type { WhatMattersBot } from '../../bot/handler';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';

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
const block = Buffer.alloc(4096, 7);
const work = (n: number) => {
  let h = '';
  for (let i = 0; i < n; i++) h = createHash('sha256').update(block).update(h).digest('hex');
  return h;
};

let next = 0;
const waiting = new Map<number, (v: string) => void>();
const worker =
  where === 'worker'
    ? new Worker(
        `const { parentPort } = require('node:worker_threads'); const { createHash } = require('node:crypto');
         const block = Buffer.alloc(4096, 7);
         parentPort.on('message', ({ id, n }) => { let h = ''; for (let i = 0; i < n; i++) h = createHash('sha256').update(block).update(h).digest('hex'); parentPort.postMessage({ id, h }); });`,
        { eval: true },
      )
    : null;
worker?.on('message', ({ id, h }: { id: number; h: string }) => {
  waiting.get(id)?.(h);
  waiting.delete(id);
});
const doWork = (n: number): Promise<string> => {
  if (!worker) return Promise.resolve(work(n));
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

const config = loadConfig();
const logger = createLogger(config.env.LOG_LEVEL);
const adapter = createAdapter(config, logger);
const bot = new WorkingEchoBot() as unknown as WhatMattersBot;
const server = createServer({ config, adapter, bot, logger });
server.listen(config.port, config.host, () => logger.info({ port: config.port }, 'working echo bot listening'));
const stop = () => {
  server.close();
  void worker?.terminate();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
