import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';

/**
 * `npx tsx bench/experiments/plan-cost.ts [other-tree] [rounds] [--seal]`: CPU per turn of what a
 * commit computes before its transaction (store/sql/turns.ts planCommit: validation, snapshot, row
 * diff, every AES-GCM sealing), on the real turns of whole default-script assessments, replayed
 * with no SQL. With `other-tree` (a copy of another commit: `git archive <base> | tar -x -C /tmp/base`,
 * node_modules linked in), that tree is loaded into the same process as well and the rounds
 * alternate between the two, so both see the same load (rule 7): on the shared 2-core machine,
 * separate processes a minute apart differed by ±25 % for the very same code.
 *
 * Each tree plays 16 assessments through its own app (in-process, as turn-cost.ts), keeping each
 * commit with the cached documents it was planned against (the state cache's entries at the
 * expected versions; each tree's own, since a snapshot is recognised by its own module's brand),
 * then calls its `commitTurn` on each again with a queue that rolls back before any statement:
 * every replay plans exactly what the live turn planned, against the same base, and writes
 * nothing (no cache is updated, so the replays are alike). `--seal` also times
 * FieldCipher.encryptJson alone on the values the turns sealed, by context; `--parts` times this
 * tree's planAssessment steps one by one on the commits that have a cached base.
 */
const args = process.argv.slice(2);
const otherTree = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 20);
const seal = args.includes('--seal');
// --parts: this tree's planAssessment steps timed one by one (the exported functions it calls, in its order).
const parts = args.includes('--parts');
// --no-seal-too: also this tree with a cipher whose encryptJson returns a constant string (all else real), to
// split the replay into its sealing and everything else, measured the same way.
const noSealToo = args.includes('--no-seal-too');

type Commit = (queue: unknown, db: unknown, cipher: unknown, caches: unknown, pending: unknown, commit: unknown) => Promise<unknown>;
interface CommitArg {
  conversationId: string;
  conversation: { expectedVersion: number | null };
  assessment?: { value: { id: string }; expectedVersion: number | null };
}
interface Peekable {
  peek(id: string, version: number): unknown;
}
interface Tree {
  name: string;
  commitTurn: Commit;
  cipher: { encryptJson(v: unknown, context: string): string };
  PendingWrites: new () => unknown;
  rollback: unknown;
  kept: Array<{ commit: CommitArg; caches: unknown }>;
  sealed: Map<string, Array<[unknown, string]>>;
  plan: number[];
  seal: Map<string, number[]>;
}

