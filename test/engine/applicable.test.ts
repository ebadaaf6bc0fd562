import { beforeAll, describe, expect, it } from 'vitest';
import { applicableFor } from '../../dialogs/engine/applicable';
import { firstPending, positionOf } from '../../dialogs/engine/navigation';
import type { AssessmentState } from '../../dialogs/engine/types';
import { optionsOf, type CompiledScript, type ResolvedQuestion } from '../../dialogs/script/compile';
import type { Condition } from '../../dialogs/script/schema';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { TYPED_ANSWERS } from '../helpers/default-answers';

type Answers = AssessmentState['answers'];
let script: CompiledScript;
beforeAll(() => {
  script = loadDefaultScript();
});

const rec = (value: AssessmentState['answers'][string]['value']) => ({ value, at: '2026-11-25T09:00:00.000Z', activityId: 'x' });

/** The plain definition, written out again: every condition on the question holds for these answers. */
function appliesByHand(q: ResolvedQuestion, answers: Answers): boolean {
  return q.conditions.every((c) => {
    const a = answers[c.question]?.value;
    if (c.answered !== undefined) return (a !== undefined) === c.answered;
    if (a === undefined) return false;
    const wanted = c.equals !== undefined ? [c.equals === true ? 'yes' : c.equals === false ? 'no' : c.equals] : (c.in ?? []);
    return wanted.some((w) => (Array.isArray(a) ? a.includes(w as string) : a === w));
  });
}

// Answer sets along the way through the script, and branches it can take (declined, redirected, no goal 2).
function answerSets(): Answers[] {
  const sets: Answers[] = [{}];
  let acc: Answers = {};
  for (const q of script.questions) {
    const first = optionsOf(q)[0]?.value;
    acc = {
      ...acc,
      [q.id]: rec(
        q.type === 'multi' ? ['loneliness', 'money'] : q.type === 'scale' ? 5 : q.type === 'text' ? (TYPED_ANSWERS[q.id] ?? 'words') : (first ?? 'yes'),
      ),
    };
    sets.push(acc);
  }
  sets.push({ 'screen.outcome': rec('decline') }, { 'screen.outcome': rec('redirect'), 'screen.consent': rec('no') }, { ...acc, 'about.age_band': rec(['x']) });
  return sets;
}

describe('applicable questions, worked out once per script and outcome of its conditions', () => {
  it('lists exactly the questions whose conditions hold, and places each in its section as counting by hand does', () => {
    for (const answers of answerSets()) {
      for (const frozen of [false, true]) {
        const map = frozen ? Object.freeze({ ...answers }) : { ...answers };
        const a = applicableFor(script, map);
        const byHand = script.questions.filter((q) => appliesByHand(q, answers));
        expect(a.questions.map((q) => q.id)).toEqual(byHand.map((q) => q.id));
        for (const q of script.questions) {
          const inSection = byHand.filter((x) => x.sectionId === q.sectionId);
          expect(a.placeIn(q)).toEqual({ index: inSection.indexOf(q) + 1, count: inSection.length });
        }
      }
    }
  });

  it('shares the list between answers whose conditions come out the same, never across scripts, and reads every map as it is now', () => {
    const answers = Object.freeze({ 'screen.outcome': rec('accept'), 'consent.share': rec('full') });
    const once = applicableFor(script, answers);
    expect(applicableFor(script, answers)).toBe(once);
    // Another map, frozen or not, with the same outcome for every condition: the same (read-only) list.
    expect(applicableFor(script, Object.freeze({ ...answers }))).toBe(once);
    expect(applicableFor(script, { ...answers, 'wmtm.good_day': rec('A walk') })).toBe(once);
    expect(Object.isFrozen(once.questions)).toBe(true);
    const other = loadDefaultScript();
    expect(applicableFor(other, answers)).not.toBe(once);
    expect(applicableFor(other, answers).questions.map((q) => q.id)).toEqual(once.questions.map((q) => q.id));
    const open: Answers = { 'screen.outcome': rec('accept') };
    const before = applicableFor(script, open);
    // An unfrozen map may change between calls, and each call sees it as it is now.
    open['screen.outcome'] = rec('decline');
    expect(applicableFor(script, open).questions.map((q) => q.id)).not.toEqual(before.questions.map((q) => q.id));
    open['screen.outcome'] = rec('accept');
    expect(applicableFor(script, open)).toBe(before);
  });

  it('treats conditions that read alike as one, and keeps apart those that differ only in type', () => {
    const base = loadDefaultScript();
    const q = (id: string, when: Condition[]): ResolvedQuestion => ({ ...base.questions[0]!, id, sectionId: 's', conditions: when });
    const questions = [
      q('a', []),
      q('b', [{ question: 'a', equals: 1 }]),
      q('c', [{ question: 'a', equals: '1' }]),
      q('d', [{ question: 'a', equals: 1 }]),
      q('e', [{ question: 'a', in: [1, '2'] }]),
      q('f', [{ question: 'a', answered: true }]),
      q('g', [{ question: 'a', equals: true }]),
    ];
    const made: CompiledScript = { ...base, questions, byId: new Map(questions.map((x) => [x.id, x])) };
    const ids = (value: AssessmentState['answers'][string]['value']) => applicableFor(made, { a: rec(value) }).questions.map((x) => x.id);
    expect(ids(1)).toEqual(['a', 'b', 'd', 'e', 'f']);
    expect(ids('1')).toEqual(['a', 'c', 'f']);
    expect(ids('2')).toEqual(['a', 'e', 'f']);
    expect(ids('yes')).toEqual(['a', 'f', 'g']);
    expect(applicableFor(made, {}).questions.map((x) => x.id)).toEqual(['a']);
    expect(applicableFor(made, { a: rec(1) }).placeIn(questions[3]!)).toEqual({ index: 3, count: 5 });
    expect(applicableFor(made, { a: rec('1') }).placeIn(questions[3]!)).toEqual({ index: 0, count: 3 });
  });

  it('firstPending and positionOf read the same list: the first applicable question neither answered nor skipped', () => {
    const answers = Object.freeze({ 'screen.reason': rec('Referred after a fall'), 'screen.knew_referred': rec('yes') });
    expect(firstPending(script, { answers, skipped: [] })).toBe('screen.consent');
    expect(firstPending(script, { answers, skipped: ['screen.consent'] })).toBe('screen.cannot_meet');
    expect(positionOf(script, answers, 'screen.consent')).toEqual({ sectionTitle: 'Referral screening', index: 3, count: 5 });
    // A question that does not apply has no place (index 0) among the section's applicable ones.
    expect(positionOf(script, answers, 'screen.redirect_to')).toMatchObject({ index: 0, count: 5 });
    expect(positionOf(script, answers, 'no.such.question')).toBeNull();
  });
});
