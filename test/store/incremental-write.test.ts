import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentState } from '../../dialogs/engine/types';
import { encodeAssessment, encodeAssessmentChange } from '../../store/documents/assessment';
import { DocumentInvalidError } from '../../store/documents/versioned';
import { appendedEntries, changedRows, coreOf } from '../../store/sql/assessment-layout';
import { isSnapshot, snapshot } from '../../store/sql/snapshot';

/**
 * Issue 22 (throughput): a turn's write costs what the turn changed, not the whole history. The
 * writer takes the new state as a snapshot sharing every unchanged part of the cached one, finds
 * the new rows by identity, and validates only those plus the small top-level fields. These tests
 * hold that shortcut to the full check it replaces, on the real v0 fixture with features.
 */
const completed = JSON.parse(readFileSync(new URL('./fixtures/v0/assessment-completed-with-features.json', import.meta.url), 'utf8')) as AssessmentState;

const at = '2026-12-01T10:00:00.000Z';
/** `state` plus one recorded answer, as the engine records it: a fresh deep copy, like advance() makes. */
function withAnswer(state: AssessmentState, questionId: string, value: unknown): AssessmentState {
  const next = structuredClone(state) as AssessmentState;
  (next.answers as Record<string, unknown>)[questionId] = { value, at, activityId: 'act-new' };
  (next.history as unknown[]).push({ questionId, action: 'answered', value, at, activityId: 'act-new' });
  next.updatedAt = at;
  return next;
}

/** What planAssessment does: snapshot against the base, diff by identity, validate the change only. */
function incremental(base: AssessmentState, next: AssessmentState): Record<string, unknown> {
  const snap = snapshot(next, base);
  const rows = appendedEntries(base, snap);
  if (!rows) throw new Error('expected an extension of the base');
  return encodeAssessmentChange(snap, changedRows(base, rows));
}

const outcome = (f: () => unknown) => {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof DocumentInvalidError)) throw e;
    return { ok: false };
  }
};

describe('snapshots for the state cache', () => {
  it('are deep-frozen and share every part equal to the base, so only the changed path is new', () => {
    const base = snapshot(completed);
    expect(isSnapshot(base) && Object.isFrozen(base) && Object.isFrozen(base.history) && Object.isFrozen(base.history[0])).toBe(true);
    const next = snapshot(withAnswer(base, 'extra.q', 'the allotment'), base);
    expect(next).not.toBe(base);
    expect(next.history.slice(0, base.history.length).every((line, i) => line === base.history[i])).toBe(true);
    expect(next.patient).toBe(base.patient);
    expect(next.features).toBe(base.features);
    expect(next.answers).not.toBe(base.answers);
    expect(snapshot(structuredClone(completed), base)).toBe(base);
    // A snapshot handed in again is kept as it is, not copied.
    expect(snapshot(next, base)).toBe(next);
  });

  it('a key added, removed or changed, or an array grown or shortened, is a new object; the rest stays shared', () => {
    const base = snapshot({ a: { x: 1 }, b: [1, 2, { y: 'z' }], c: 'same' });
    const cases = [
      { a: { x: 1 }, b: [1, 2, { y: 'z' }] },
      { a: { x: 1 }, b: [1, 2, { y: 'z' }], c: 'same', d: null },
      { a: { x: 2 }, b: [1, 2, { y: 'z' }], c: 'same' },
      { a: { x: 1 }, b: [1, 2], c: 'same' },
      { a: { x: 1 }, b: [1, 2, { y: 'z' }, 4], c: 'same' },
      { c: 'same', b: [1, 2, { y: 'z' }], a: { x: 1 } },
    ];
    for (const value of cases) {
      const next = snapshot(structuredClone(value), base) as Record<string, unknown>;
      expect(next).toEqual(value);
      expect(Object.isFrozen(next)).toBe(true);
    }
    const [dropped, added, changed, shorter, longer, reordered] = cases.map((v) => snapshot(structuredClone(v), base) as typeof base);
    expect([dropped, added, changed, shorter, longer].every((n) => n !== base)).toBe(true);
    expect(reordered).toBe(base);
    expect(changed!.b).toBe(base.b);
    expect(shorter!.a).toBe(base.a);
    expect(longer!.b[2]).toBe(base.b[2]);
  });

  it('marks a snapshot with a brand nothing else sees: not serialised, listed, spread or cloned', () => {
    const value = { answers: { a: { value: 'x' } }, history: [{ q: 'a' }], c: 'same' };
    const snap = snapshot(value);
    expect(isSnapshot(snap) && isSnapshot(snap.answers) && isSnapshot(snap.history) && isSnapshot(snap.history[0])).toBe(true);
    expect(JSON.stringify(snap)).toBe(JSON.stringify(value));
    expect(Object.keys(snap)).toEqual(['answers', 'history', 'c']);
    expect(Object.keys(snap.history)).toEqual(['0']);
    expect(snap).toEqual(value);
    // A copy is not a snapshot (it is not frozen), so taking it copies what changed, again.
    const spread = { ...snap };
    expect(isSnapshot(spread) || isSnapshot(structuredClone(snap)) || isSnapshot(JSON.parse(JSON.stringify(snap)))).toBe(false);
    expect(snapshot(spread, snap)).toBe(snap);
    // The value handed in is left as it was: neither frozen nor marked.
    expect(isSnapshot(value) || Object.isFrozen(value) || Object.isFrozen(value.history)).toBe(false);
    // Something frozen elsewhere is still copied, never taken for a snapshot.
    const frozen = Object.freeze({ a: Object.freeze({ value: 'x' }) });
    const taken = snapshot(frozen);
    expect(taken).not.toBe(frozen);
    expect(isSnapshot(frozen)).toBe(false);
  });

  it('the rows found by identity are exactly the new answer and history line; an edited old line means rewrite', () => {
    const base = snapshot(completed);
    const next = snapshot(withAnswer(base, 'extra.q', 'the allotment'), base);
    expect(appendedEntries(base, next)).toEqual([{ q: 'extra.q', a: next.answers['extra.q'] }, { h: next.history.at(-1) }]);
    const edited = structuredClone(next) as AssessmentState;
    (edited.history[0] as { at: string }).at = '2020-01-01T00:00:00.000Z';
    expect(appendedEntries(base, snapshot(edited, base))).toBeNull();
    const removed = structuredClone(base) as AssessmentState;
    const [first] = Object.keys(removed.answers);
    delete (removed.answers as Record<string, unknown>)[first!];
    expect(appendedEntries(base, snapshot(removed, base))).toEqual([{ q: first, a: null }]);
  });
});

