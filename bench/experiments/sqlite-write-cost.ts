import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../store/sql/migrations';

/**
 * `npx tsx bench/experiments/sqlite-write-cost.ts [rounds] [turns-per-round]`: a turn's SQLite writes
 * alone — the statements commitTurn runs, in group commits of 16 turns from 16 assessments in
 * progress, with random (Teams-like) conversation and assessment ids and the row sizes turn-cost.ts
 * --rows reports — against several schema/pragma variants in ONE process, their rounds alternated,
 * so the machine's load falls on every variant alike. Reports the thread CPU per turn (median over
 * rounds) and the WAL frames per turn. Variants: `v4` (the schema before migration 5: replies
 * indexed by assessment), `v5` (this tree's), and v5 with 2 KiB pages or secure_delete off.
 */
const rounds = Number(process.argv[2] ?? 12);
const perRound = Number(process.argv[3] ?? 1600);
const GROUP = 16;

interface Variant {
  name: string;
  schemaSteps: number;
  pageSize: number;
  secureDelete: boolean;
}
const variants: Variant[] = [
  { name: 'v4 (index by assessment), 4 KiB', schemaSteps: 4, pageSize: 4096, secureDelete: true },
  { name: 'v5 (reply_conversations), 4 KiB', schemaSteps: 5, pageSize: 4096, secureDelete: true },
  { name: 'v5, 2 KiB pages', schemaSteps: 5, pageSize: 2048, secureDelete: true },
  { name: 'v5, secure_delete off', schemaSteps: 5, pageSize: 4096, secureDelete: false },
];

// Ciphertext-like (incompressible) values, made before any timing: picked in turn from a pool per size.
const pools = new Map<number, { next: number; values: string[] }>();
const text = (n: number) => {
  let pool = pools.get(n);
  if (!pool) {
    pool = {
      next: 0,
      values: Array.from({ length: 64 }, () =>
        randomBytes(Math.ceil((n * 3) / 4))
          .toString('base64url')
          .slice(0, n),
      ),
    };
    pools.set(n, pool);
  }
  return pool.values[pool.next++ % 64]!;
};
const dir = mkdtempSync(join(tmpdir(), 'wma-sqlite-write-'));

