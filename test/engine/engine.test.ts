import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import type { CompiledScript } from '../../dialogs/script/compile';
import { EngineDriver } from '../helpers/engine-driver';
import { TYPED_ANSWERS, typedAnswerFor } from '../helpers/default-answers';

let script: CompiledScript;
beforeAll(() => {
  script = loadDefaultScript();
});

/** Answers with the fixture until the cursor reaches `stopAt` (not answered). */
function runUntil(d: EngineDriver, stopAt: string | null): void {
  for (let guard = 0; guard < 200 && d.state.cursor && d.state.cursor !== stopAt; guard++) {
    const q = script.byId.get(d.state.cursor)!;
    d.say(typedAnswerFor(q));
  }
}

describe('engine: a whole assessment', () => {
  it('starts on the first screening question with its position and a masked patient', () => {
    const d = new EngineDriver(script);
    expect(d.state.patient.masked).toBe('*** *** 5919');
    expect(d.question?.question.id).toBe('screen.reason');
    expect(d.question?.position).toEqual({ sectionTitle: 'Referral screening', index: 1, count: 5 });
  });

  it('completes the default script by typing, then confirms from the review', () => {
    const d = new EngineDriver(script);
    runUntil(d, null);
    expect(d.kinds()).toContain('review');
    expect(d.state.mode.kind).toBe('review');
    d.say('confirm');
    expect(d.state.status).toBe('completed');
    expect(d.kinds()).toEqual(['completed']);
    expect(d.state.answers['ons4.anxiety']?.value).toBe(7);
    expect(d.state.answers['ucla3.companionship']?.value).toBe(3); // "often" → Often (3)
    expect(d.state.answers['ucla3.direct']?.value).toBe('some_of_the_time'); // unambiguous prefix
    expect(d.state.answers['needs.areas']?.value).toEqual(['loneliness', 'bereavement', 'money']);
    expect(d.state.answers['risk.status']?.value).toBe('no_known_risks');
    expect(d.state.answers['wmtm.matters_most']?.value).toBe(TYPED_ANSWERS['wmtm.matters_most']);
    expect(Object.keys(d.state.answers)).toHaveLength(script.questions.length - 4); // redirect/decline paths and risk.details not asked
  });

  it('shows where the link worker is on every question ("Wellbeing · 3 of 4")', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'ons4.happiness');
    expect(d.question?.position).toEqual({ sectionTitle: 'Wellbeing', index: 3, count: 4 });
    expect(d.last.position).toEqual({ sectionTitle: 'Wellbeing', index: 3, count: 4 });
  });

  it('fills earlier answers into later question text', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'goal.1.importance');
    expect(d.question?.text).toBe('On a scale from 1 to 10, how important is it for you to work on “get back to my allotment”?');
  });
});