describe('validating only what a turn changed', () => {
  const base = snapshot(completed);

  it('writes the same document as the full check for a valid change', () => {
    const next = withAnswer(base, 'extra.q', 'the allotment');
    expect(incremental(base, next)).toEqual(coreOf(encodeAssessment(next)));
    // Built in one pass (coreDocument), it is also the same text, field for field in the same order.
    expect(JSON.stringify(incremental(base, next))).toBe(JSON.stringify(coreOf(encodeAssessment(next))));
  });

  it('refuses exactly what the full check refuses', () => {
    const cases: Array<[string, AssessmentState]> = [
      ['a new answer of the wrong type', withAnswer(base, 'extra.q', { nested: true })],
      ['an unknown top-level field', { ...withAnswer(base, 'extra.q', 'ok'), nickname: 'x' } as AssessmentState],
      ['a bad status', { ...withAnswer(base, 'extra.q', 'ok'), status: 'lost' } as unknown as AssessmentState],
      ['a damaged feature slot', { ...withAnswer(base, 'extra.q', 'ok'), features: { ...base.features, sessions: { contacts: 'lots' } } }],
      ['an unknown feature slot', { ...withAnswer(base, 'extra.q', 'ok'), features: { scrapbook: {} } }],
      [
        'a new history line with an unknown action',
        (() => {
          const s = withAnswer(base, 'extra.q', 'ok');
          (s.history.at(-1) as { action: string }).action = 'guessed';
          return s;
        })(),
      ],
      [
        'a new answer with an extra field',
        (() => {
          const s = withAnswer(base, 'extra.q', 'ok');
          (s.answers['extra.q'] as unknown as Record<string, unknown>).note = 'x';
          return s;
        })(),
      ],
      // Fields checked one by one when they differ from the base, the whole object when one is added or dropped.
      ['a changed field of the wrong type', { ...withAnswer(base, 'extra.q', 'ok'), cursor: 7 } as unknown as AssessmentState],
      ['a changed mode of an unknown kind', { ...withAnswer(base, 'extra.q', 'ok'), mode: { kind: 'dreaming' } } as unknown as AssessmentState],
      ['a changed patient with an unknown field', { ...withAnswer(base, 'extra.q', 'ok'), patient: { ...base.patient, dob: 'x' } } as AssessmentState],
      [
        'a required field dropped',
        (() => {
          const { createdAt: _gone, ...rest } = withAnswer(base, 'extra.q', 'ok');
          return rest as AssessmentState;
        })(),
      ],
      ['a valid change (control)', withAnswer(base, 'extra.q', ['a', 2])],
    ];
    const fullOk: boolean[] = [];
    for (const [what, next] of cases) {
      const full = outcome(() => coreOf(encodeAssessment(next)));
      const part = outcome(() => incremental(base, next));
      expect({ what, ok: part.ok }).toEqual({ what, ok: full.ok });
      if (full.ok) expect(part.value).toEqual(full.value);
      fullOk.push(full.ok);
    }
    // Every case but the control is one the full check refuses.
    expect(fullOk).toEqual([...Array(cases.length - 1).fill(false), true]);
  });

  it('writes the same document as the full check when fields and one feature slot change (the others stamped unchecked)', () => {
    const [slot] = Object.keys(base.features ?? {});
    expect(slot).toBeDefined();
    const next = {
      ...withAnswer(base, 'extra.q', 'the allotment'),
      mode: { kind: 'review' },
      features: { ...base.features, [slot!]: structuredClone(base.features![slot!]) },
    } as AssessmentState;
    expect(incremental(base, next)).toEqual(coreOf(encodeAssessment(next)));
    expect(JSON.stringify(incremental(base, next))).toBe(JSON.stringify(coreOf(encodeAssessment(next))));
    const field = outcome(() => incremental(base, { ...next, cursor: 7 } as unknown as AssessmentState));
    expect(field.ok).toBe(false);
  });

  it('names the new line or answer at fault, never its content', () => {
    const next = withAnswer(base, 'extra.q', { secret: 'patient words' });
    expect(() => incremental(base, next)).toThrow(/answers\.extra\.q/);
    expect(() => incremental(base, next)).not.toThrow(/patient words/);
  });
});
