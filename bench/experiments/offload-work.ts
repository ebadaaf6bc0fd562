import { createHash } from 'node:crypto';

/**
 * The fixed CPU work of offload-ceiling.ts, in one place for the calibration, the main thread and the
 * worker thread (offload-worker.ts): `rounds` of SHA-256 over 4 KiB, each chained on the last digest.
 */
const block = Buffer.alloc(4096, 7);
export function hashRounds(rounds: number): string {
  let h = '';
  for (let i = 0; i < rounds; i++) h = createHash('sha256').update(block).update(h).digest('hex');
  return h;
}
