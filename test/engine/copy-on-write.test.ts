import { beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../dialogs/engine/advance';
import { withAnswer } from '../../dialogs/engine/turn';
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
