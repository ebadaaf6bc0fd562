import { createRequire } from 'node:module';

/**
 * EXPERIMENT, bench only (preload with `node --import ./bench/experiments/sqlite-tuned.ts`): what
 * two SQLite changes would buy the real bot, without touching product code.
 *  1. Prepared-statement cache: store/sqlite-store.ts calls db.prepare(sql) on every query, so
 *     SQLite re-parses the same dozen statements on every turn.
 *  2. synchronous = NORMAL in WAL mode (WMA_BENCH_SQLITE_SYNC=normal): commits stop waiting for
 *     fsync; a committed turn survives a process crash but not a power cut. A product decision,
 *     so it is measured separately.
 */
type Statement = unknown;
interface DatabaseProto {
  prepare(sql: string): Statement;
  pragma(source: string, options?: unknown): unknown;
}
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as { prototype: DatabaseProto };
const proto = Database.prototype;
const originalPrepare = proto.prepare;
const caches = new WeakMap<object, Map<string, Statement>>();
proto.prepare = function cachedPrepare(this: object, sql: string) {
  let cache = caches.get(this);
  if (!cache) caches.set(this, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = originalPrepare.call(this, sql)));
  return stmt;
};
if (process.env.WMA_BENCH_SQLITE_SYNC === 'normal') {
  const originalPragma = proto.pragma;
  proto.pragma = function pragma(this: DatabaseProto, source: string, options?: unknown) {
    const out = originalPragma.call(this, source, options);
    if (/journal_mode\s*=\s*WAL/i.test(source)) originalPragma.call(this, 'synchronous = NORMAL');
    return out;
  };
}
