import { createCipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * `npx tsx bench/experiments/worker-cost.ts`: what moving sealing and SQLite's writes to a worker
 * thread would add on the main thread, measured before building it (issue 22, s22f). A worker
 * answers each message at once; 16 requests are in flight, as under the HTTP bench. Main-thread
 * CPU comes from /proc/<pid>/task/<pid>/stat (Linux; clock ticks), so the worker's own CPU is not
 * counted. Prints µs per turn for: one commit message carrying a turn's JSON texts, the same as
 * objects (structured clone of the changed parts only), the whole state as objects, one small read
 * round trip — and, to compare, today's four sealings on the main thread.
 */
const TICK_MS = 10;
function mainThreadMs(): number {
  const fields = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const worker = new Worker(
  "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, result: 'committed' }));",
  { eval: true },
);

// Shapes and sizes as a default-script turn near the end of an assessment has them.
const at = '2026-12-03T11:00:00.000Z';
const answers: Record<string, unknown> = {};
for (let i = 0; i < 60; i++) answers[`section.q${i}`] = { value: i % 3 ? 'some answer text' : ['a', 'b'], at, activityId: `act-${i}-xxxxxxxx` };
const history = Array.from({ length: 130 }, (_, i) => ({ questionId: `section.q${i % 60}`, action: 'answered', value: 'v', at, activityId: `act-${i}` }));
const core = {
  id: 'a-1',
  scriptId: 'default',
  scriptVersion: 1,
  owner: 'lw-1',
  patient: { kind: 'nhs_number', value: '9434765919', masked: '943 *** 5919' },
  status: 'active',
  mode: { kind: 'asking' },
  cursor: 'x.y',
  skipped: [],
  safeguarding: [],
  createdAt: at,
  updatedAt: at,
};
const answer = answers['section.q1'];
const entry = [{ q: 'section.q1', a: answer }, { h: history[0] }];
const reply = {
  payload: { prompts: [{ kind: 'question', text: 'How are you getting on with things day to day? '.repeat(6), position: { index: 1, count: 9 } }] },
};

const N = 40_000;
async function roundTrips(name: string, message: (id: number) => object): Promise<void> {
  let next = 0;
  const waiting = new Map<number, () => void>();
  const onMessage = (m: { id: number }) => {
    waiting.get(m.id)?.();
    waiting.delete(m.id);
  };
  worker.on('message', onMessage);
  const cpu0 = mainThreadMs();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < N) {
        const id = next++;
        await new Promise<void>((done) => {
          waiting.set(id, done);
          worker.postMessage(message(id));
        });
      }
    }),
  );
  worker.off('message', onMessage);
  console.log(`${name.padEnd(64)} ${(((mainThreadMs() - cpu0) / N) * 1000).toFixed(1).padStart(6)} µs main-thread CPU per turn`);
}

const key = randomBytes(32);
function seal(text: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = cipher.update(text, 'utf8');
  cipher.final();
  return ['wma1', 'k1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
}

for (let round = 0; round < 2; round++) {
  await roundTrips('commit as strings: 4 JSON texts (~2 KB, stringify included) + ids', (id) => ({
    id,
    conversation: 'c-1',
    activity: `a-${id}`,
    core: JSON.stringify(core),
    entry: JSON.stringify(entry),
    answer: JSON.stringify(answer),
    reply: JSON.stringify(reply),
  }));
  await roundTrips('commit as objects: the changed parts, structured clone', (id) => ({
    id,
    conversation: 'c-1',
    activity: `a-${id}`,
    core,
    entry,
    answer,
    reply,
  }));
  await roundTrips('commit as objects: the whole state (60 answers, 130 lines)', (id) => ({ id, state: { ...core, answers, history }, reply }));
  await roundTrips('one small read round trip (a key out, a version back)', (id) => ({ id, conversation: 'c-1', activity: `a-${id}` }));
  const cpu0 = mainThreadMs();
  for (let i = 0; i < N; i++) {
    seal(JSON.stringify(core), `assessment:a-${i}`);
    seal(JSON.stringify(entry), `entry:a-${i}:3`);
    seal(JSON.stringify(answer), `answer:a-${i}:q:act`);
    seal(JSON.stringify(reply), `reply:c:${i}`);
  }
  console.log(
    `${'today, on the main thread: 4 sealings (stringify + AES-GCM + base64url)'.padEnd(64)} ${(((mainThreadMs() - cpu0) / N) * 1000).toFixed(1).padStart(6)} µs`,
  );
}
await worker.terminate();