describe('engine: typed answers', () => {
  it('accepts option numbers, labels, unambiguous prefixes, and explains ambiguous or unknown ones', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'mhlc_a.1');
    d.say('mod');
    expect(d.notices()[0]).toBe('"mod" could mean "Moderately disagree" or "Moderately agree". Type more of the label or its number.');
    expect(d.state.answers['mhlc_a.1']).toBeUndefined();
    d.say('moderately a');
    expect(d.state.answers['mhlc_a.1']?.value).toBe(5);
    d.say('Strongly Disagree');
    expect(d.state.answers['mhlc_a.2']?.value).toBe(1);
    d.say('7');
    expect(d.notices()[0]).toMatch(/^There is no option 7\. Choose 1–6/);
    d.say('purple');
    expect(d.notices()[0]).toMatch(/^"purple" is not one of the options/);
    expect(d.question?.question.id).toBe('mhlc_a.3');
  });

  it('checks 0–10 scale answers and changes nothing on bad input', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'ons4.life_satisfaction');
    const before = d.state;
    d.say('11');
    expect(d.notices()).toEqual(['11 is outside the scale. Please type a whole number from 0 to 10.']);
    expect(d.state).toBe(before);
    // Issue 18: number words ("six") are now answers; words that are no number still re-ask.
    d.say('purple');
    expect(d.notices()).toEqual(['Please type a whole number from 0 to 10.']);
    d.say('0');
    expect(d.state.answers['ons4.life_satisfaction']?.value).toBe(0);
  });

  it('understands yes/no and multi-select in several forms', () => {
    const d = new EngineDriver(script);
    d.say('Referred after a fall');
    d.say('maybe');
    expect(d.notices()[0]).toBe('Please answer yes or no (or 1 / 2).');
    d.say('N');
    expect(d.state.answers['screen.knew_referred']?.value).toBe('no');
    runUntil(d, 'needs.areas');
    d.say('1 3 9');
    expect(d.state.answers['needs.areas']?.value).toEqual(['loneliness', 'money', 'activity']);
  });

  it('records a command word as an answer when quoted', () => {
    const d = new EngineDriver(script);
    d.say('"back"');
    expect(d.state.answers['screen.reason']?.value).toBe('back');
  });

  it('refuses over-long free text with a clear message', () => {
    const d = new EngineDriver(script);
    d.say('x'.repeat(2001));
    expect(d.notices()[0]).toBe('That answer is 2001 characters; the limit here is 2000. Please shorten it.');
    expect(d.state.answers['screen.reason']).toBeUndefined();
  });
});

describe('engine: commands', () => {
  it('back revisits the previous answer, and a change keeps both values in the history', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'ons4.worthwhile');
    d.say('back');
    expect(d.question?.question.id).toBe('ons4.life_satisfaction');
    expect(d.question?.current).toBe(4);
    d.say('6');
    expect(d.state.answers['ons4.life_satisfaction']?.value).toBe(6);
    const history = d.state.history.filter((h) => h.questionId === 'ons4.life_satisfaction');
    expect(history.map((h) => [h.action, h.value])).toEqual([
      ['answered', 4],
      ['changed', 6],
    ]);
    expect(history[0]!.at < history[1]!.at).toBe(true);
    expect(d.question?.question.id).toBe('ons4.worthwhile'); // back where they were
    expect(d.last.events[0]).toMatchObject({ type: 'answer_recorded', questionId: 'ons4.life_satisfaction', value: 6, previous: 4 });
  });

  it('back at the first question says so', () => {
    const d = new EngineDriver(script);
    d.say('back');
    expect(d.notices()[0]).toBe('This is the first question; there is nothing to go back to.');
  });

  it('skip works only on optional questions and says why a required one cannot be skipped', () => {
    const d = new EngineDriver(script);
    d.say('skip');
    expect(d.notices()[0]).toMatch(/^This question is required in this script, so it can't be skipped/);
    runUntil(d, 'context.adjustments');
    d.say('skip');
    expect(d.state.skipped).toContain('context.adjustments');
    expect(d.question?.question.id).toBe('wmtm.matters_most');
  });

  it('pause saves and says how to resume; resume continues at the same question', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'wmtm.good_day');
    d.say('pause');
    expect(d.state.status).toBe('paused');
    expect(d.notices()[0]).toMatch(/Type `resume` to carry on exactly here/);
    d.say('5');
    expect(d.notices()[0]).toBe('This assessment is paused. Type `resume` to carry on, or `start` for a new one.');
    expect(d.state.answers['wmtm.good_day']).toBeUndefined();
    d.say('resume');
    expect(d.state.status).toBe('active');
    expect(d.question?.question.id).toBe('wmtm.good_day');
  });

  it('status reports section, question n of m and counts', () => {
    const d = new EngineDriver(script);
    runUntil(d, 'ons4.happiness');
    d.say('status');
    expect(d.notices()[0]).toMatch(/^Patient \*\*\* \*\*\* 5919 · Wellbeing, question 3 of 4 · 21 answered, 0 skipped, \d+ to go \(active\)\.$/);
  });

  it('help lists the commands and shows the question again', () => {
    const d = new EngineDriver(script);
    d.say('help');
    expect(d.notices()[0]).toMatch(/Commands: `back`/);
    expect(d.question?.question.id).toBe('screen.reason');
  });

  it('cancel asks for confirmation and keeps the record, marked cancelled', () => {
    const d = new EngineDriver(script);
    d.say('Lonely');
    d.say('cancel');
    expect(d.state.mode.kind).toBe('confirm_cancel');
    d.say('no');
    expect(d.state.status).toBe('active');
    expect(d.question?.question.id).toBe('screen.knew_referred');
    d.say('cancel');
    d.say('yes');
    expect(d.state.status).toBe('cancelled');
    expect(d.state.answers['screen.reason']?.value).toBe('Lonely');
    d.say('yes');
    expect(d.notices()[0]).toBe('This assessment is cancelled. Type `start` to begin a new one.');
  });

  it('corrects an answer by number from the review, then returns to the review', () => {
    const d = new EngineDriver(script);
    runUntil(d, null);
    const review = d.last.prompts.find((p) => p.kind === 'review');
    if (review?.kind !== 'review') throw new Error('no review');
    const item = review.items.find((i) => i.questionId === 'ons4.happiness')!;
    expect(item.answer).toBe('6 (0–10)');
    d.say(String(item.number));
    expect(d.question?.question.id).toBe('ons4.happiness');
    d.say('8');
    expect(d.state.mode.kind).toBe('review');
    d.say('999');
    expect(d.notices()[0]).toMatch(/^There is no answer number 999/);
    d.say(String(item.number));
    d.say('confirm'); // keeps the shown answer and returns to the review
    expect(d.state.mode.kind).toBe('review');
    expect(d.state.status).toBe('active');
    d.say('confirm');
    expect(d.state.status).toBe('completed');
    expect(d.state.answers['ons4.happiness']?.value).toBe(8);
  });
});

