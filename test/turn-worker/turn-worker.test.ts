import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { fromWire, isRemoteStoreMethod, toWire } from '../../service/turn-worker/protocol';
import { ConfigError } from '../../service/config';
import { BotProcess, freePort, postActivity, tempDataDir, type ActivityReply } from '../helpers/server-process';
import { textTurn } from '../reliability/support/services';

/**
 * Issue 22: the turn worker (service/turn-worker/) answers turns in a worker thread from its own
 * store. These check that it is the same bot — same replies, same stored data, the same store for
 * the server thread's own readers — and that it starts and stops cleanly.
 */
const NHS = '9434765919';
const noExit = (err: Error) => {
  throw new Error(`the turn worker stopped unexpectedly: ${err.message}`);
};

describe('turn worker, in-process API', () => {
  let app: App | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it("answers turns in the worker; the server thread's store reads what they wrote, and a replay is the same reply", async () => {
    const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-tw-') });
    app = await buildApp(config, { logger: createLogger('silent'), tab: false, turnWorker: { onExit: noExit } });
    const started = await app.turns.handle(textTurn('tw-1', 'tw-start', `start ${NHS}`));
    const question = started.items.find((i) => i.kind === 'question');
    expect(question, JSON.stringify(started.items.map((i) => i.kind))).toBeDefined();
    // The question is this thread's own immutable copy (its card fragments are cached by identity).
    const latest = await app.scripts.latestPublished(config.env.WMA_SCRIPT_ID);
    expect(question?.kind === 'question' && latest?.compiled.byId.get(question.question.id)).toBe(question?.kind === 'question' ? question.question : null);

    const answered = await app.turns.handle(textTurn('tw-1', 'tw-a1', 'They feel lonely since moving here'));
    expect(answered.assessmentId).toBe(started.assessmentId);
    // A retried delivery gets exactly the reply it got the first time, even with other text.
    expect(await app.turns.handle(textTurn('tw-1', 'tw-a1', 'something else'))).toEqual(answered);

    // The store the tab, reports and reminders use is the worker's, method by method.
    const mine = await app.store.listAssessments({ owner: 'aad-lw-1' });
    expect(mine.map((a) => a.id)).toEqual([started.assessmentId]);
    const log = await app.store.answerLog(started.assessmentId!);
    expect(log.map((r) => r.activityId)).toContain('tw-a1');
    expect(app.store.kind).toBe('sqlite');
  }, 60_000);

  it('a shutdown lets the turns already sent finish and commit, as the in-thread bot does', async () => {
    const dataDir = tempDataDir('wma-tw-');
    const config = loadConfig({ WMA_DATA_DIR: dataDir });
    const first = await buildApp(config, { logger: createLogger('silent'), tab: false, turnWorker: { onExit: noExit } });
    const inFlight = first.turns.handle(textTurn('tw-close', 'tw-close-1', `start ${NHS}`));
    await first.close(); // at once: the turn is still being answered
    const reply = await inFlight;
    expect(reply.assessmentId).toBeTruthy();
    app = await buildApp(config, { logger: createLogger('silent'), tab: false, turnWorker: { onExit: noExit } });
    expect((await app.store.listAssessments({ owner: 'aad-lw-1' })).map((a) => a.id)).toEqual([reply.assessmentId]);
    expect(await app.store.getReply('tw-close', 'tw-close-1')).not.toBeNull();
  }, 60_000);

  it('a store error reaches the server thread with its class name and message; nothing is written', async () => {
    const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-tw-') });
    app = await buildApp(config, { logger: createLogger('silent'), tab: false, turnWorker: { onExit: noExit } });
    const bad = { scriptId: 'x', version: 0, status: 'published', source: '', createdBy: '', createdAt: 'not a date' } as const;
    const err = await app.store.saveScriptVersion(bad).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err?.name).not.toBe('Error');
    expect(err?.message.length).toBeGreaterThan(0);
    expect(await app.store.getScriptVersion('x', 0)).toBeNull();
  }, 60_000);

  it('a worker that cannot start fails buildApp with the reason the server thread would have given', async () => {
    // A data folder that is a file: the store cannot be opened, in either thread.
    const file = join(tempDataDir('wma-tw-'), 'not-a-folder');
    writeFileSync(file, '');
    const config = loadConfig({ WMA_DATA_DIR: file });
    const inThread = await buildApp(config, { logger: createLogger('silent'), tab: false }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(inThread).toMatch(/EEXIST/);
    await expect(buildApp(config, { logger: createLogger('silent'), tab: false, turnWorker: { onExit: noExit } })).rejects.toThrow(inThread!);
  }, 60_000);

  it('refuses to combine a worker with a store or features passed in (the worker builds its own)', async () => {
    const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-tw-') });
    await expect(buildApp(config, { logger: createLogger('silent'), tab: false, features: [], turnWorker: { onExit: noExit } })).rejects.toThrow(/turnWorker/);
  });
});

