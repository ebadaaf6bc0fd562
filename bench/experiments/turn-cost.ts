import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Session } from 'node:inspector';
import { AsyncLocalStorage } from 'node:async_hooks';
import { buildApp } from '../../bot/app';
import { loadStartupConfig } from '../../bot/startup-config';
import { renderReply } from '../../bot/render';
import { createLogger } from '../../service/logger';
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
// --als: each turn inside an AsyncLocalStorage, as the HTTP path ran it until s22e (bot/sdk-console.ts
// scoped the SDK's console per request that way): shows what the promise hook costs a turn.
const withAls = process.argv.includes('--als');
const als = new AsyncLocalStorage<true>();

const counts = new Map<string, number>();
const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
// --no-count: leave the statements unwrapped (the counting wrappers allocate ~16 KiB a turn of their own, which --alloc would report).
const countStatements = !process.argv.includes('--no-count');
// --time: the counts also sum the wall time inside each synchronous better-sqlite3 call (µs per turn, printed beside them).
const timeStatements = process.argv.includes('--time');
const micros = new Map<string, number>();
const timed = <T>(k: string, f: () => T): T => {
  if (!timeStatements) return f();
  const t = performance.now();
  try {
    return f();
  } finally {
    micros.set(k, (micros.get(k) ?? 0) + (performance.now() - t) * 1000);
  }
};
const proto = (Database as unknown as { prototype: Record<string, (...a: unknown[]) => unknown> }).prototype;
if (countStatements)
  for (const m of ['exec', 'pragma'] as const) {
    const original = proto[m]!;
    proto[m] = function (this: unknown, ...a: unknown[]) {
      const k = `${m} ${String(a[0]).split(/\s+/).slice(0, 2).join(' ')}`;
      count(k);
      return timed(k, () => original.apply(this, a));
    };
  }
const originalPrepare = proto.prepare!;
if (countStatements)
  proto.prepare = function (this: unknown, ...a: unknown[]) {
    count('prepare');
    const stmt = originalPrepare.apply(this, a) as Record<string, (...b: unknown[]) => unknown>;
    const sql = String(a[0]).trim().split(/\s+/).slice(0, 3).join(' ');
    for (const m of ['run', 'all', 'get'] as const) {
      const f = stmt[m]!.bind(stmt);
      const k = `${m} ${sql}`;
      stmt[m] = (...b: unknown[]) => (count(k), timed(k, () => f(...b)));
    }
    return stmt;
  };

// --wal-pages: no automatic checkpoints on the app's connection (this process only), so every frame the measured
// turns append stays in the WAL; afterwards each frame's page is named by the B-tree it belongs to (dbstat).
const walPages = process.argv.includes('--wal-pages');
if (walPages) {
  const original = proto.pragma!;
  proto.pragma = function (this: unknown, ...a: unknown[]) {
    const out = original.apply(this, a);
    if (String(a[0]).replace(/\s+/g, '') === 'journal_mode=WAL') original.call(this, 'wal_autocheckpoint = 0');
    return out;
  };
}
// --pragma=TEXT (repeatable): run on the app's connection right after its journal_mode pragma, and after its own
// pragmas (--pragma='secure_delete = OFF' sizes what a setting costs; a page_size takes effect on a new database only
// if set before its first table, so that one is run before journal_mode).
const extraPragmas = process.argv.filter((a) => a.startsWith('--pragma=')).map((a) => a.slice('--pragma='.length));
if (extraPragmas.length) {
  const original = proto.pragma!;
  proto.pragma = function (this: unknown, ...a: unknown[]) {
    const text = String(a[0]).replace(/\s+/g, '');
    if (text === 'journal_mode=WAL') for (const p of extraPragmas) if (p.startsWith('page_size')) original.call(this, p);
    const out = original.apply(this, a);
    if (text === 'synchronous=NORMAL') for (const p of extraPragmas) if (!p.startsWith('page_size')) original.call(this, p);
    return out;
  };
}
// --sql=TEXT: run on a second connection once the schema exists, before the warm-up (e.g. DROP INDEX …, to size what an index costs a turn).
const extraSql = process.argv.find((a) => a.startsWith('--sql='))?.slice('--sql='.length);

