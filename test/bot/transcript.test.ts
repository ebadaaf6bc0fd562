import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

/** Answers whatever question the last reply asked, using the fixture, until the review. */
async function answerThrough(h: Harness, last: string, stopAt?: string): Promise<string> {
  let replyText = last;
  for (let i = 0; i < 120; i++) {
    const m = /^(.+?) · (\d+) of (\d+) · \*\*\* \*\*\* 5919 — (.+)$/m.exec(replyText);
    if (!m) return replyText;
    const q = script.questions.find((x) => replyText.includes(x.text.split('{')[0]!.slice(0, 40)) && x.sectionTitle === m[1]);
    if (!q) throw new Error(`unknown question in: ${replyText}`);
    if (q.id === stopAt) return replyText;
    replyText = texts(await h.say(typedAnswerFor(q)));
  }
  throw new Error('did not reach the review');
}

describe('transcript: the assessment conversation through the real handler', () => {
  it('starts, validates the NHS number and masks it', async () => {
    h = await createHarness();
    expect(texts(await h.say('start 9434765918'))).toMatch(/not a valid NHS number \(its check digit doesn't match\)/);
    const r = await h.say('start 943 476 5919');
    expect(texts(r)).toMatch(/New assessment for \*\*\* \*\*\* 5919/);
    expect(texts(r)).toMatch(/^Referral screening · 1 of 5 · \*\*\* \*\*\* 5919 — In your own words, why do you think you were referred to us\?/m);
    expect(texts(r)).not.toContain('9434765919');
  });

  it('asks for a reference after a bare start, and refuses names', async () => {
    h = await createHarness();
    expect(texts(await h.say('start'))).toMatch(/Please type the person's 10-digit NHS number/);
    expect(texts(await h.say('Mary Smith'))).toMatch(/Do not use names/);
    expect(texts(await h.say('SP-2041'))).toMatch(/New assessment for SP\*+41/);
  });

  it('runs the whole default script with typing, pause/resume, back and skip, and every card is valid Adaptive Card 1.5', async () => {
    h = await createHarness();
    const allCards: Array<Record<string, unknown>> = [];
    let r = await h.say('start 9434765919');
    allCards.push(...cards(r));
    let last = await answerThrough(h, texts(r), 'wmtm.good_day');
    r = await h.say('pause');
    expect(texts(r)).toMatch(/Paused and saved for \*\*\* \*\*\* 5919\. Type `resume`/);
    r = await h.say('resume');
    expect(texts(r)).toMatch(/What matters to me · 2 of 5 · \*\*\* \*\*\* 5919 — What does a good day look like for you\?/);
    r = await h.say('skip');
    expect(texts(r)).toMatch(/What matters to me · 3 of 5/);
    r = await h.say('back');
    expect(texts(r)).toMatch(/What does a good day look like/);
    allCards.push(...cards(r));
    r = await h.say('Gardening then tea');
    r = await h.say('status');
    expect(texts(r)).toMatch(/What matters to me, question 3 of 5 · \d+ answered, 0 skipped/);
    last = await answerThrough(h, texts(await h.say('My grandson')));
    expect(last).toMatch(/^Review — type a number to correct an answer/m);
    expect(last).toContain('What does a good day look like for you? → Gardening then tea');
    r = await h.say('confirm');
    expect(texts(r)).toMatch(/Assessment complete for \*\*\* \*\*\* 5919/);
    for (const card of allCards) expect(adaptiveCardProblems(card)).toEqual([]);
    const [stored] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(stored?.status ?? 'missing').toBe('completed');
  });

  it('answers from card clicks and refuses a card from another assessment', async () => {
    h = await createHarness();
    const r = await h.say('start 9434765919');
    const card = cards(r)[0]!;
    const actions = card.actions as Array<{ data: Record<string, unknown> }>;
    const data = actions[0]!.data;
    expect(data).toMatchObject({ wma: 'answer', questionId: 'screen.reason' });
    const next = await h.click({ ...data, value: 'Low since retiring' });
    expect(texts(next)).toMatch(/Did you know you had been referred/);
    const forged = await h.click({ ...data, assessmentId: 'someone-else', questionId: 'screen.knew_referred', value: 'yes' });
    expect(texts(forged)).toMatch(/belongs to a different assessment, so nothing was changed/);
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a?.answers['screen.knew_referred']).toBeUndefined();
  });

  it('shows no patient data in a group chat or meeting', async () => {
    h = await createHarness();
    await h.say('start 9434765919');
    const r = await h.say('status', { conversationType: 'groupChat' });
    expect(texts(r)).toBe(
      'I only run assessments in a private 1:1 chat, so no patient details are shown here. Please message me directly and I will continue there.',
    );
  });

  it('renders every kind of card the engine produces as valid Adaptive Card 1.5', async () => {
    h = await createHarness();
    let r = await h.say('start 9434765919');
    const seen = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < 120; i++) {
      for (const c of cards(r)) seen.set(JSON.stringify(c).slice(0, 400), c);
      const text = texts(r);
      if (/^Review —/m.test(text)) break;
      const q = script.questions.find((x) => text.includes(` — ${x.text.split('{')[0]!.slice(0, 30)}`));
      r = await h.say(q ? typedAnswerFor(q) : 'skip');
    }
    for (const c of cards(r)) seen.set('review', c);
    expect(seen.size).toBeGreaterThan(50);
    for (const c of seen.values()) expect(adaptiveCardProblems(c)).toEqual([]);
  });
});