describe('engine: cards and conditions', () => {
  it('accepts a card answer for the current question and rejects a stale or forged one', () => {
    const d = new EngineDriver(script);
    d.send({ kind: 'card', questionId: 'screen.reason', value: 'Feeling low' });
    expect(d.state.answers['screen.reason']?.value).toBe('Feeling low');
    const before = d.state;
    d.send({ kind: 'card', questionId: 'screen.reason', value: 'again' });
    expect(d.notices()[0]).toBe('That card is from an earlier question, so nothing was changed. Here is the current question:');
    expect(d.state).toBe(before);
    d.send({ kind: 'card', questionId: 'screen.knew_referred', value: 'perhaps' });
    expect(d.notices()[0]).toBe("That card answer is not one of this question's options.");
    expect(d.state).toBe(before);
    d.send({ kind: 'card', questionId: 'screen.knew_referred', value: 'yes' });
    expect(d.state.answers['screen.knew_referred']?.value).toBe('yes');
  });

  it('a declined referral skips the assessment and goes to the risk statement', () => {
    const d = new EngineDriver(script);
    for (const a of ['Not sure', 'no', 'no', 'none', 'decline']) d.say(a);
    expect(d.question?.question.id).toBe('screen.decline_reason');
    d.say('Does not want support now');
    expect(d.question?.question.id).toBe('risk.status');
    d.say('risks');
    expect(d.question?.question.id).toBe('risk.details');
  });

  it('changing an answer re-evaluates conditions without losing anything', () => {
    const d = new EngineDriver(script);
    for (const a of ['Not sure', 'no', 'yes', 'none', 'redirect', 'Debt advice service', 'Specialist casework']) d.say(a);
    expect(d.question?.question.id).toBe('risk.status');
    d.say('back');
    d.say('back');
    d.say('back');
    expect(d.question?.question.id).toBe('screen.outcome');
    d.say('accept');
    // Issue 20: accepting now also asks the referring practice's code, before consent.
    expect(d.question?.question.id).toBe('screen.practice_ods');
    expect(d.state.answers['screen.redirect_to']?.value).toBe('Debt advice service'); // kept, no longer applicable
  });
});
