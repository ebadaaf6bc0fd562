import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { ConfigError, loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { LogCapture } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';
import { memoryStore } from '../tab/fixtures';
import { listen, raw } from '../security/http';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { approvedPlan, person } from '../reminders/fixtures';

/**
 * The whole path in local mode, over HTTP with the real CloudAdapter: a link worker's message
 * leaves their conversation reference; the app's scheduler (clock and timer injected) finds a
 * due review and a passed first date, and sends them with continueConversationAsync to the
 * channel that message came from. The channel here is a loopback stand-in for the Bot Connector
 * — the Agents Playground plays the same part in local mode (its serviceUrl is on localhost);
 * the playground program itself is not started by this test.
 */
let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function connector() {
  const posted: Array<{ path: string; body: Record<string, unknown> }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      posted.push({ path: req.url ?? '', body: JSON.parse(body || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanup.push(() => new Promise((r) => server.close(() => r())));
  const addr = server.address();
  return { posted, serviceUrl: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` };
}

describe('proactive reminders (local mode, real CloudAdapter)', () => {
  it('stores the conversation reference from a 1:1 message and sends due reminders to it, once', async () => {
    const channel = await connector();
    const store = await memoryStore();
    const owner = 'aad-lw-1';
    const baseline = person('as-1', {
      owner,
      plan: approvedPlan('as-1', { reviewDate: '2026-12-10' }),
      attendance: {
        entries: [{ link: 'referral', serviceId: 'svc-debt', firstDate: '2026-12-08', setAt: '2026-12-01T10:00:00.000Z', setBy: owner, answers: [] }],
      },
    });
    await store.commitTurn({
      conversationId: 'seed',
      activityId: 'seed',
      conversation: { value: { activeAssessmentId: null, awaitingPatientRef: false }, expectedVersion: null },
      assessment: { value: baseline, expectedVersion: null },
      events: [],
      reply: { payload: {} },
    });
    const clock = { now: new Date('2026-12-10T08:00:00.000Z') };
    let started = 0;
    const logs = new LogCapture();
    const app: App = await buildApp(loadConfig({ WMA_DATA_DIR: tempDataDir('wma-rem-'), WMA_REMINDER_TIME: '08:30' }), {
      logger: createLogger('debug', logs),
      store,
      tab: false,
      reminders: { clock: () => clock.now, timer: () => (started++, () => undefined) },
    });
    cleanup.push(() => app.close());
    const port = await listen(app);
    const activity = {
      type: 'message',
      id: 'm-1',
      channelId: 'msteams',
      serviceUrl: channel.serviceUrl,
      from: { id: 'u-1', aadObjectId: owner, name: 'Link Worker' },
      recipient: { id: 'bot' },
      conversation: { id: 'a:lw-chat', conversationType: 'personal' },
      text: 'help',
    };
    expect((await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json' }, JSON.stringify(activity))).status).toBe(200);
    expect((await store.getConversationRef(owner))?.reference).toMatchObject({ conversation: { id: 'a:lw-chat' }, serviceUrl: channel.serviceUrl });
    // A further message in the same chat leaves the stored reference as it was (no write per turn).
    const saves = vi.spyOn(store, 'saveConversationRef');
    expect((await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json' }, JSON.stringify({ ...activity, id: 'm-2' }))).status).toBe(200);
    expect(saves).not.toHaveBeenCalled();
    expect((await store.getConversationRef(owner))!.reference).not.toHaveProperty('activityId');
    const replies = channel.posted.length;

    // start() schedules through the injected timer (nothing real is waited on); ticks are driven here.
    app.reminders!.start();
    expect(started).toBe(1);
    expect(await app.reminders!.tick()).toMatchObject({ sent: 1 }); // 08:00: only the first session (from 8 Dec) is due
    clock.now = new Date('2026-12-10T08:30:00.000Z');
    expect(await app.reminders!.tick()).toMatchObject({ sent: 1 }); // 08:30: the review
    expect(await app.reminders!.tick()).toMatchObject({ enqueued: 0, sent: 0 });

    const sent = channel.posted.slice(replies);
    // One message each (the first session's lead line is folded into its card), to the link worker's chat.
    const toChat = expect.stringMatching(/^\/v3\/conversations\/a%3Alw-chat\/activities/);
    expect(sent.map((p) => p.path)).toEqual([toChat, toChat]);
    const all = JSON.stringify(sent.map((p) => p.body));
    expect(all).toContain('A first session has passed for *** *** 5919');
    expect(all).toContain('Review due today (2026-12-10) for *** *** 5919');
    expect(all).not.toContain('9434765919');
    const card = sent.flatMap((p) => ((p.body.attachments as Array<{ content: Record<string, unknown> }>) ?? []).map((a) => a.content))[0]!;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/"wma_nonce":"[A-Za-z0-9_-]{16,}"/);
    expect(JSON.stringify(card)).toContain('Citizens Advice Debt Clinic');
    expect(logs.text).not.toMatch(/9434765919|5919/);
  });

  it('WMA_REMINDER_TIME is checked with every other setting, and reported with the rest', () => {
    try {
      loadConfig({ WMA_REMINDER_TIME: '8.30am', PORT: 'x' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).issues.map((i) => i.variable).sort()).toEqual(['PORT', 'WMA_REMINDER_TIME']);
      expect((err as Error).message).toMatch(/WMA_REMINDER_TIME: must be a 24-hour UK time of day, HH:MM/);
      expect((err as Error).message).toMatch(/the UK time of day \(HH:MM\) when reminders are sent/);
    }
    expect(loadConfig({}).env.WMA_REMINDER_TIME).toBe('08:30');
    expect(loadConfig({ WMA_REMINDERS: '0' }).env.WMA_REMINDERS).toBe(false);
  });
});
