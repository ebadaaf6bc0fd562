import { afterEach, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import { callHarness, current, script } from './helpers';

let h: Harness;
afterEach(async () => h?.close());

async function reach(h: Harness, questionId: string, overrides: Record<string, string> = {}): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const s = await current(h);
    if (!s?.cursor || s.cursor === questionId) return;
    await h.say(overrides[s.cursor] ?? typedAnswerFor(script.byId.get(s.cursor)!));
  }
}
const value = async (h: Harness, id: string) => (await current(h))!.answers[id]?.value;

describe('forgiving, safe answers (through the real handler)', () => {
  it('number words and phrases on a 0–10 scale; a range or the wrong scale is asked again', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'ons4.life_satisfaction');
    let r = await h.say('six');
    expect(texts(r)).toMatch(/^Recorded: 6 \(0–10\)$/m);
    r = await h.say('about a 3');
    expect(texts(r)).toMatch(/^Recorded: 3 \(0–10\)$/m);
    r = await h.say('3 or 4');
    expect(texts(r)).toMatch(/gives two numbers \(3 and 4\); please ask for one/);
    r = await h.say('7 out of 12');
    expect(texts(r)).toMatch(/This scale runs from 0 to 10, not out of 12/);
    expect(await value(h, 'ons4.happiness')).toBeUndefined();
    r = await h.say('7 out of 10');
    expect(texts(r)).toMatch(/^Recorded: 7 \(0–10\)$/m);
    const s = (await current(h))!;
    expect([s.answers['ons4.life_satisfaction']?.value, s.answers['ons4.worthwhile']?.value, s.answers['ons4.happiness']?.value]).toEqual([6, 3, 7]);
  });

  it('label prefixes per word ("mod agree", "str dis", "mod a") are clear and recorded with an acknowledgement', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'mhlc_a.1');
    let r = await h.say('mod agree');
    expect(texts(r)).toMatch(/^Recorded: 5 — Moderately agree$/m);
    r = await h.say('str dis');
    expect(texts(r)).toMatch(/^Recorded: 1 — Strongly disagree$/m);
    r = await h.say('mod a');
    expect(texts(r)).toMatch(/^Recorded: 5 — Moderately agree$/m);
    r = await h.say('agree');
    expect(texts(r)).toMatch(/"agree" could mean "Slightly agree" or "Moderately agree" or "Strongly agree"/);
    expect(await value(h, 'mhlc_a.4')).toBeUndefined();
  });

  it('for a validated instrument, words that are not clearly one option are confirmed, and the confirmation is recorded', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'ucla3.companionship');
    let r = await h.say('quite a lot');
    expect(texts(r)).toMatch(/Did you mean “3 — Often”\? Type yes to record it, or no\./);
    for (const c of cards(r)) expect(adaptiveCardProblems(c)).toEqual([]);
    expect(await value(h, 'ucla3.companionship')).toBeUndefined();
    r = await h.say('yes');
    expect(texts(r)).toMatch(/^Recorded: 3 — Often$/m);
    const s = (await current(h))!;
    expect(s.history.find((e) => e.questionId === 'ucla3.companionship')).toMatchObject({ value: 3, confirmed: { typed: 'quite a lot' } });

    r = await h.say('not really');
    expect(texts(r)).toMatch(/Did you mean “1 — Hardly ever or never”\?/);
    r = await h.say('no');
    expect(texts(r)).toMatch(/Not recorded\. Type the answer again\./);
    expect(await value(h, 'ucla3.left_out')).toBeUndefined();
    // A typo is offered, never assumed; a fresh answer instead of yes/no simply replaces the offer.
    r = await h.say('somtimes of the time');
    r = await h.say('oftn');
    expect(texts(r)).toMatch(/Did you mean “3 — Often”\?/);
    r = await h.say('2');
    expect(texts(r)).toMatch(/The answers read back were not recorded\./);
    expect(texts(r)).toMatch(/^Recorded: 2 — Some of the time$/m);
  });
});

describe('one message per question, acknowledged in words', () => {
  it('a question is a single card message whose summary names it; a click is acknowledged, also after back', async () => {
    h = await callHarness();
    let r = await h.say('start 9434765919');
    const question = r.filter((a) => a.attachments?.length);
    expect(question).toHaveLength(1);
    expect(question[0]!.text).toBeUndefined();
    expect(question[0]!.summary).toMatch(/^Referral screening · 1 of 5 · \*\*\* \*\*\* 5919 — In your own words, why do you think you were referred to us\?/);
    // No separate text line repeating the question.
    expect(r.filter((a) => !a.attachments?.length && /why do you think you were referred/.test(a.text ?? ''))).toHaveLength(0);

    r = await h.say('Low since retiring');
    const card = cards(r)[0]!;
    expect(r).toHaveLength(1);
    expect(JSON.stringify(card)).toContain('Recorded: “Low since retiring”');
    const data = (card.actions as Array<{ data: Record<string, unknown> }>)[0]!.data;
    r = await h.click({ ...data, value: 'yes' });
    expect(texts(r)).toMatch(/^Recorded: Yes$/m);
    expect(r).toHaveLength(1);
    expect(adaptiveCardProblems(cards(r)[0])).toEqual([]);

    r = await h.say('back');
    expect(texts(r)).toMatch(/Did you know you had been referred/);
    r = await h.say('no');
    expect(texts(r)).toMatch(/^Recorded: No$/m);
    expect(JSON.stringify(cards(r)[0])).toContain('Recorded: No');
  });
});

describe('words that read right', () => {
  it('quotes goal texts in questions, shows no escape codes, and `answers` shows wording by section, no ids', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'goal.1');
    let r = await h.say('Getting an hour to myself each week');
    await reach(h, 'goal.1.importance');
    r = await h.say('answers');
    const shown = texts(r);
    expect(shown).toMatch(/^— Referral screening$/m);
    expect(shown).toMatch(/^— Health locus of control$/m);
    expect(shown).not.toMatch(/\b(screen|wmtm|mhlc_a|ons4)\.[a-z_0-9]+/);
    expect(shown).toMatch(
      /How important is it for you to work on “Getting an hour to myself each week”\?|how important is it for you to work on “Getting an hour to myself each week”\?/,
    );
    const review = cards(r).find((c) => JSON.stringify(c).includes('Here is what was recorded'))!;
    expect(adaptiveCardProblems(review)).toEqual([]);
    // Compact: one fact list per section rather than two blocks per answer.
    const body = review.body as Array<{ type: string }>;
    expect(body.filter((b) => b.type === 'FactSet').length).toBe(
      new Set((await current(h))!.history.map((e) => script.byId.get(e.questionId)!.sectionId)).size,
    );
    expect(body.length).toBeLessThan(30);
    // The 18 MHLC items are one row of numbers with the scale in words, still numbered for correction.
    const facts = body.flatMap((b) => (b as { facts?: Array<{ title: string; value: string }> }).facts ?? []);
    const mhlc = facts.find((f) => /^\d+–\d+\.$/.test(f.title))!;
    expect(mhlc.value).toMatch(
      /^5 {2}2 {2}4 {2}2 {2}5 {2}5 {2}3 {2}4 {2}2 {2}3 {2}2 {2}6 {2}5 {2}4 {2}1 {2}2 {2}6 {2}2\n\(1 Strongly disagree · 2 Moderately disagree/,
    );
    expect(facts.length).toBeLessThan(40);

    await h.say('quite likely');
    r = await h.say('help');
    expect(texts(r)).not.toMatch(/&lt;|&gt;|<[a-z]/);
  });
});
