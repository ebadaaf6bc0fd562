import { beforeAll, describe, expect, it } from 'vitest';
import { applicableFor } from '../../dialogs/engine/applicable';
import { firstPending, positionOf } from '../../dialogs/engine/navigation';
import type { AssessmentState } from '../../dialogs/engine/types';
import { optionsOf, type CompiledScript, type ResolvedQuestion } from '../../dialogs/script/compile';
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

describe('applicable questions, worked out once per answers map', () => {
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

  it('reuses the list for the same frozen map and script, and never for an unfrozen map, another map or another script', () => {
    const answers = Object.freeze({ 'screen.outcome': rec('accept'), 'consent.share': rec('full') });
    const once = applicableFor(script, answers);
    expect(applicableFor(script, answers)).toBe(once);
    expect(applicableFor(script, Object.freeze({ ...answers }))).not.toBe(once);
    const other = loadDefaultScript();
    expect(applicableFor(other, answers)).not.toBe(once);
    expect(applicableFor(other, answers).questions.map((q) => q.id)).toEqual(once.questions.map((q) => q.id));
    const open: Answers = { 'screen.outcome': rec('accept') };
    const before = applicableFor(script, open);
    expect(applicableFor(script, open)).not.toBe(before);
    // An unfrozen map may change between calls, and each call sees it as it is now.
    open['screen.outcome'] = rec('decline');
    expect(applicableFor(script, open).questions.map((q) => q.id)).not.toEqual(before.questions.map((q) => q.id));
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
