import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderScheduler, type SendReminder } from '../../reminders/scheduler';
import { createLogger } from '../../service/logger';
import type { TurnReply } from '../../service/reply';
import { PostgresStore } from '../../store/postgres-store';
import type { Store } from '../../store/types';
import { LogCapture } from '../helpers/bot-harness';
import { testPostgresUrl } from '../helpers/postgres';
import { KEYS_A } from '../store/fixtures';
import { approvedPlan, person } from './fixtures';

/**
 * Issue 21's "must show", on a real PostgreSQL shared by two app instances (two stores, two
 * pools, two schedulers): a due review gives exactly one reminder; a crash before sending loses
 * none; the same due event is never sent twice. Clocks are injected and ticks driven by the
 * test — nothing sleeps.
 */
const url = testPostgresUrl();
let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function sharedDatabase() {
  const schema = `wma_rem_${randomBytes(6).toString('hex')}`;
  const open = async () => {
    const s = new PostgresStore({ connectionString: url, schema, encryptionKeys: KEYS_A, poolSize: 3 });
    await s.init();
    cleanup.push(() => s.close().catch(() => undefined)); // one may have been closed by the test (a restart)
    return s;
  };
  cleanup.push(async () => {
    const raw = new pg.Pool({ connectionString: url, max: 1 });
    await raw.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await raw.end();
  });
  return open;
}

const REVIEW_MORNING = new Date('2026-12-10T08:30:00.000Z');

function instance(store: Store, name: string, clock: { now: Date }, send: SendReminder, logs = new LogCapture()) {
  return new ReminderScheduler({
    store,
    logger: createLogger('debug', logs),
    instance: name,
    send,
    timeOfDay: '08:30',
    sessionCap: async () => 6,
    clock: () => clock.now,
    leaseMs: 10 * 60_000,
  });
}

function recorder() {
  const sent: Array<{ userId: string; key: string; reply: TurnReply; by: string }> = [];
  const as =
    (by: string): SendReminder =>
    async (userId, reply, key) => {
      sent.push({ userId, key, reply, by });
      return 'sent';
    };
  return { sent, as };
}

async function seedDueReview(store: Store) {
  const a = person('as-1', { plan: approvedPlan('as-1') });
  expect(
    await store.commitTurn({
      conversationId: 'c-1',
      activityId: 'seed',
      conversation: { value: { activeAssessmentId: 'as-1', awaitingPatientRef: false }, expectedVersion: null },
      assessment: { value: a, expectedVersion: null },
      events: [],
      reply: { payload: {} },
    }),
  ).toBe('committed');
}

describe('reminders on PostgreSQL with two instances', () => {
  it('a due review produces exactly one reminder across two instances ticking together, and never again', async () => {
    const open = await sharedDatabase();
    const [one, two] = [await open(), await open()];
    await seedDueReview(one);
    const clock = { now: new Date('2026-12-10T08:00:00.000Z') };
    const r = recorder();
    const logs = new LogCapture();
    const a = instance(one, 'app-a', clock, r.as('app-a'), logs);
    const b = instance(two, 'app-b', clock, r.as('app-b'), logs);

    await Promise.all([a.tick(), b.tick()]);
    expect(r.sent).toEqual([]); // before 08:30 on the review date

    clock.now = REVIEW_MORNING;
    for (let round = 0; round < 5; round++) await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(r.sent.map((s) => [s.userId, s.key])).toEqual([['lw-1', 'review_due:as-1:-:2026-12-10']]);
    const text = r.sent[0]!.reply.items.map((i) => ('text' in i ? i.text : '')).join(' ');
    expect(text).toContain('Review due today (2026-12-10) for *** *** 5919');
    expect(text).not.toContain('9434765919');

    // Days later, on either instance: the same event, the same key — not sent again.
    clock.now = new Date('2026-12-13T09:00:00.000Z');
    await Promise.all([a.tick(), b.tick()]);
    expect(r.sent).toHaveLength(1);
    expect((await two.listOutbox()).map((row) => [row.key, row.outcome, row.attempts])).toEqual([['review_due:as-1:-:2026-12-10', 'sent', 1]]);
    // Logs carry counts and ids, never the person.
    expect(logs.text).not.toMatch(/9434765919|5919/);
  });

  it('a crash after claiming but before sending loses nothing: the other instance sends it when the lease expires', async () => {
    const open = await sharedDatabase();
    const [one, two] = [await open(), await open()];
    await seedDueReview(one);
    const clock = { now: REVIEW_MORNING };
    // Instance A claims the row and dies mid-send (the send never returns; A is gone).
    let claimedByA = false;
    const dying = instance(one, 'app-a', clock, () => {
      claimedByA = true;
      return new Promise<never>(() => undefined);
    });
    void dying.tick();
    await expect.poll(() => claimedByA).toBe(true);
    const r = recorder();
    const b = instance(two, 'app-b', clock, r.as('app-b'));
    await b.tick();
    expect(r.sent).toEqual([]); // A's claim still holds
    clock.now = new Date(REVIEW_MORNING.getTime() + 10 * 60_000);
    await b.tick();
    expect(r.sent.map((s) => [s.by, s.key])).toEqual([['app-b', 'review_due:as-1:-:2026-12-10']]);
    expect((await two.listOutbox())[0]).toMatchObject({ outcome: 'sent', attempts: 2, claimedBy: expect.stringMatching(/^app-b/) });
  });

  it('a restart before anything was claimed (enqueued, then the process stopped) sends it on the next start', async () => {
    const open = await sharedDatabase();
    const first = await open();
    await seedDueReview(first);
    const clock = { now: REVIEW_MORNING };
    // The first process's tick enqueued the due review and the process stopped before claiming it.
    await first.enqueueOutbox(
      [
        {
          key: 'review_due:as-1:-:2026-12-10',
          userId: 'lw-1',
          kind: 'review_due',
          assessmentId: 'as-1',
          subject: null,
          dueDate: '2026-12-10',
          sendAt: REVIEW_MORNING.toISOString(),
        },
      ],
      REVIEW_MORNING.toISOString(),
    );
    await first.close();
    const restarted = await open();
    const r = recorder();
    clock.now = new Date('2026-12-10T11:00:00.000Z');
    await instance(restarted, 'app-a2', clock, r.as('app-a2')).tick();
    expect(r.sent.map((s) => s.key)).toEqual(['review_due:as-1:-:2026-12-10']);
  });

  it('a failed send is retried later, and marked sent only once it succeeds', async () => {
    const open = await sharedDatabase();
    const store = await open();
    await seedDueReview(store);
    const clock = { now: REVIEW_MORNING };
    let fail = true;
    const r = recorder();
    const s = instance(store, 'app-a', clock, async (u, reply, key) => {
      if (fail) throw Object.assign(new Error('connector said no to *** *** 5919'), { name: 'RestError' });
      return r.as('app-a')(u, reply, key);
    });
    expect(await s.tick()).toMatchObject({ enqueued: 1, sent: 0, retried: 1 });
    expect((await store.listOutbox())[0]).toMatchObject({ doneAt: null, lastError: 'RestError' });
    fail = false;
    clock.now = new Date(REVIEW_MORNING.getTime() + 4 * 60_000);
    expect(await s.tick()).toMatchObject({ sent: 0 }); // backing off (5 minutes after one failure)
    clock.now = new Date(REVIEW_MORNING.getTime() + 5 * 60_000);
    expect(await s.tick()).toMatchObject({ sent: 1 });
    expect(r.sent).toHaveLength(1);
  });
});
