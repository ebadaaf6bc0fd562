import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { sessionsFeature } from '../../service/features/sessions';
import { checkinFeature, supervisionFeature } from '../../service/features/supervision';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

async function answerUntil(h: Harness, stopAt: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    const cursor = a?.cursor;
    if (!cursor || cursor === stopAt) return;
    await h.say(typedAnswerFor(script.byId.get(cursor)!));
  }
}

const DISCLOSURE = "I'm not suicidal but I have been stockpiling pills";

describe('safeguarding interrupt (transcripts through the real handler)', () => {
  it('flag → confirm → resumes at the same question with the answer kept', async () => {
    h = await createHarness({ features: [supervisionFeature] });
    await h.say('start 9434765919');
    await answerUntil(h, 'wmtm.worries');
    const r = await h.say(DISCLOSURE);
    expect(texts(r)).toMatch(/Possible safeguarding risk \(Suicidal thoughts or plans/);
    const card = cards(r)[0]!;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    for (const contact of ['999', '111', '116 123', '85258', '0800 1111', '0808 2000 247']) expect(json).toContain(contact);
    expect(json).toContain('stockpiling pills');
    // Anything else is held until the decision is recorded.
    expect(texts(await h.say('7'))).toMatch(/needs your decision first/);
    const resumed = await h.say('confirm Called duty GP, agreed safety plan with the person');
    expect(texts(resumed)).toMatch(/Safeguarding concern recorded with your action/);
    expect(texts(resumed)).toMatch(/What matters to me · 5 of 5 · \*\*\* \*\*\* 5919 — What worries or concerns you/);
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a!.answers['wmtm.worries']?.value).toBe(DISCLOSURE);
    expect(a!.safeguarding).toEqual([
      expect.objectContaining({
        categories: expect.arrayContaining(['suicide']),
        decision: 'confirmed',
        note: 'Called duty GP, agreed safety plan with the person',
        questionId: 'wmtm.worries',
        decidedBy: 'aad-lw-1',
      }),
    ]);
    expect(texts(await h.say('next'))).toMatch(/Needs and barriers · 1 of 3/);
    expect(texts(await h.say('supervision Discuss risk plan'))).toMatch(/flagged to discuss in supervision/);
    expect(texts(await h.say('supervision list'))).toMatch(/\*\*\* \*\*\* 5919 — flagged/);
  });

  it('flag → dismiss with a reason, from the card', async () => {
    h = await createHarness();
    const start = await h.say('start 9434765919');
    const id = (cards(start)[0]!.actions as Array<{ data: { assessmentId: string } }>)[0]!.data.assessmentId;
    const r = await h.say('My husband hits me when he has been drinking');
    expect(texts(r)).toMatch(/Domestic abuse/);
    const missing = await h.click({ wma: 'safeguarding', assessmentId: id, decision: 'dismissed', note: '' });
    expect(texts(missing)).toMatch(/Please record why you are dismissing it/);
    const ok = await h.click({ wma: 'safeguarding', assessmentId: id, decision: 'dismissed', note: 'Quoting a TV drama plot' });
    expect(texts(ok)).toMatch(/Flag dismissed; your reason is recorded/);
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a!.safeguarding[0]).toMatchObject({ decision: 'dismissed', note: 'Quoting a TV drama plot' });
  });

  it('checks typed messages that are not answers too', async () => {
    h = await createHarness();
    await h.say('start 9434765919');
    await answerUntil(h, 'ons4.life_satisfaction');
    const r = await h.say('she says she will kill herself tonight');
    expect(texts(r)).toMatch(/Possible safeguarding risk/);
  });

  it('screening → redirect is recorded and the assessment goes to the risk statement', async () => {
    h = await createHarness();
    await h.say('start SP-2041');
    for (const a of ['Debt letters', 'yes', 'yes', 'specialist debt', 'redirect', 'StepChange-style debt casework', 'Needs specialist casework first'])
      await h.say(a);
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a!.answers['screen.outcome']?.value).toBe('redirect');
    expect(a!.answers['screen.cannot_meet']?.value).toEqual(['specialist_debt']);
    expect(a!.cursor).toBe('risk.status');
    await h.say('no known');
    const done = await h.say('confirm');
    expect(texts(done)).toMatch(/Assessment complete/);
  });

  it('session cap: warns one ahead, then asks for a review decision', async () => {
    h = await createHarness({ features: [sessionsFeature, checkinFeature] });
    await h.say('start 9434765919');
    for (let i = 1; i <= 4; i++) expect(texts(await h.say(`session phone 30 contact ${i}`))).toMatch(new RegExp(`Contact ${i} of 6 recorded`));
    expect(texts(await h.say('session video 45 planning'))).toMatch(/One session left before the cap/);
    const atCap = await h.say('session face-to-face 60 walked to the group');
    expect(texts(atCap)).toMatch(/Session cap reached — a review is needed/);
    expect(texts(await h.say('session tuesday'))).toMatch(/To record a contact type/);
    expect(texts(await h.say('extend 2 Agreed with J. Patel: bereavement anniversary'))).toMatch(/Extension of 2 session\(s\) recorded/);
    expect(texts(await h.say('sessions'))).toMatch(/^6 of 8 sessions used/m);
    expect(texts(await h.say('checkin 4'))).toMatch(/please talk to someone today/);
  });
});
