import { parentPort } from 'node:worker_threads';
import { hashRounds } from './offload-work';

/** offload-echo.ts's worker thread: does each turn's work and answers with the request's id. */
parentPort?.on('message', ({ id, n }: { id: number; n: number }) => parentPort?.postMessage({ id, h: hashRounds(n) }));
