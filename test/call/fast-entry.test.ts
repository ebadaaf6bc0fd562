import { afterEach, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { callHarness, current, runDefaultAssessment, script } from './helpers';

let h: Harness;
afterEach(async () => h?.close());

async function reach(h: Harness, questionId: string): Promise<void> {
  const { typedAnswerFor } = await import('../helpers/default-answers');
  for (let i = 0; i < 80; i++) {
    const s = await current(h);
    if (!s?.cursor || s.cursor === questionId) return;
    await h.say(typedAnswerFor(script.byId.get(s.cursor)!));
  }
}

describe('fast entry: a whole section in one message, read back and confirmed', () => {
  it('ONS4 as "3 2 2 6": read back in words, nothing recorded until yes, then all four acknowledged', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'ons4.life_satisfaction');
    const readBack = await h.say('3 2 2 6');
    const shown = texts(readBack);
    expect(shown).toMatch(/Check before recording — 4 answers:/);
    expect(shown).toMatch(/1\. Overall, how satisfied are you with your life nowadays\? → 3 \(0–10\)/);
    expect(shown).toMatch(/4\. On a scale where nought is 'not at all anxious'.* → 6 \(0–10\)/);
    for (const c of cards(readBack)) expect(adaptiveCardProblems(c)).toEqual([]);
    let s = (await current(h))!;
    expect(s.answers['ons4.life_satisfaction']).toBeUndefined();
    expect(s.mode.kind).toBe('confirm_answers');

    const done = await h.say('yes');
    expect(texts(done)).toMatch(/Recorded 4 answers:/);
    expect(texts(done)).toMatch(/^Loneliness · 1 of 5 · \*\*\* \*\*\* 5919 — How often do you feel that you lack companionship\?/m);
    s = (await current(h))!;
    expect([1, 2, 3, 4].map((i) => s.answers[['', 'ons4.life_satisfaction', 'ons4.worthwhile', 'ons4.happiness', 'ons4.anxiety'][i]!]?.value)).toEqual([
      3, 2, 2, 6,
    ]);
    // The confirmation is on the record: what was typed, per answer.
    const entry = s.history.find((e) => e.questionId === 'ons4.anxiety');
    expect(entry?.confirmed).toEqual({ typed: '3 2 2 6' });
  });

  it('MHLC as 18 numbers; `no` records nothing; a count that does not fit is refused', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'mhlc_a.1');
    const eighteen = '6 1 3 1 3 6 3 6 1 3 1 6 6 3 1 1 6 3';
    let r = await h.say(eighteen);
    expect(texts(r)).toMatch(/Check before recording — 18 answers:/);
    expect(texts(r)).toMatch(/2\. No matter what I do, if I am going to get sick, I will get sick\. → 1 — Strongly disagree/);
    r = await h.say('no');
    expect(texts(r)).toMatch(/Not recorded\. Type the answer again\./);
    expect((await current(h))!.answers['mhlc_a.1']).toBeUndefined();
    r = await h.say(`${eighteen} 4`);
    expect(texts(r)).toMatch(
      /You typed 19 answers, but only 18 questions from here in “Health locus of control” can be answered in one message.*Nothing was recorded\./,
    );
    await h.say(eighteen);
    r = await h.say('yes');
    const s = (await current(h))!;
    // Worked check from instruments.md: Internal 6s, Chance 1s, Powerful others 3s.
    expect(['1', '6', '8', '12', '13', '17'].map((k) => s.answers[`mhlc_a.${k}`]?.value)).toEqual([6, 6, 6, 6, 6, 6]);
    expect(['2', '4', '9', '11', '15', '16'].map((k) => s.answers[`mhlc_a.${k}`]?.value)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(texts(r)).toMatch(/Recorded 18 answers:/);
  });

  it('multi-choice lists in one message ("1, 2, money; cost, transport"), read back by label', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'needs.areas');
    const r = await h.say('1, 2, money; cost, transport');
    expect(texts(r)).toMatch(/→ Loneliness, Bereavement, Money and debt/);
    expect(texts(r)).toMatch(/→ Cost, Transport/);
    await h.say('yes');
    const s = (await current(h))!;
    expect(s.answers['needs.areas']?.value).toEqual(['loneliness', 'bereavement', 'money']);
    expect(s.answers['needs.barriers']?.value).toEqual(['cost', 'transport']);
    expect(s.cursor).toBe('needs.area_home');
  });
});

