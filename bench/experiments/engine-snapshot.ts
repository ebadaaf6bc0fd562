import { resolve } from 'node:path';
import type { AssessmentState } from '../../dialogs/engine/types';
import { parsePatientRef } from '../../dialogs/patient-ref';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { typedAnswerFor } from '../../test/helpers/default-answers';
import type * as AdvanceModule from '../../dialogs/engine/advance';
import type * as StartModule from '../../dialogs/engine/start';
import type * as SnapshotModule from '../../store/sql/snapshot';
import type * as LayoutModule from '../../store/sql/assessment-layout';

/**
 * `npx tsx bench/experiments/engine-snapshot.ts [other-tree]`: the CPU of what a turn does between
 * the engine and the store's write, without SQLite, encryption or HTTP — `advance` from the store's
 * snapshot, the commit's `snapshot` of the new state against it, and `appendedEntries` (the rows to
 * write) — over whole default-script assessments. With another checkout's root (e.g. HEAD before a
 * change, extracted with `git archive`), both trees' modules are loaded into this one process and
 * alternated in blocks, so machine load hits both alike; prints the median µs per turn of each and,
 * with two trees, the median of the per-round ratios (each round's blocks ran back to back, so a
 * ratio is the least touched by load that drifts within a run; the trees take turns to go first).
 * `--rounds=N` (default 8; the first is warm-up).
 */
interface Tree {
  name: string;
  advance: typeof AdvanceModule.advance;
  start: typeof StartModule.startAssessment;
  snapshot: typeof SnapshotModule.snapshot;
  appendedEntries: typeof LayoutModule.appendedEntries;
}

async function load(name: string, root: string): Promise<Tree> {
  const at = (file: string) => resolve(root, file);
  return {
    name,
    advance: ((await import(at('dialogs/engine/advance.ts'))) as typeof AdvanceModule).advance,
    start: ((await import(at('dialogs/engine/start.ts'))) as typeof StartModule).startAssessment,
    snapshot: ((await import(at('store/sql/snapshot.ts'))) as typeof SnapshotModule).snapshot,
    appendedEntries: ((await import(at('store/sql/assessment-layout.ts'))) as typeof LayoutModule).appendedEntries,
  };
}

const script = loadDefaultScript();
const ref = parsePatientRef('9434765919');
if (!ref.ok) throw new Error(ref.message);
const patient = ref.patient;

/** One whole assessment, each turn from the previous turn's snapshot as the state cache hands it over; returns the turns. */
function play(tree: Tree): number {
  let n = 0;
  const first = tree.start(script, { id: 'a-1', owner: 'lw-1', patient, scriptVersion: 1, now: '2026-11-25T09:00:00.000Z' });
  let state: AssessmentState = tree.snapshot(first.state);
  while (state.status === 'active' && n < 200) {
    n++;
    const text = state.cursor ? typedAnswerFor(script.byId.get(state.cursor)!) : 'confirm';
    const now = new Date(Date.UTC(2026, 10, 25, 9, 0) + 60_000 * n).toISOString();
    const r = tree.advance(script, state, { kind: 'text', text, activityId: `act-${n}` }, { now, actor: 'lw-1' });
    const next = tree.snapshot(r.state, state);
    if (tree.appendedEntries(state, next) === null) throw new Error(`${tree.name}: turn ${n} rewrote the history`);
    state = next;
  }
  return n;
}

const other = process.argv.slice(2).find((a) => !a.startsWith('--'));
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 8);
const trees = [await load('this tree', resolve(import.meta.dirname, '../..'))];
if (other) trees.unshift(await load(other, other));
const perTurn = new Map<string, number[]>(trees.map((t) => [t.name, []]));
const BLOCK = 60;
for (let round = 0; round < rounds; round++)
  // Which tree goes first alternates: the second block of a round ran measurably faster (~2 %, same code in both trees).
  for (const tree of round % 2 === 0 ? trees : [...trees].reverse()) {
    let turns = 0;
    const c0 = process.cpuUsage();
    for (let i = 0; i < BLOCK; i++) turns += play(tree);
    const c = process.cpuUsage(c0);
    // The first round warms both trees up (JIT) and is not counted.
    if (round > 0) perTurn.get(tree.name)!.push((c.user + c.system) / turns);
  }
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;
for (const [name, xs] of perTurn)
  console.log(
    `${name.padEnd(28)} ${median(xs).toFixed(1).padStart(6)} µs CPU per turn (median of ${xs.length} blocks: ${xs.map((x) => x.toFixed(0)).join(' ')})`,
  );
if (trees.length === 2) {
  const [a, b] = trees.map((t) => perTurn.get(t.name)!);
  const ratios = a!.map((x, i) => b![i]! / x);
  console.log(
    `this tree ÷ ${trees[0]!.name}: median ratio ${median(ratios).toFixed(3)} over ${ratios.length} rounds (${ratios.map((r) => r.toFixed(2)).join(' ')})`,
  );
}
