import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Session } from 'node:inspector';
import { buildApp } from '../../bot/app';
import { loadStartupConfig } from '../../bot/startup-config';
import { renderReply } from '../../bot/render';
import { createLogger } from '../../service/logger';
import { quietSdk } from '../../bot/sdk-console';
import { defaultAssessmentSteps } from '../assessment-steps';

/**
 * `npx tsx bench/experiments/turn-cost.ts [assessments] [concurrency]`: the real app's turn path in
 * process, without HTTP or botbuilder — TurnService.handle and renderReply for whole default-script
 * assessments, `concurrency` conversations at once (as the HTTP bench) — reporting CPU per turn and
 * the SQLite statements per turn (every run/all/get/exec/pragma on the connection, counted by kind).
 * Quick and steady enough to compare one change to the store or the turn service with another;
 * `npm run bench -- --only=http` remains the measure.
 */
const assessments = Number(process.argv[2] ?? 64);
const concurrency = Number(process.argv[3] ?? 16);
// --als: each turn inside bot/sdk-console's AsyncLocalStorage, as the HTTP path runs it.
const withAls = process.argv.includes('--als');

const counts = new Map<string, number>();
const times = new Map<string, bigint>();
const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const proto = (Database as unknown as { prototype: Record<string, (...a: unknown[]) => unknown> }).prototype;
for (const m of ['exec', 'pragma'] as const) {
  const original = proto[m]!;
  proto[m] = function (this: unknown, ...a: unknown[]) {
    count(`${m} ${String(a[0]).split(/\s+/).slice(0, 2).join(' ')}`);
    return original.apply(this, a);
  };
}
const originalPrepare = proto.prepare!;
proto.prepare = function (this: unknown, ...a: unknown[]) {
  count('prepare');
  const stmt = originalPrepare.apply(this, a) as Record<string, (...b: unknown[]) => unknown>;
  const sql = String(a[0]).trim().split(/\s+/).slice(0, 3).join(' ');
  for (const m of ['run', 'all', 'get'] as const) {
    const f = stmt[m]!.bind(stmt);
    const key = `${m} ${sql}`;
    stmt[m] = (...b: unknown[]) => { count(key); const t = process.hrtime.bigint(); const r = f(...b); times.set(key, (times.get(key) ?? 0n) + process.hrtime.bigint() - t); return r; };
  }
  return stmt;
};

const dataDir = mkdtempSync(join(tmpdir(), 'wma-turn-cost-'));
const logger = createLogger(
  'info',
  new Writable({
    write: (_c, _e, done) => done(),
  }),
);
const app = await buildApp(loadStartupConfig({ ...process.env, WMA_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' }), { logger, tab: false });
await app.reminders?.stop();
const steps = defaultAssessmentSteps();
let turns = 0;
let failed = 0;
const play = async (n: number) => {
  const conversationId = `tc-${n}`;
  const userId = `lw-${n % 200}`;
  for (const [i, step] of steps.entries()) {
    const handle = (r: Parameters<typeof app.turns.handle>[0]) => (withAls ? quietSdk(() => app.turns.handle(r)) : app.turns.handle(r));
    const reply = await handle({ conversationId, userId, userName: 'Link Worker', activityId: `a-${n}-${i}`, input: { kind: 'text', text: step.text } });
    const body = JSON.stringify(renderReply(reply));
    turns++;
    if (step.expect && !body.includes(step.expect)) failed++;
  }
};
const run = async (from: number, count: number) => {
  let next = from;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < from + count) await play(next++);
    }),
  );
};
await run(0, concurrency); // warm-up
counts.clear();
times.clear();
turns = 0;
// --alloc: sample every allocation of the measured turns, collected or not, and print the bytes by function.
const session = process.argv.includes('--alloc') ? new Session() : null;
if (session) {
  session.connect();
  await post(session, 'HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await run(concurrency, assessments);
const cpu = process.cpuUsage(cpu0);
const wall = performance.now() - t0;
if (session) printAllocations((await post(session, 'HeapProfiler.stopSampling')) as { profile: AllocNode }, turns);
console.log(
  `${turns} turns · ${((cpu.user + cpu.system) / 1000 / turns).toFixed(3)} ms CPU/turn · ${(wall / turns).toFixed(3)} ms wall/turn · ${failed} failed`,
);
let statements = 0;
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  if (k !== 'prepare') statements += v;
  console.log(`${(v / turns).toFixed(3).padStart(7)} per turn  ${(Number(times.get(k) ?? 0n) / 1000 / turns).toFixed(1).padStart(6)} µs/turn  ${k}`);
}
console.log(`${(statements / turns).toFixed(2)} SQLite calls per turn`);
{ const { readdirSync, statSync } = await import('node:fs'); const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]); for (const f of walk(dataDir)) console.log(f, statSync(f).size, (statSync(f).size / turns).toFixed(0), 'B/turn'); }
await app.close();
rmSync(dataDir, { recursive: true, force: true });

interface AllocNode {
  head?: AllocNode;
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocNode[];
}

function post(session: Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
}

/** Sampled bytes allocated per turn, by the allocating function and by the nearest repository file on its stack. */
function printAllocations(result: { profile: AllocNode }, turns: number): void {
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  const short = (url: string) => url.replace(/^.*\/wt\/[^/]+\//, '').replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, 'npm:$1');
  const walk = (n: AllocNode, mine: string | undefined) => {
    const file = short(n.callFrame.url);
    const here = /^[a-z]+\/.+\.ts$/.test(file) ? file : mine;
    if (n.selfSize) {
      total += n.selfSize;
      const k = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
      byFn.set(k, (byFn.get(k) ?? 0) + n.selfSize);
      byFile.set(here ?? file, (byFile.get(here ?? file) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, here);
  };
  walk((result.profile as unknown as { head: AllocNode }).head, undefined);
  console.log(`allocated ≈ ${(total / turns / 1024).toFixed(0)} KiB per turn (sampled)`);
  for (const [title, m] of [
    ['by nearest repository file', byFile],
    ['by function', byFn],
  ] as const) {
    console.log(`## ${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / turns / 1024).toFixed(1).padStart(7)} KiB/turn  ${k}`);
  }
}
