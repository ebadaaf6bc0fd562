// EXPERIMENT preload (`node --import bench/experiments/checkpoint-probe.mjs dist/bot.mjs`), driven by
// checkpoint-ab.ts: times every COMMIT on the store's connection, tells from the WAL index (the -shm
// file) which commits ran SQLite's automatic checkpoint, and — for the A/B — changes where
// checkpoints run, from outside the product code. CKPT_MODE:
//   auto            SQLite's default (wal_autocheckpoint=1000 pages on the committing connection)
//   auto:N          wal_autocheckpoint=N
//   worker[:N[:B]]  a worker thread with its own connection runs PASSIVE checkpoints once the WAL
//                   has N new frames (default 1000); the main connection keeps wal_autocheckpoint=B
//                   (default 4000) as the backstop that bounds the WAL if the worker falls behind.
// Writes a JSON summary to CKPT_PROBE_OUT when the process exits.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import http from 'node:http';

const require = createRequire(join(process.cwd(), 'package.json'));
const Database = require('better-sqlite3');
const mode = process.env.CKPT_MODE ?? 'auto';
const out = process.env.CKPT_PROBE_OUT;
const commits = []; // [ms, checkpointed(0/1), HTTP requests in flight]
const workerRuns = []; // [ms, framesBackfilled]
let walMax = 0;
const eld = monitorEventLoopDelay({ resolution: 1 });
// HTTP requests in flight (received, response not finished): the turns a main-thread stall delays.
let inFlight = 0;
let requests = 0;
const origEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === 'request') {
    inFlight++;
    requests++;
    args[1].once('close', () => inFlight--);
  }
  return origEmit.call(this, event, ...args);
};
eld.enable();

// WAL-index header (sqlite3/src/wal.c): mxFrame is the u32 at byte 16 of the first header copy;
// nBackfill the first u32 of the checkpoint info at byte 96. Native byte order, read through the
// page cache that SQLite's mmap shares.
const shmBuf = Buffer.alloc(100);
function shmRead(fd) {
  readSync(fd, shmBuf, 0, 100, 0);
  return { mxFrame: shmBuf.readUInt32LE(16), nBackfill: shmBuf.readUInt32LE(96) };
}

const origPragma = Database.prototype.pragma;
Database.prototype.pragma = function (source, options) {
  const result = origPragma.call(this, source, options);
  if (source === 'synchronous = NORMAL' && this.name !== ':memory:') attach(this);
  return result;
};

function attach(db) {
  const path = db.name;
  let shmFd = null;
  const shm = () => {
    if (shmFd === null) shmFd = openSync(`${path}-shm`, 'r');
    return shmRead(shmFd);
  };
  let worker = null;
  let workerBusy = false;
  let threshold = 0;
  let lastBackfillTarget = 0;
  if (mode.startsWith('auto:')) origPragma.call(db, `wal_autocheckpoint = ${Number(mode.slice(5))}`);
  if (mode.startsWith('worker')) {
    const [, n, b] = mode.split(':');
    threshold = Number(n || 1000);
    origPragma.call(db, `wal_autocheckpoint = ${Number(b || 4000)}`);
    worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.mod);
       const db = new Database(workerData.path);
       db.pragma('synchronous = NORMAL');
       db.pragma('cache_size = -256');
       db.pragma('wal_autocheckpoint = 0');
       parentPort.on('message', () => {
         const t = process.hrtime.bigint();
         const r = db.pragma('wal_checkpoint(PASSIVE)')[0];
         parentPort.postMessage([Number(process.hrtime.bigint() - t) / 1e6, r.checkpointed, r.log]);
       });`,
      { eval: true, workerData: { path, mod: require.resolve('better-sqlite3') }, resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 } },
    );
    worker.unref();
    worker.on('message', (m) => {
      workerBusy = false;
      workerRuns.push(m);
    });
  }
  const origPrepare = db.prepare;
  db.prepare = function (sql) {
    const stmt = origPrepare.call(this, sql);
    if (sql !== 'COMMIT') return stmt;
    const run = stmt.run;
    stmt.run = function (...a) {
      const before = shm();
      const t = process.hrtime.bigint();
      const r = run.apply(this, a);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const after = shm();
      // A checkpoint inside this COMMIT backfilled everything it had just written (a worker's
      // checkpoint, running meanwhile, stops at the frame count it started with).
      const ckpt = after.nBackfill !== before.nBackfill && after.nBackfill > 0 && after.nBackfill === after.mxFrame ? 1 : 0;
      commits.push([ms, ckpt, inFlight]);
      walMax = Math.max(walMax, after.mxFrame);
      if (worker && !workerBusy && after.mxFrame - Math.max(after.nBackfill, 0) >= threshold && after.mxFrame !== lastBackfillTarget) {
        workerBusy = true;
        lastBackfillTarget = after.mxFrame;
        worker.postMessage(0);
      }
      return r;
    };
    return stmt;
  };
  process.on('exit', () => {
    if (!out) return;
    let walBytes = 0;
    try {
      walBytes = statSync(`${path}-wal`).size;
    } catch {}
    writeFileSync(
      out,
      JSON.stringify({
        mode,
        requests,
        commits,
        workerRuns,
        walMaxFrames: walMax,
        walBytes,
        eld: { p50: eld.percentile(50) / 1e6, p99: eld.percentile(99) / 1e6, max: eld.max / 1e6 },
      }),
    );
    if (shmFd !== null) closeSync(shmFd);
  });
}
