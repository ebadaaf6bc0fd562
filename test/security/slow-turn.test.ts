import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { TestAdapter, type Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { WhatMattersBot } from '../../bot/handler';
import { raceBudget, STILL_WORKING_TEXT, type Timer } from '../../bot/slow-turn';
import { loadConfig } from '../../service/config';
import type { Feature } from '../../service/features';
import { createLogger } from '../../service/logger';
import { ScriptRegistry } from '../../service/script-registry';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';
import { memoryStore } from '../tab/fixtures';
import { listen, raw } from './http';

/**
 * Issue 19, finding 8: Teams retries a turn that takes over 15 s. A slow turn (LLM drafting) must
 * answer inside the window and finish with a proactive message. The "model" below is fake and
 * slow on command: it answers only when the test releases it, so no test waits on a real clock
 * beyond a short budget.
 */
function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A feature backed by a fake slow model: `draft` waits until released. */
function slowModelFeature(release: Promise<void>, calls: { n: number }): Feature {
  return {
    // Stands in for the plan feature (route names are a closed set); only `draft` selects it.
    name: 'plan',
    select: (input) => input.kind === 'text' && input.text === 'draft',
    async handle() {
      calls.n++;
      await release;
      return { items: [{ kind: 'notice', tone: 'info', text: 'Here is the drafted wording.' }] };
    },
  };
}

const manualTimer = () => {
  const fires: Array<() => void> = [];
  const timer: Timer = (_ms, fire) => {
    fires.push(fire);
    return () => undefined;
  };
  return { timer, fire: () => fires.forEach((f) => f()) };
};

describe('raceBudget (pure timing)', () => {
  it('in time: the value; late: the still-running work; failures in time reject', async () => {
    const t1 = manualTimer();
    await expect(raceBudget(Promise.resolve(1), 100, t1.timer)).resolves.toEqual({ kind: 'in-time', value: 1 });
    const t2 = manualTimer();
    const slow = deferred<number>();
    const raced = raceBudget(slow.promise, 100, t2.timer);
    t2.fire();
    const r = await raced;
    expect(r.kind).toBe('late');
    slow.resolve(7);
    expect(await (r as { result: Promise<number> }).result).toBe(7);
    const t3 = manualTimer();
    await expect(raceBudget(Promise.reject(new Error('x')), 100, t3.timer)).rejects.toThrow('x');
  });
});

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

describe('slow turns through the bot', () => {
  it('answers "still working" inside the budget, then sends the reply proactively; the model runs once', async () => {
    const store = createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING });
    await store.init();
    cleanup.push(() => store.close());
    const scripts = new ScriptRegistry(store);
    await scripts.ensureDefaultPublished('2026-11-25T09:00:00.000Z');
    const release = deferred();
    const calls = { n: 0 };
    const turns = new TurnService({
      store,
      scripts,
      logger: createLogger('silent'),
      scriptId: 'what_matters_default',
      newId: randomUUID,
      features: [slowModelFeature(release.promise, calls)],
    });
    const timer = manualTimer();
    // TestAdapter cannot continue a conversation; the HTTP test below uses the real CloudAdapter.
    const proactive: Array<{ conversation: string | undefined; text: string }> = [];
    const bot = new WhatMattersBot(turns, createLogger('silent'), {
      proactive: async (reference, activities) =>
        void proactive.push(...activities.map((a) => ({ conversation: reference.conversation?.id, text: a.text ?? '' }))),
      timer: timer.timer,
    });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    const turn = adapter.receiveActivity({ type: 'message', id: 'slow-1', from: { id: 'u', aadObjectId: 'aad-lw-1' }, text: 'draft' } as Activity);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.n).toBe(1);
    timer.fire(); // the budget is used up while the model is still drafting
    await turn; // the turn (and so the HTTP request in Teams) has ended…
    const first = adapter.activeQueue.splice(0).map((a) => a.text);
    expect(first).toEqual([STILL_WORKING_TEXT]);
    release.resolve(); // …then the model answers
    await bot.drain();
    expect(proactive.map((p) => p.text).join('\n')).toMatch(/Here is the drafted wording/);
    expect(proactive[0]?.conversation).toBe('Convo1'); // addressed to the conversation the message came from
    expect(adapter.activeQueue).toHaveLength(0);
    expect(calls.n).toBe(1);
  });

  it('over HTTP with the real CloudAdapter: the request is answered before the model finishes; the reply arrives via continueConversationAsync', async () => {
    // A stand-in for the Bot Connector service on loopback, recording what the bot posts to it.
    const posted: Array<{ path: string; text: string }> = [];
    const connector: Server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        posted.push({ path: req.url ?? '', text: String((JSON.parse(body || '{}') as { text?: unknown }).text ?? '') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: randomUUID() }));
      });
    });
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
    cleanup.push(() => new Promise((r) => connector.close(() => r())));
    const addr = connector.address();
    const serviceUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;

    const release = deferred();
    const calls = { n: 0 };
    const app: App = await buildApp(loadConfig({ WMA_DATA_DIR: tempDataDir('wma-slow-') }), {
      logger: createLogger('silent'),
      store: await memoryStore(),
      tab: false,
      features: [slowModelFeature(release.promise, calls)],
      slowTurnMs: 150,
    });
    cleanup.push(() => app.close());
    const port = await listen(app);
    const activity = {
      type: 'message',
      id: 'slow-http-1',
      channelId: 'msteams',
      serviceUrl,
      from: { id: 'u', aadObjectId: 'aad-lw-1' },
      recipient: { id: 'bot' },
      conversation: { id: 'a:slow', conversationType: 'personal' },
      text: 'draft',
    };
    const r = await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json' }, JSON.stringify(activity));
    expect(r.status).toBe(200);
    expect(calls.n).toBe(1); // answered while the model was still working
    expect(posted.map((p) => p.text)).toEqual([STILL_WORKING_TEXT]);
    release.resolve();
    for (let i = 0; i < 100 && posted.length < 2; i++) await new Promise((res) => setTimeout(res, 20));
    expect(posted[1]?.text).toMatch(/Here is the drafted wording/);
    expect(posted[1]?.path).toMatch(/^\/v3\/conversations\/a%3Aslow\/activities/);
  });
});
