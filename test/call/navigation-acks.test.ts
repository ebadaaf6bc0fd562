import { afterEach, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import { callHarness, current, script } from './helpers';

let h: Harness;
afterEach(async () => h?.close());

async function reach(h: Harness, questionId: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const s = await current(h);
    if (!s?.cursor || s.cursor === questionId) return;
    await h.say(typedAnswerFor(script.byId.get(s.cursor)!));
  }
}

/** Each navigation reply is one card message that says what was done, then shows where they are. */
function oneCard(r: Awaited<ReturnType<Harness['say']>>) {
  expect(r).toHaveLength(1);
  const [card] = cards(r);
  expect(adaptiveCardProblems(card)).toEqual([]);
  return JSON.stringify(card);
}

describe('every navigation command says what it did (issue 18)', () => {
  it('back, next, skip and back to a skipped question are acknowledged inside the question card', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await h.say('Low since retiring');

    let r = await h.say('back');
    expect(texts(r)).toMatch(
      /Back to “In your own words, why do you think you were referred to us\?” — answered “Low since retiring”\. Type a new answer to change it \(both are kept\), or `next` to keep it\./,
    );
    expect(oneCard(r)).toContain('Back to “In your own words');
    expect((await current(h))!.cursor).toBe('screen.reason');

    r = await h.say('next');
    expect(texts(r)).toMatch(/Kept: “Low since retiring” — moving on\./);
    expect(texts(r)).toMatch(/Did you know you had been referred/);
    expect(oneCard(r)).toContain('Kept: “Low since retiring”');
    expect((await current(h))!.answers['screen.reason']?.value).toBe('Low since retiring');

    await reach(h, 'context.adjustments');
    r = await h.say('skip');
    expect(texts(r)).toMatch(/Skipped: “.+”\. `back` returns to it\./);
    expect(oneCard(r)).toContain('Skipped: ');
    let s = (await current(h))!;
    expect(s.skipped).toContain('context.adjustments');
    expect(s.cursor).toBe('wmtm.matters_most');

    r = await h.say('back');
    expect(texts(r)).toMatch(/Back to “.+” — skipped\. Answer it now, or `next` to leave it skipped\./);
    r = await h.say('next');
    expect(texts(r)).toMatch(/Left skipped: “.+” — moving on\./);
    s = (await current(h))!;
    expect(s.cursor).toBe('wmtm.matters_most');
    expect(s.skipped).toContain('context.adjustments');
    expect(s.answers['context.adjustments']).toBeUndefined();
  });

  it('`next` on an unanswered question, `answers`, and choosing an answer to change in the review say what happened', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    let r = await h.say('next');
    expect(texts(r)).toMatch(/This question has no answer yet/);
    expect((await current(h))!.answers['screen.reason']).toBeUndefined();

    await h.say('Low since retiring');
    r = await h.say('answers');
    expect(texts(r)).toMatch(/Here is everything recorded so far; the question you were on follows\./);

    await reach(h, '');
    r = await h.say('2');
    expect(texts(r)).toMatch(/Changing answer 2 \(Referral screening\): type the new answer, or `next` to keep it\./);
    expect((await current(h))!.cursor).toBe('screen.knew_referred');
    r = await h.say('next');
    expect(texts(r)).toMatch(/Kept: Yes — moving on\./);
    expect((await current(h))!.mode.kind).toBe('review');
  });
});

describe('`skip section`: a run of optional questions skipped in one message, acknowledged', () => {
  it('skips the three optional "About you" questions and names them; required questions and instrument items are never skipped', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    let r = await h.say('skip section');
    expect(texts(r)).toMatch(/This question is required, so nothing was skipped/);
    expect((await current(h))!.skipped).toEqual([]);

    await reach(h, 'ons4.life_satisfaction');
    r = await h.say('skip all');
    expect(texts(r)).toMatch(/is a validated instrument: its items are skipped one at a time with `skip`, so nothing was skipped\./);
    expect((await current(h))!.skipped).toEqual([]);

    await reach(h, 'about.age_band');
    r = await h.say('skip section');
    expect(texts(r)).toMatch(
      /Skipped 3 optional questions in “About you \(optional\)”: “Which age group are you in\? \(optional\)”, “What is your gender\? \(optional\)”, “What is your ethnic group\? \(optional\)”\. `back` returns to them\./,
    );
    expect(oneCard(r)).toContain('Skipped 3 optional questions');
    const s = (await current(h))!;
    expect(s.skipped).toEqual(expect.arrayContaining(['about.age_band', 'about.sex', 'about.ethnicity']));
    expect(s.history.filter((e) => e.action === 'skipped').map((e) => e.questionId)).toEqual(['about.age_band', 'about.sex', 'about.ethnicity']);
    // The next section's required question is asked, not skipped.
    expect(s.cursor).toBe('risk.status');
  });
});