async function capture(root: string): Promise<Tree> {
  const m = async (path: string) => import(join(root, path));
  const { buildApp } = await m('bot/app.ts');
  const { loadStartupConfig } = await m('bot/startup-config.ts');
  const { createLogger } = await m('service/logger.ts');
  const { defaultAssessmentSteps } = await m('bench/assessment-steps.ts');
  const { SqlStore } = await m('store/sql/sql-store.ts');
  const { StateCache } = await m('store/sql/state-cache.ts');
  const { FieldCipher } = await m('store/crypto.ts');
  const kept: Tree['kept'] = [];
  const sealed: Tree['sealed'] = new Map();
  let cipher: Tree['cipher'] | undefined;
  const proto = SqlStore.prototype as {
    commitTurn(this: { caches: { assessments: Peekable; conversations: Peekable }; cipher: Tree['cipher'] }, c: CommitArg): Promise<unknown>;
  };
  const original = proto.commitTurn;
  proto.commitTurn = function (commit) {
    cipher = this.cipher;
    // The documents this commit is planned against, copied into caches of its own (capacity 1 each).
    const a = commit.assessment;
    const assessments = new StateCache(1);
    const conversations = new StateCache(1);
    const aBase = a && a.expectedVersion !== null ? this.caches.assessments.peek(a.value.id, a.expectedVersion) : null;
    const cv = commit.conversation.expectedVersion;
    const cBase = cv !== null ? this.caches.conversations.peek(commit.conversationId, cv) : null;
    if (aBase) assessments.remember(a!.value.id, aBase);
    if (cBase) conversations.remember(commit.conversationId, cBase);
    kept.push({ commit, caches: { assessments, conversations } });
    return original.call(this, commit);
  };
  const encryptJson = FieldCipher.prototype.encryptJson as (this: unknown, v: unknown, c: string) => string;
  FieldCipher.prototype.encryptJson = function (this: unknown, v: unknown, c: string) {
    const kind = c.slice(0, c.indexOf(':'));
    let list = sealed.get(kind);
    if (!list) sealed.set(kind, (list = []));
    list.push([v, c]);
    return encryptJson.call(this, v, c);
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'wma-plan-cost-'));
  const logger = createLogger('info', new Writable({ write: (_c, _e, done) => done() }));
  const app = await buildApp(loadStartupConfig({ ...process.env, WMA_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' }), { logger, tab: false });
  await app.reminders?.stop();
  const steps = defaultAssessmentSteps() as Array<{ text: string }>;
  await Promise.all(
    Array.from({ length: 16 }, async (_, n) => {
      for (const [i, step] of steps.entries())
        await app.turns.handle({
          conversationId: `pc-${n}`,
          userId: `lw-${n}`,
          userName: 'Link Worker',
          activityId: `a-${n}-${i}`,
          input: { kind: 'text', text: step.text },
        });
    }),
  );
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  proto.commitTurn = original;
  FieldCipher.prototype.encryptJson = encryptJson;
  return {
    name: root,
    commitTurn: (await m('store/sql/turns.ts')).commitTurn,
    cipher: cipher!,
    PendingWrites: (await m('store/sql/pending-writes.ts')).PendingWrites,
    rollback: new (await m('store/sql/executor.ts')).RollbackWith('duplicate'),
    kept,
    sealed,
    plan: [],
    seal: new Map(),
  };
}

const trees = [await capture(resolve(join(import.meta.dirname, '..', '..')))];
if (otherTree) trees.push(await capture(resolve(otherTree)));
if (noSealToo) {
  const t = trees[0]!;
  const stub = Object.create(t.cipher as object) as Tree['cipher'];
  stub.encryptJson = () => 'wma1:k:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA:AA';
  trees.push({ ...t, name: `${t.name} with sealing stubbed`, cipher: stub, plan: [], seal: new Map() });
}
const db = { isConcurrencyFailure: () => false };

const replay = async (t: Tree) => {
  const queue = { run: () => Promise.reject(t.rollback) };
  const pending = new t.PendingWrites();
  for (const k of t.kept) await t.commitTurn(queue, db, t.cipher, k.caches, pending, k.commit);
};
const cpu = async (f: () => unknown) => {
  const c0 = process.cpuUsage();
  await f();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
};
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const load0 = loadavg()[0]!;
for (const t of trees) for (let i = 0; i < 3; i++) await replay(t); // warm-up
for (let r = 0; r < rounds; r++)
  for (const t of r % 2 ? [...trees].reverse() : trees) {
    t.plan.push((await cpu(() => replay(t))) / t.kept.length);
    if (seal)
      for (const [kind, list] of t.sealed) {
        const us = await cpu(() => {
          for (let j = 0; j < 3; j++) for (const [v, context] of list) t.cipher.encryptJson(v, context);
        });
        let times = t.seal.get(kind);
        if (!times) t.seal.set(kind, (times = []));
        times.push(us / 3 / list.length);
      }
  }
console.log(`load ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${rounds} rounds alternated`);
for (const t of trees) {
  const withBase = t.kept.filter((k) => k.commit.assessment && k.commit.assessment.expectedVersion !== null).length;
  console.log(
    `${t.name}: ${t.kept.length} commits (${withBase} against a cached base) · planCommit ${median(t.plan).toFixed(1)} µs CPU/turn median (min ${Math.min(...t.plan).toFixed(1)}, max ${Math.max(...t.plan).toFixed(1)})`,
  );
  for (const [kind, times] of t.seal) {
    const list = t.sealed.get(kind)!;
    const chars = list.reduce((s, [v]) => s + JSON.stringify(v ?? null).length, 0) / list.length;
    console.log(
      `  encryptJson ${kind.padEnd(12)} ${String(list.length).padStart(5)} values, ${chars.toFixed(0).padStart(5)} chars mean · ${median(times).toFixed(2)} µs CPU each (median)`,
    );
  }
}

if (parts) {
  const root = resolve(join(import.meta.dirname, '..', '..'));
  const { assessmentColumns, contexts } = await import(join(root, 'store/sql/records.ts'));
  const { snapshot } = await import(join(root, 'store/sql/snapshot.ts'));
  const { appendedEntries, changedRows, rowsOf } = await import(join(root, 'store/sql/assessment-layout.ts'));
  const { encodeAssessmentChange } = await import(join(root, 'store/documents/assessment.ts'));
  const t = trees[0]!;
  type Base = { value: unknown; meta: { entryCount: number } };
  const items = t.kept.flatMap((k) => {
    const a = k.commit.assessment;
    if (!a || a.expectedVersion === null) return [];
    const base = (k.caches as { assessments: { peek(id: string, v: number): Base | null } }).assessments.peek(a.value.id, a.expectedVersion);
    return base ? [{ state: a.value, base }] : [];
  });
  const next = items.map((i) => snapshot(i.state, i.base.value));
  const appended = items.map((i, j) => appendedEntries(i.base.value, next[j]));
  const steps: Array<[string, (j: number) => unknown]> = [
    ['assessmentColumns', (j) => assessmentColumns(items[j]!.state, t.cipher)],
    ['snapshot', (j) => snapshot(items[j]!.state, items[j]!.base.value)],
    ['appendedEntries', (j) => appendedEntries(items[j]!.base.value, next[j])],
    ['changedRows + encodeAssessmentChange', (j) => encodeAssessmentChange(next[j], changedRows(items[j]!.base.value, appended[j]))],
    [
      'rowsOf + seal entries',
      (j) => rowsOf(appended[j]).map((row: unknown, i: number) => t.cipher.encryptJson(row, contexts.entry(items[j]!.state.id, i + 1))),
    ],
  ];
  const times = steps.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++)
    for (const [s, [, f]] of steps.entries()) {
      const c0 = process.cpuUsage();
      for (let j = 0; j < items.length; j++) f(j);
      const d = process.cpuUsage(c0);
      times[s]!.push((d.user + d.system) / items.length);
    }
  console.log(`planAssessment steps of ${t.name}, ${items.length} commits with a cached base (load ${loadavg()[0]!.toFixed(2)}):`);
  for (const [s, [name]] of steps.entries()) console.log(`  ${name.padEnd(40)} ${median(times[s]!).toFixed(2)} µs CPU/turn median`);
}