const setups = variants.map((v, i) => {
  const db = new Database(join(dir, `v${i}.sqlite`));
  db.pragma(`page_size = ${v.pageSize}`);
  db.pragma('journal_mode = WAL');
  db.pragma(`secure_delete = ${v.secureDelete ? 'ON' : 'OFF'}`);
  db.pragma('synchronous = NORMAL');
  for (const step of migrations.slice(0, v.schemaSteps)) db.exec(step.sqlite);
  const withPairs = v.schemaSteps >= 5;
  const s = {
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    save: db.prepare('SAVEPOINT wma_turn'),
    release: db.prepare('RELEASE SAVEPOINT wma_turn'),
    reply: db.prepare(
      'INSERT INTO processed_activities (conversation_id, activity_id, assessment_id, reply_enc, processed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    pair: withPairs ? db.prepare('INSERT INTO reply_conversations (assessment_id, conversation_id) VALUES (?, ?) ON CONFLICT DO NOTHING') : null,
    conv: db.prepare('UPDATE conversations SET version = version + 1, updated_at = ? WHERE conversation_id = ? AND version = ? AND state_enc = ?'),
    assessment: db.prepare(
      `UPDATE assessments SET version = version + 1, updated_at = ?, completed_at = ?, state_enc = ?, entry_count = ?
       WHERE id = ? AND version = ? AND owner = ? AND status = ? AND script_id = ? AND script_version = ? AND patient_ref_hash = ? AND created_at = ?`,
    ),
    entry: db.prepare('INSERT INTO assessment_entries (assessment_id, seq, entry_enc) VALUES (?, ?, ?)'),
    answer: db.prepare(
      'INSERT INTO answer_log (assessment_id, question_id, activity_id, value_enc, recorded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    newConv: db.prepare('INSERT INTO conversations (conversation_id, version, state_enc, updated_at) VALUES (?, 1, ?, ?)'),
    newAssessment: db.prepare(
      `INSERT INTO assessments (id, version, owner, status, script_id, script_version, patient_ref_hash, created_at, updated_at, completed_at, state_enc, entry_count)
       VALUES (?, 1, ?, 'active', 'wm', 1, ?, ?, ?, NULL, ?, 0)`,
    ),
  };
  return { v, db, s, path: join(dir, `v${i}.sqlite`), replaced: 0 };
});

/** One assessment in progress: 65 turns (the default script), then a new one takes its slot. */
interface Slot {
  conversation: string;
  conversationEnc: string;
  conversationVersion: number;
  assessment: string;
  version: number;
  turn: number;
  hash: string;
  created: string;
}
const newSlot = (): Slot => ({
  conversation: `19:${randomUUID()}@unq.gbl.spaces`,
  conversationEnc: text(222),
  conversationVersion: 0,
  assessment: randomUUID(),
  version: 0,
  turn: 0,
  hash: text(64),
  created: new Date().toISOString(),
});
// Every variant replays the same ids and sizes: one slot list per variant, advanced in step.
const slots = setups.map(() => [] as Slot[]);
const seedSlots = Array.from({ length: GROUP }, newSlot);
for (const list of slots) list.push(...seedSlots.map((s) => ({ ...s })));
const replacements: Slot[] = [];

function turnBatch(setup: (typeof setups)[number], list: Slot[]): void {
  const { s } = setup;
  const now = new Date().toISOString();
  s.begin.run();
  for (let i = 0; i < list.length; i++) {
    let slot = list[i]!;
    s.save.run();
    if (slot.conversationVersion === 0) {
      s.newConv.run(slot.conversation, slot.conversationEnc, now);
      slot.conversationVersion = 1;
    }
    if (slot.version === 0) {
      s.newAssessment.run(slot.assessment, 'lw-1', slot.hash, slot.created, now, text(1200));
      slot.version = 1;
    }
    const activity = `a-${slot.turn}-${randomUUID()}`;
    s.reply.run(slot.conversation, activity, slot.assessment, text(1518), now);
    s.pair?.run(slot.assessment, slot.conversation);
    s.conv.run(now, slot.conversation, slot.conversationVersion, slot.conversationEnc);
    slot.conversationVersion++;
    s.assessment.run(now, null, text(1200 + slot.turn * 20), slot.turn + 1, slot.assessment, slot.version, 'lw-1', 'active', 'wm', 1, slot.hash, slot.created);
    slot.version++;
    s.entry.run(slot.assessment, slot.turn + 1, text(405));
    s.answer.run(slot.assessment, `q${slot.turn}`, activity, text(150), now);
    s.release.run();
    if (++slot.turn >= 65) {
      // The same replacement sequence for every variant.
      const k = setup.replaced++;
      if (replacements.length <= k) replacements.push(newSlot());
      slot = { ...replacements[k]! };
      list[i] = slot;
    }
  }
  s.commit.run();
}

const threadCpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const cpu = setups.map(() => [] as number[]);
for (let round = 0; round < rounds; round++) {
  for (const [i, setup] of setups.entries()) {
    const c0 = threadCpu();
    for (let t = 0; t < perRound; t += GROUP) turnBatch(setup, slots[i]!);
    // Round 0 warms up (JIT, the first pages of every table); automatic checkpoints run as in the bot.
    if (round > 0) cpu[i]!.push((threadCpu() - c0) / perRound);
  }
}
// Frames: one more round each with no checkpoint, so every frame it appends stays in the WAL to count.
const frames = setups.map((setup, i) => {
  setup.db.pragma('wal_autocheckpoint = 0');
  setup.db.pragma('wal_checkpoint(TRUNCATE)');
  for (let t = 0; t < perRound; t += GROUP) turnBatch(setup, slots[i]!);
  return (statSync(`${setup.path}-wal`).size - 32) / (setup.v.pageSize + 24) / perRound;
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${rounds - 1} measured rounds × ${perRound} turns per variant, groups of ${GROUP}; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
for (const [i, setup] of setups.entries())
  console.log(
    `${setup.v.name.padEnd(36)} CPU ${median(cpu[i]!).toFixed(1).padStart(6)} µs/turn (min ${Math.min(...cpu[i]!).toFixed(1)}) · WAL ${frames[i]!.toFixed(2)} frames/turn · ${((frames[i]! * (setup.v.pageSize + 24)) / 1024).toFixed(1)} KiB/turn`,
  );
for (const setup of setups) setup.db.close();
rmSync(dir, { recursive: true, force: true });
