import type { Logger } from 'pino';

/**
 * Operational logging at the default level (issue 22, lead's decision in round 6): warnings, errors,
 * start and stop, and this one periodic line — how many turns were answered, failed or deferred in
 * the last interval. The per-turn "turn committed" line is at debug level (service/turn-service.ts):
 * at info it was a synchronous write plus redaction on every turn, ~3 % of the main thread under the
 * bench's HTTP load (s22b's and s22d's profiles), and a line per turn tells an operator nothing a
 * count per minute does not.
 *
 * Counts only: no conversation, user, assessment or patient is named, so nothing here can identify
 * anyone. An interval with no turns writes nothing, so an idle server stays quiet.
 */
export type TurnOutcome = 'answered' | 'failed' | 'deferred';

export interface SummaryTimer {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimer: SummaryTimer = {
  setInterval: (fn, ms) => {
    const t = setInterval(fn, ms);
    t.unref(); // never keeps a stopping process alive
    return t;
  },
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
};

export const SUMMARY_INTERVAL_MS = 60_000;

export class TurnSummary {
  private counts: Record<TurnOutcome, number> = { answered: 0, failed: 0, deferred: 0 };
  private handle: unknown = null;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs = SUMMARY_INTERVAL_MS,
    private readonly timer: SummaryTimer = realTimer,
  ) {}

  /** Called by the Teams edge once per message turn (bot/handler.ts). */
  count(outcome: TurnOutcome): void {
    this.counts[outcome]++;
  }

  start(): void {
    if (this.handle === null) this.handle = this.timer.setInterval(() => this.flush(), this.intervalMs);
  }

  /** Stops the timer and writes what was counted since the last line (shutdown). */
  stop(): void {
    if (this.handle !== null) this.timer.clearInterval(this.handle);
    this.handle = null;
    this.flush();
  }

  /** One info line with the counts since the last one, then zeroes them; nothing when there were none. */
  flush(): void {
    const { answered, failed, deferred } = this.counts;
    this.counts = { answered: 0, failed: 0, deferred: 0 };
    if (answered + failed + deferred === 0) return;
    this.logger.info({ turns: { answered, failed, deferred }, intervalS: Math.round(this.intervalMs / 1000) }, 'turns summary');
  }
}