const dataDir = mkdtempSync(join(tmpdir(), 'wma-turn-cost-'));
const logger = createLogger(
  'info',
  new Writable({
    write: (_c, _e, done) => done(),
  }),
);
const app = await buildApp(loadStartupConfig({ ...process.env, WMA_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' }), { logger, tab: false });
await app.reminders?.stop();
if (extraSql) {
  const side = new Database(join(dataDir, 'wma.sqlite'));
  side.exec(extraSql);
  side.close();
}
const steps = defaultAssessmentSteps();
let turns = 0;
let failed = 0;
const play = async (n: number) => {
  const conversationId = `tc-${n}`;
  const userId = `lw-${n % 200}`;
  for (const [i, step] of steps.entries()) {
    const handle = (r: Parameters<typeof app.turns.handle>[0]) => (withAls ? als.run(true, () => app.turns.handle(r)) : app.turns.handle(r));
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
micros.clear();
turns = 0;
// --alloc: sample every allocation of the measured turns, collected or not, and print the bytes by function.
const session = process.argv.includes('--alloc') ? new Session() : null;
if (session) {
  session.connect();
  await post(session, 'HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
const walFrom = walPages ? statSync(join(dataDir, 'wma.sqlite-wal')).size : 0;
const cpu0 = process.cpuUsage();
const io0 = writtenBytes();
const t0 = performance.now();
await run(concurrency, assessments);
const cpu = process.cpuUsage(cpu0);
const written = writtenBytes() - io0;
const wall = performance.now() - t0;
if (session) {
  const sampled = (await post(session, 'HeapProfiler.stopSampling')) as { profile: AllocNode };
  printAllocations(sampled, turns);
  // --alloc-out=FILE: the raw sampling profile too, with the turn count, for a closer look.
  const out = process.argv.find((a) => a.startsWith('--alloc-out='))?.slice('--alloc-out='.length);
  if (out) writeFileSync(out, JSON.stringify({ requests: turns, head: (sampled.profile as unknown as { head: AllocNode }).head }));
}
console.log(
  `${turns} turns · ${((cpu.user + cpu.system) / 1000 / turns).toFixed(3)} ms CPU/turn · ${(wall / turns).toFixed(3)} ms wall/turn · ${failed} failed`,
);
let statements = 0;
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  if (k !== 'prepare') statements += v;
  const us = micros.get(k);
  console.log(`${(v / turns).toFixed(3).padStart(7)} per turn${us === undefined ? '' : ` ${(us / turns).toFixed(1).padStart(6)} µs/turn`}  ${k}`);
}
console.log(`${(statements / turns).toFixed(2)} SQLite calls per turn`);
// The logger writes nowhere, so what this process wrote is SQLite's: the WAL and its checkpoints into the database.
console.log(`${(written / turns / 1024).toFixed(1)} KiB written per turn (WAL + checkpoints, /proc/self/io wchar)`);
if (process.argv.includes('--rows')) printRowSizes(join(dataDir, 'wma.sqlite'));
if (walPages) printWalPages(join(dataDir, 'wma.sqlite'), walFrom, turns);
await app.close();
rmSync(dataDir, { recursive: true, force: true });

/** Bytes this process has passed to write(2) so far (Linux); 0 elsewhere. */
function writtenBytes(): number {
  try {
    return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** --rows: stored rows and their bytes per table (every turn of the run, warm-up included). */
function printRowSizes(path: string): void {
  const db = new Database(path, { readonly: true });
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]) {
    const cols = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => `coalesce(length(${c.name}), 0)`);
    const r = db.prepare(`SELECT count(*) AS n, coalesce(sum(${cols.join(' + ')}), 0) AS bytes FROM ${name}`).get() as { n: number; bytes: number };
    if (r.n) console.log(`${name.padEnd(24)} ${String(r.n).padStart(7)} rows · ${(r.bytes / r.n).toFixed(0).padStart(6)} B/row`);
  }
  db.close();
}

/**
 * --wal-pages: the frames the measured turns appended to the WAL (from byte `from` on), per commit and per
 * B-tree: which tables and indexes a turn dirties. A copy of the database and WAL is read, so the app's
 * connection is untouched; page numbers are named by the copy's dbstat (pages freed since count as 'free').
 */
function printWalPages(path: string, from: number, turns: number): void {
  const copy = mkdtempSync(join(tmpdir(), 'wma-wal-pages-'));
  copyFileSync(path, join(copy, 'db'));
  copyFileSync(`${path}-wal`, join(copy, 'db-wal'));
  const wal = readFileSync(join(copy, 'db-wal'));
  const pageSize = wal.readUInt32BE(8);
  const frame = 24 + pageSize;
  const db = new Database(join(copy, 'db'), { readonly: true });
  const owner = new Map<number, string>();
  for (const r of db.prepare('SELECT name, pageno, pagetype FROM dbstat').all() as { name: string; pageno: number; pagetype: string }[])
    owner.set(r.pageno, r.pagetype === 'overflow' ? `${r.name} (overflow)` : r.pagetype === 'internal' ? `${r.name} (interior)` : r.name);
  db.close();
  rmSync(copy, { recursive: true, force: true });
  const byTree = new Map<string, number>();
  let frames = 0;
  let commits = 0;
  for (let off = from; off + frame <= wal.length; off += frame) {
    const pgno = wal.readUInt32BE(off);
    frames++;
    const name = owner.get(pgno) ?? 'free or new';
    byTree.set(name, (byTree.get(name) ?? 0) + 1);
    if (wal.readUInt32BE(off + 4) !== 0) commits++;
  }
  console.log(
    `WAL: ${frames} frames in ${commits} commits for ${turns} turns · ${(frames / turns).toFixed(2)} frames/turn · ${(turns / commits).toFixed(1)} turns/commit · page ${pageSize} B`,
  );
  for (const [k, v] of [...byTree].sort((a, b) => b[1] - a[1])) console.log(`${(v / turns).toFixed(3).padStart(7)} frames/turn  ${k}`);
}

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