describe('fast entry carries a short code: the practice ODS code rides with the screening answers', () => {
  it('"yes; y; none; accept; B86001" is read back with the code and recorded on yes; a code too long is refused', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'screen.knew_referred');
    let r = await h.say('yes; y; none; accept; B86001 and more words');
    expect(texts(r)).toMatch(/Answer 5 \(“B86001 and more words”\) does not fit “Referring GP practice's ODS code.*Nothing was recorded\./);
    expect((await current(h))!.answers['screen.knew_referred']).toBeUndefined();

    r = await h.say('yes; y; none; accept; B86001');
    expect(texts(r)).toMatch(/Check before recording — 5 answers:/);
    expect(texts(r)).toMatch(/5\. Referring GP practice's ODS code, if on the referral \(e\.g\. B86001\) → “B86001”/);
    r = await h.say('yes');
    expect(texts(r)).toMatch(/Recorded 5 answers:/);
    const s = (await current(h))!;
    expect(s.answers['screen.outcome']?.value).toBe('accept');
    expect(s.answers['screen.practice_ods']?.value).toBe('B86001');
    expect(s.history.find((e) => e.questionId === 'screen.practice_ods')?.confirmed).toEqual({ typed: 'yes; y; none; accept; B86001' });
    expect(s.cursor).toBe('consent.share');
  });

  it('free-text questions still end a run: the referral reason cannot be typed inside a fast entry', async () => {
    h = await callHarness();
    await h.say('start 9434765919');
    await reach(h, 'screen.outcome');
    const r = await h.say('decline; moved away');
    expect(texts(r)).toMatch(
      /only 1 question from here in “Referral screening” can be answered in one message \(free-text questions are answered on their own\)/,
    );
    expect((await current(h))!.answers['screen.outcome']).toBeUndefined();
  });
});

describe('message count for a full default assessment (link-worker messages)', () => {
  it('one message per question before; with fast entry ≤ 40, every value read back, the same record', async () => {
    h = await callHarness();
    const slow = await runDefaultAssessment(h, { fast: false });
    const fast = await runDefaultAssessment(h, { fast: true, patient: '4010232137' });
    console.log(
      `Full default assessment: ${slow.sent.length} link-worker messages one by one; ${fast.sent.length} with fast entry (${fast.readBacks.length} read-backs).`,
    );
    expect(texts(slow.last)).toMatch(/Assessment complete/);
    expect(texts(fast.last)).toMatch(/Assessment complete/);
    expect(slow.sent.length).toBeGreaterThanOrEqual(58);
    expect(fast.sent.length).toBeLessThanOrEqual(40);
    // The practice code rides with the screening answers ("yes; y; none; accept; B86001").
    expect(fast.readBacks.some((rb) => rb.questionIds.includes('screen.practice_ods'))).toBe(true);

    const [a, b] = await Promise.all(
      ['9434765919', '4010232137'].map(
        async (ref) => (await h.store.listAssessments({ owner: 'aad-lw-1', status: 'completed' })).find((x) => x.patient.value === ref)!,
      ),
    );
    const values = (s: typeof a) => Object.fromEntries(Object.entries(s!.answers).map(([k, v]) => [k, v.value]));
    expect(values(b)).toEqual(values(a));
    // Every value entered fast was shown in words before it was recorded.
    for (const rb of fast.readBacks) {
      const lines = rb.shown.split('\n').filter((l) => /^\d+\. .+ → .+/.test(l));
      expect(lines).toHaveLength(rb.questionIds.length);
      for (const id of rb.questionIds) expect(b!.history.find((e) => e.questionId === id)?.confirmed?.typed).toBe(rb.typed);
    }
  });
});
