/**
 * How long a turn waits before deciding again after losing a commit race (issue 19). Retrying at
 * once made instances that collided collide again in lock-step, and 8 of ~1,000 busy turns across
 * two instances gave up. Now up to 16 attempts (service/turn-service.ts) with "full jitter"
 * exponential backoff — a random wait between 0 and a cap that doubles from 10 ms to 400 ms —
 * which spreads contenders out. The worst case waits about 4 s in all (2 s on average), inside
 * Teams' 15-second window.
 */
export const BACKOFF_BASE_MS = 10;
export const BACKOFF_CAP_MS = 400;

/** `attempt` is the attempt that just failed (1-based); `random` returns [0, 1). */
export function commitRetryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
