/**
 * Teams waits about 15 s for the bot to answer a message, then retries it — sometimes under a new
 * activity id. A turn that drafts with an LLM can take longer. So a turn gets a budget: if its
 * reply is ready in time it is sent as usual; if not, the bot says it is still working (answering
 * inside the window) and the reply follows as a proactive message when the turn has committed.
 * Pure timing logic, with the timer injected so tests need no real waiting.
 */
export const SLOW_TURN_BUDGET_MS = 8000;
export const STILL_WORKING_TEXT =
  'Still working on that (drafting can take a little while). I will post the result here as soon as it is ready — no need to send it again.';

export type Timer = (ms: number, fire: () => void) => () => void;

export const realTimer: Timer = (ms, fire) => {
  const t = setTimeout(fire, ms);
  return () => clearTimeout(t);
};

export type Raced<T> = { kind: 'in-time'; value: T } | { kind: 'late'; result: Promise<T> };

/**
 * Resolves with the work's value if it settles within `budgetMs`, otherwise with the still
 * running promise. A failure inside the budget rejects as usual (the caller reports it then).
 */
export function raceBudget<T>(work: Promise<T>, budgetMs: number, timer: Timer = realTimer): Promise<Raced<T>> {
  return new Promise<Raced<T>>((resolve, reject) => {
    let settled = false;
    const cancel = timer(budgetMs, () => {
      if (settled) return;
      settled = true;
      resolve({ kind: 'late', result: work });
    });
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        cancel();
        resolve({ kind: 'in-time', value });
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        cancel();
        reject(error);
      },
    );
  });
}
