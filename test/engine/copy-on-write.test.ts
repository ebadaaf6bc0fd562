import { beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../dialogs/engine/advance';
import { appendLine, setAnswer, withAnswer, type Turn } from '../../dialogs/engine/turn';
import { deepFrozen, freezeOver, isDeepFrozen } from '../../dialogs/engine/deep-frozen';
import { appendedEntries } from '../../store/sql/assessment-layout';
import { startAssessment } from '../../dialogs/engine/start';
import type { AdvanceResult, AssessmentState, EngineInput } from '../../dialogs/engine/types';
import { parsePatientRef } from '../../dialogs/patient-ref';
import type { CompiledScript } from '../../dialogs/script/compile';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { snapshot } from '../../store/sql/snapshot';
import { typedAnswerFor } from '../helpers/default-answers';

/** An engine input without its activity id (each turn gets its own). */
type Step = EngineInput extends infer I ? (I extends unknown ? Omit<I, 'activityId'> : never) : never;

let script: CompiledScript;
beforeAll(() => {
  script = loadDefaultScript();
});

// What the link worker types at a question the first time the cursor reaches it; every other
// question gets the demo answer. Between them they take every path that changes the state:
// answers typed and clicked, a fast entry read back and confirmed, skip, skip section, back,
// next, status, a safeguarding flag and its decision, "No known risks" challenged and overridden,
// cancel declined, a correction from the review, and completion.
const AT: Record<string, Array<Step>> = {
  'screen.knew_referred': [{ kind: 'card', questionId: 'screen.knew_referred', value: 'yes' }],
  'screen.cannot_meet': [
    { kind: 'text', text: 'skip' },
    { kind: 'text', text: 'back' },
    { kind: 'text', text: 'next' },
  ],
  'context.adjustments': [
    { kind: 'text', text: 'status' },
    { kind: 'text', text: 'cancel' },
    { kind: 'text', text: 'no' },
  ],
  'wmtm.worries': [
    { kind: 'text', text: 'I want to end my life' },
    { kind: 'text', text: 'confirm Called duty GP, safety plan agreed' },
    { kind: 'text', text: 'next' },
  ],
  'ons4.life_satisfaction': [
    { kind: 'text', text: '4 6 5 7' },
    { kind: 'text', text: 'yes' },
  ],
  'about.age_band': [{ kind: 'text', text: 'skip section' }],
  'risk.status': [
    { kind: 'text', text: 'no known' },
    { kind: 'text', text: 'override' },
    { kind: 'text', text: 'override Concern was a past episode, now resolved with the GP' },
  ],
};
const AT_REVIEW: Array<Step> = [
  { kind: 'text', text: '3' },
  { kind: 'text', text: 'no' },
  { kind: 'text', text: 'confirm' },
  { kind: 'text', text: 'confirm' },
];

/**
 * Plays one whole assessment. `prepare` decides what the engine is handed each turn: the store's
 * deep-frozen snapshot (shared with the previous turn's, as the state cache keeps it), or a
 * private deep copy — what the engine used to make for itself with structuredClone.
 */
function play(prepare: (state: AssessmentState, previous: AssessmentState | undefined) => AssessmentState): AdvanceResult[] {
  const ref = parsePatientRef('9434765919');
  if (!ref.ok) throw new Error(ref.message);
  let n = 0;
  const now = () => new Date(Date.UTC(2026, 10, 25, 9, 0) + 60_000 * n).toISOString();
  const first = startAssessment(script, { id: 'a-1', owner: 'lw-1', patient: ref.patient, scriptVersion: 1, now: now() });
  const results: AdvanceResult[] = [first];
  let state = prepare(first.state, undefined);
  const seen = new Set<string>();
  const queue: Array<Step> = [];
  for (let guard = 0; guard < 300 && state.status === 'active'; guard++) {
    if (queue.length === 0) {
      const at = state.cursor ?? 'review';
      const planned = seen.has(at) ? undefined : at === 'review' ? AT_REVIEW : AT[at];
      seen.add(at);
      queue.push(...(planned ?? [{ kind: 'text', text: state.cursor ? typedAnswerFor(script.byId.get(state.cursor)!) : 'confirm' }]));
    }
    n++;
    const r = advance(script, state, { ...queue.shift()!, activityId: `act-${n}` } as EngineInput, { now: now(), actor: 'lw-1' });
    results.push(r);
    state = prepare(r.state, state);
  }
  return results;
}

describe('engine: copy-on-write working state', () => {
  it('gives the same prompts, events, positions and states whether it is handed frozen shared snapshots or private copies', () => {
    const frozen = play((state, previous) => snapshot(state, previous));
    const copied = play((state) => structuredClone(state));
    expect(frozen.length).toBe(copied.length);
    expect(frozen.length).toBeGreaterThan(70);
    for (let i = 0; i < frozen.length; i++) expect(frozen[i], `turn ${i}`).toEqual(copied[i]);
    const last = frozen.at(-1)!.state;
    // The run took the paths it was written for.
    expect(last.status).toBe('completed');
    expect(last.safeguarding).toHaveLength(1);
    expect(last.riskOverrides).toHaveLength(1);
    expect(last.skipped).toEqual(expect.arrayContaining(['about.age_band', 'about.sex', 'about.ethnicity']));
    expect(last.history.some((h) => h.confirmed)).toBe(true);
    expect(last.history.some((h) => h.action === 'changed')).toBe(true);
  });

  it('leaves the state it was given as it was, and shares what the turn did not change', () => {
    const ref = parsePatientRef('9434765919');
    if (!ref.ok) throw new Error(ref.message);
    const start = startAssessment(script, { id: 'a-1', owner: 'lw-1', patient: ref.patient, scriptVersion: 1, now: '2026-11-25T09:00:00.000Z' });
    let state = snapshot(start.state);
    for (let i = 0; i < 4; i++) {
      const r = advance(
        script,
        state,
        { kind: 'text', text: typedAnswerFor(script.byId.get(state.cursor!)!), activityId: `a${i}` },
        { now: `2026-11-25T09:0${i + 1}:00.000Z`, actor: 'lw-1' },
      );
      state = snapshot(r.state, state);
    }
    const before = structuredClone(state);
    const r = advance(
      script,
      state,
      { kind: 'text', text: typedAnswerFor(script.byId.get(state.cursor!)!), activityId: 'a9' },
      { now: '2026-11-25T09:09:00.000Z', actor: 'lw-1' },
    );
    expect(state).toEqual(before);
    expect(r.state).not.toBe(state);
    expect(r.state.history).toHaveLength(state.history.length + 1);
    // The earlier lines, answers, patient and flags are the very objects of the snapshot.
    state.history.forEach((line, i) => expect(r.state.history[i]).toBe(line));
    for (const [id, a] of Object.entries(state.answers)) expect(r.state.answers[id]).toBe(a);
    expect(r.state.patient).toBe(state.patient);
    expect(r.state.safeguarding).toBe(state.safeguarding);
    // A turn that changes nothing hands back the very state it was given.
    expect(advance(script, state, { kind: 'text', text: 'status', activityId: 'a10' }, { now: '2026-11-25T09:10:00.000Z', actor: 'lw-1' }).state).toBe(state);
  });

  it('withAnswer copies the answers map with one answer set, replaced or removed, keeping the order and leaving the original alone', () => {
    const a = (value: string) => ({ value, at: '2026-11-25T09:00:00.000Z', activityId: 'x' });
    const map = Object.freeze({ one: a('1'), two: a('2'), three: a('3') });
    expect(Object.entries(withAnswer(map, 'two', a('II')))).toEqual([
      ['one', a('1')],
      ['two', a('II')],
      ['three', a('3')],
    ]);
    expect(Object.keys(withAnswer(map, 'four', a('4')))).toEqual(['one', 'two', 'three', 'four']);
    expect(Object.keys(withAnswer(map, 'two', undefined))).toEqual(['one', 'three']);
    expect(withAnswer(map, 'missing', undefined)).toEqual(map);
    expect(withAnswer(map, 'one', a('I')).two).toBe(map.two);
    expect(map).toEqual({ one: a('1'), two: a('2'), three: a('3') });
  });
});

/** Frozen at every level below `value` (what the brand promises). */
function frozenAllTheWay(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(frozenAllTheWay);
}

describe('engine: answers maps and history lists the store keeps without copying (issue 22, s22f)', () => {
  const line = (questionId: string, value: unknown) => ({ questionId, action: 'answered' as const, value: value as string, at: 'T', activityId: 'x' });

  it('deepFrozen makes a branded, frozen-all-the-way copy, shares what already is, and leaves its input alone', () => {
    const shared = deepFrozen({ value: ['a', 'b'], at: 'T', activityId: 'x' });
    const input = { value: ['c'], kept: shared, n: 1, none: null };
    const out = deepFrozen(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(out.kept).toBe(shared);
    expect(isDeepFrozen(out) && isDeepFrozen(out.value) && frozenAllTheWay(out)).toBe(true);
    expect(Object.isFrozen(input) || Object.isFrozen(input.value) || isDeepFrozen(input)).toBe(false);
    expect(deepFrozen(out)).toBe(out);
    expect(deepFrozen('text')).toBe('text');
    // Frozen elsewhere is not deep-frozen: it is copied, never branded in place.
    const frozen = Object.freeze({ value: ['d'] });
    expect(isDeepFrozen(deepFrozen(frozen)) && !isDeepFrozen(frozen)).toBe(true);
  });

  it('freezeOver brands a map only when every child is deep-frozen or a primitive; otherwise it only freezes it', () => {
    const a = deepFrozen({ value: '1', at: 'T', activityId: 'x' });
    const branded = freezeOver({ one: a, two: deepFrozen({ value: ['2'], at: 'T', activityId: 'y' }) });
    expect(isDeepFrozen(branded) && frozenAllTheWay(branded)).toBe(true);
    expect(isDeepFrozen(freezeOver(['s', 1, null]))).toBe(true);
    const mixed = freezeOver({ one: a, two: { value: '2', at: 'T', activityId: 'y' } });
    expect(Object.isFrozen(mixed) && !isDeepFrozen(mixed)).toBe(true);
    expect(Object.isFrozen(mixed.two)).toBe(false);
  });

  it('setAnswer brands the new map straight away when the old one is branded and the answer deep-frozen, and falls back to freezeOver otherwise', () => {
    const a = (value: string) => deepFrozen({ value, at: 'T', activityId: 'x' });
    const turnWith = (answers: AssessmentState['answers']) => ({ state: { answers } }) as unknown as Turn;
    const branded = snapshot({ one: { value: '1', at: 'T', activityId: 'x' }, two: { value: ['2'], at: 'T', activityId: 'y' } });
    for (const [id, answer] of [
      ['three', a('3')],
      ['one', a('I')],
      ['two', undefined],
    ] as const) {
      const t = turnWith(branded);
      setAnswer(t, id, answer);
      expect(t.state.answers).toEqual(withAnswer(branded, id, answer));
      expect(isDeepFrozen(t.state.answers) && frozenAllTheWay(t.state.answers), id).toBe(true);
    }
    // An answer that is not deep-frozen, or a map that is not branded: only frozen, exactly as freezeOver leaves it.
    const open = turnWith(branded);
    setAnswer(open, 'three', { value: '3', at: 'T', activityId: 'z' });
    expect(Object.isFrozen(open.state.answers) && !isDeepFrozen(open.state.answers)).toBe(true);
    const copied = turnWith(Object.freeze(structuredClone(branded)));
    setAnswer(copied, 'three', a('3'));
    expect(Object.isFrozen(copied.state.answers) && !isDeepFrozen(copied.state.answers)).toBe(true);
    // A private copy whose answers all happen to be deep-frozen is branded, as freezeOver would.
    const allFrozen = turnWith({ one: a('1') });
    setAnswer(allFrozen, 'two', a('2'));
    expect(isDeepFrozen(allFrozen.state.answers)).toBe(true);
  });

  it('appendLine keeps a branded history branded (old lines the very objects, the new one a frozen copy) and is a plain append otherwise', () => {
    const history = snapshot([line('q1', 'a'), line('q2', ['b'])]);
    const added = line('q3', ['c']);
    const next = appendLine(history, added);
    expect(next).toEqual([...history, added]);
    expect(next[0]).toBe(history[0]);
    expect(next[1]).toBe(history[1]);
    expect(isDeepFrozen(next) && frozenAllTheWay(next)).toBe(true);
    expect(Object.isFrozen(added) || Object.isFrozen(added.value)).toBe(false);
    const plain = [line('q1', 'a')];
    const appended = appendLine(plain, added);
    expect(appended).toEqual([...plain, added]);
    expect(Object.isFrozen(appended) || isDeepFrozen(appended)).toBe(false);
    expect(plain).toHaveLength(1);
  });

  it("a turn from the store's snapshot hands back a deep-frozen answers map and history, which the next snapshot keeps as they are, with the same rows found", () => {
    const ref = parsePatientRef('9434765919');
    if (!ref.ok) throw new Error(ref.message);
    const start = startAssessment(script, { id: 'a-1', owner: 'lw-1', patient: ref.patient, scriptVersion: 1, now: '2026-11-25T09:00:00.000Z' });
    let base = snapshot(start.state);
    for (let i = 0; i < 6; i++) {
      const q = script.byId.get(base.cursor!)!;
      const r = advance(
        script,
        base,
        { kind: 'text', text: typedAnswerFor(q), activityId: `a${i}` },
        { now: `2026-11-25T09:0${i + 1}:00.000Z`, actor: 'lw-1' },
      );
      expect(isDeepFrozen(r.state.answers) && isDeepFrozen(r.state.history), `turn ${i}`).toBe(true);
      expect(frozenAllTheWay(r.state.answers) && frozenAllTheWay(r.state.history)).toBe(true);
      const next = snapshot(r.state, base);
      // Kept, not copied: the very objects the engine built.
      expect(next.answers).toBe(r.state.answers);
      expect(next.history).toBe(r.state.history);
      // The same rows as a private copy of the state gives (snapshot.ts' full walk).
      const copied = snapshot(structuredClone(r.state), base);
      expect(appendedEntries(base, next)).toEqual(appendedEntries(base, copied));
      expect(appendedEntries(base, next)).toEqual([{ q: q.id, a: r.state.answers[q.id] }, { h: r.state.history.at(-1) }]);
      expect(next).toEqual(copied);
      base = next;
    }
    // A turn handed a private copy (not a snapshot) freezes its new map but brands nothing, as before.
    const copy = structuredClone(base);
    const r = advance(
      script,
      copy,
      { kind: 'text', text: typedAnswerFor(script.byId.get(copy.cursor!)!), activityId: 'b1' },
      { now: '2026-11-25T09:09:00.000Z', actor: 'lw-1' },
    );
    expect(Object.isFrozen(r.state.answers) && !isDeepFrozen(r.state.answers) && !isDeepFrozen(r.state.history)).toBe(true);
    expect(Object.isFrozen(copy.answers) || Object.isFrozen(copy.history)).toBe(false);
  });
});
