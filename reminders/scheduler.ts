import type { Logger } from 'pino';
import type { AssessmentState } from '../dialogs/engine/types';
import type { TurnReply } from '../service/reply';
import type { OutboxRow, Store } from '../store/types';
import { composeReminder } from './compose';
import { dueReminders } from './due';

/**
 * The reminder loop, inside the app. Each tick: work out what is due (pure, reminders/due.ts),
 * enqueue it (the dedupe key makes a second instance's enqueue a no-op), claim due rows with a
 * lease, send each, and mark it done only after the send succeeded. A crash before the mark
 * leaves the row unsent or its lease expiring, so it is sent after restart: at least once. A
 * claimed row that is no longer due (answered, review started, person erased) is skipped.
 * The clock and the timer are injected, so tests drive ticks and never sleep.
 */
export type Timer = (ms: number, fire: () => void) => () => void;
export type SendReminder = (userId: string, reply: TurnReply, key: string) => Promise<'sent' | 'no_reference'>;

export interface SchedulerOptions {
  store: Store;
  logger: Logger;
  /** This instance's name on its claims. */
  instance: string;
  send: SendReminder;
  /** Europe/London "HH:MM". */
  timeOfDay: string;
  sessionCap: (a: AssessmentState) => Promise<number>;
  clock?: () => Date;
  timer?: Timer;
  intervalMs?: number;
  /** How long a claim holds; longer than any send. An expired claim is anyone's again. */
  leaseMs?: number;
  maxAttempts?: number;
}

export interface TickResult {
  enqueued: number;
  sent: number;
  skipped: number;
  retried: number;
}

const realTimer: Timer = (ms, fire) => {
  const t = setTimeout(fire, ms);
  t.unref?.();
  return () => clearTimeout(t);
};

export class ReminderScheduler {
  private cancel: (() => void) | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;

  constructor(private readonly o: SchedulerOptions) {}

  /** Ticks now and then every interval until stop(). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
    await this.running.catch(() => undefined);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.cancel = (this.o.timer ?? realTimer)(ms, () => {
      this.running = this.tick()
        .catch((err: unknown) => this.o.logger.error({ error: (err as Error).name }, 'reminders: tick failed'))
        .finally(() => this.schedule(this.o.intervalMs ?? 5 * 60_000));
    });
  }

  async tick(): Promise<TickResult> {
    const { store, logger } = this.o;
    const now = (this.o.clock ?? (() => new Date()))().toISOString();
    const assessments = await store.listAssessments({});
    const caps = new Map<string, number>();
    for (const a of assessments) caps.set(a.id, await this.o.sessionCap(a));
    const due = dueReminders({ assessments, now, timeOfDay: this.o.timeOfDay, sessionCap: (a) => caps.get(a.id)! });
    const enqueued = await store.enqueueOutbox(due, now);
    const stillDue = new Set(due.map((d) => d.key));
    const byId = new Map(assessments.map((a) => [a.id, a]));
    const result: TickResult = { enqueued, sent: 0, skipped: 0, retried: 0 };
    const claimed = await store.claimOutbox({ now, owner: this.o.instance, leaseMs: this.o.leaseMs ?? 10 * 60_000, limit: 50 });
    for (const row of claimed) result[await this.deliver(row, byId.get(row.assessmentId), stillDue.has(row.key), now)]++;
    if (enqueued || claimed.length) logger.info({ instance: this.o.instance, ...result }, 'reminders: tick');
    return result;
  }

  private async deliver(row: OutboxRow, a: AssessmentState | undefined, due: boolean, now: string): Promise<'sent' | 'skipped' | 'retried'> {
    const { store, logger, instance } = this.o;
    const reply = a && due && a.owner === row.userId ? composeReminder(row, a, now) : null;
    if (!reply) {
      await store.completeOutbox(row.key, instance, now, 'skipped');
      return 'skipped';
    }
    try {
      const outcome = await this.o.send(row.userId, reply, row.key);
      if (outcome === 'sent') {
        await store.completeOutbox(row.key, instance, now, 'sent');
        return 'sent';
      }
      return await this.retry(row, now, 'no_reference');
    } catch (err) {
      // The error's class only: a connector error message may echo what was sent.
      logger.warn(
        { reminder: row.kind, assessment: row.assessmentId, attempt: row.attempts, error: (err as Error).name },
        'reminders: send failed, will retry',
      );
      return this.retry(row, now, (err as Error).name || 'Error');
    }
  }

  private async retry(row: OutboxRow, now: string, error: string): Promise<'retried' | 'skipped'> {
    if (row.attempts >= (this.o.maxAttempts ?? 24)) {
      await this.o.store.completeOutbox(row.key, this.o.instance, now, 'failed');
      return 'skipped';
    }
    // Back off 5, 10, 20… minutes, at most an hour.
    const wait = Math.min(60, 5 * 2 ** (row.attempts - 1)) * 60_000;
    await this.o.store.releaseOutbox(row.key, this.o.instance, new Date(Date.parse(now) + wait).toISOString(), error);
    return 'retried';
  }
}