describe('turn worker, protocol', () => {
  it('lets the server thread call data methods only, never init or close or anything else', () => {
    for (const m of ['getAssessment', 'commitTurn', 'listAudit', 'claimOutbox']) expect(isRemoteStoreMethod(m)).toBe(true);
    for (const m of ['init', 'close', 'kind', 'constructor', '__proto__', 'toString', 42]) expect(isRemoteStoreMethod(m)).toBe(false);
  });

  it('errors keep their class where the server thread tests for it (ConfigError), and their plain fields', () => {
    const config = fromWire(toWire(new ConfigError([{ variable: 'WMA_X', problem: 'must be set' }])));
    expect(config).toBeInstanceOf(ConfigError);
    expect(config.message).toBe(new ConfigError([{ variable: 'WMA_X', problem: 'must be set' }]).message);
    const custom = Object.assign(new Error('set aside'), { name: 'QuarantinedDocumentError', id: 'a-1', issues: [{ path: 'x', code: 'bad' }], fn: () => 1 });
    const back = fromWire(toWire(custom)) as Error & { id?: string; issues?: unknown; fn?: unknown };
    expect([back.name, back.message, back.id, back.issues, back.fn]).toEqual([
      'QuarantinedDocumentError',
      'set aside',
      'a-1',
      [{ path: 'x', code: 'bad' }],
      undefined,
    ]);
  });
});

/** Replies with what differs by design between two bots blanked: ids, nonces and times. */
function comparable(replies: ActivityReply[]): unknown {
  return JSON.parse(
    JSON.stringify(replies)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/"(wmaNonce|nonce|key|k)":"[^"]*"/g, '"$1":"<nonce>"')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>'),
  );
}

describe('turn worker, over HTTP (the bot as `npm start` runs it)', () => {
  const bots: BotProcess[] = [];
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop()));
  });

  it('gives the same replies as the server-thread bot, disclosures and replays included, and stops on SIGTERM', async () => {
    const inThread = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir('wma-tw-a-'), WMA_REMINDERS: '0' });
    const inWorker = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir('wma-tw-b-'), WMA_REMINDERS: '0', WMA_TURN_WORKER: '1' });
    bots.push(inThread, inWorker);
    await Promise.all([inThread.start(60_000), inWorker.start(60_000)]);
    const steps: Array<{ id: string; text: string }> = [
      { id: 's1', text: `start ${NHS}` },
      { id: 's2', text: 'Lonely since her husband died last year' },
      { id: 's3', text: 'status' },
      { id: 's4', text: 'She said she has been thinking about ending her life' },
      { id: 's4', text: 'a retry of the same activity' },
      { id: 's5', text: 'help' },
    ];
    for (const step of steps) {
      const [a, b] = await Promise.all([
        postActivity(inThread.url, { text: step.text, id: step.id, conversationId: 'tw-http' }),
        postActivity(inWorker.url, { text: step.text, id: step.id, conversationId: 'tw-http' }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(b.replies.length, step.text).toBeGreaterThan(0);
      expect(comparable(b.replies), step.text).toEqual(comparable(a.replies));
      // The disclosure interrupts in both (the comparison above is not of two empty replies).
      if (step.id === 's4') expect(JSON.stringify(b.replies)).toContain('Possible safeguarding risk');
    }
    // It really was the worker answering (and the default really was not).
    expect(inWorker.output).toContain('"turnWorker":true');
    expect(inThread.output).toContain('"turnWorker":false');
    await inWorker.stop('SIGTERM');
    expect(inWorker.output).not.toMatch(/turn worker stopped/);
  }, 120_000);
});
