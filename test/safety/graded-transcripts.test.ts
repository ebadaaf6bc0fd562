/**
 * Transcripts through the real handler (issue 16): the check-in card for a possible or denied
 * risk, "No known risks" challenged after a confirmed concern, and the link worker's own risk
 * statement not re-flagging the concern it records.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

async function current(h: Harness) {
  const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
  return a!;
}

async function answerUntil(h: Harness, stopAt: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const cursor = (await current(h)).cursor;
    if (!cursor || cursor === stopAt) return;
    await h.say(typedAnswerFor(script.byId.get(cursor)!));
  }
}

const DENIED = "I'm not suicidal, I just feel a bit flat";

describe('check-in card for a possible or denied risk', () => {
  it('a denial raises the lighter check-in card, named as a safeguarding flag, with a question to ask; one tap records "no risk found"', async () => {
    h = await createHarness();
    await h.say('start 9434765919');
    await answerUntil(h, 'wmtm.worries');
    const r = await h.say(DENIED);
    expect(texts(r)).toMatch(/⚠ Possible safeguarding risk — check in \(Suicidal thoughts or plans\)/);
    expect(texts(r)).toMatch(/Ask: “Sometimes when people feel like this they think about ending their life/);
    const card = cards(r)[0]!;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('please check in');
    expect(json).toContain('The risk was named but denied');
    expect(json).not.toContain('116 123'); // the crisis contacts belong to the crisis card
    const actions = card.actions as Array<{ title: string; data?: Record<string, unknown> }>;
    expect(actions.map((a) => a.title)).toEqual(['No risk found', 'Risk found — escalate', 'Record something else']);
    // Held until the check-in is recorded, like any flag.
    expect(texts(await h.say('7'))).toMatch(/needs your decision first/);
    const done = await h.click(actions[0]!.data!);
    expect(texts(done)).toMatch(/Check-in recorded: no current risk found/);
    const a = await current(h);
    expect(a.safeguarding).toEqual([
      expect.objectContaining({
        categories: ['suicide'],
        decision: 'dismissed',
        response: 'check_in',
        note: 'Checked in with the person: no current risk found.',
        decidedBy: 'aad-lw-1',
      }),
    ]);
    expect(a.answers['wmtm.worries']?.value).toBe(DENIED);
  });

  it('"Risk found — escalate" turns the check-in into the crisis card with contacts; the concern is then confirmed with the action', async () => {
    h = await createHarness();
    await h.say('start 9434765919');
    await answerUntil(h, 'wmtm.worries');
    await h.say("Honestly I wouldn't care if I didn't wake up tomorrow");
    const escalated = await h.say('escalate');
    expect(texts(escalated)).toMatch(/Treating this as a clear risk/);
    expect(texts(escalated)).toMatch(/⚠ Possible safeguarding risk \(Suicidal thoughts or plans\)\. Type `confirm/);
    const card = cards(escalated)[0]!;
    expect(adaptiveCardProblems(card)).toEqual([]);
    for (const contact of ['999', '116 123', '85258']) expect(JSON.stringify(card)).toContain(contact);
    await h.say('confirm Asked directly; thoughts most days, no plan. Duty GP called, safety plan agreed');
    expect((await current(h)).safeguarding[0]).toMatchObject({ decision: 'confirmed', response: 'check_in_escalated' });
  });

  it('a clear disclosure still raises the crisis card at once', async () => {
    h = await createHarness();
    await h.say('start 9434765919');
    const r = await h.say("I've been saving up my tablets in a shoebox");
    expect(texts(r)).toMatch(/⚠ Possible safeguarding risk \(Suicidal thoughts or plans\)\. Type `confirm/);
    expect(JSON.stringify(cards(r)[0])).toContain('116 123');
  });
});

describe('joined-up safety after a confirmed concern', () => {
  async function confirmedThenRisks(): Promise<void> {
    h = await createHarness();
    await h.say('start 9434765919');
    await answerUntil(h, 'wmtm.worries');
    await h.say('I want to end my life');
    await h.say('confirm Called duty GP, safety plan agreed');
    await h.say('next');
    await answerUntil(h, 'risk.status');
  }

  it('"No known risks" is challenged and needs an explicit override with a reason', async () => {
    await confirmedThenRisks();
    const challenged = await h.say('no known');
    expect(texts(challenged)).toMatch(
      /A safeguarding concern was confirmed in this assessment \(Suicidal thoughts or plans\), so "No known risks" needs an explicit override/,
    );
    expect((await current(h)).answers['risk.status']).toBeUndefined();
    expect(texts(await h.say('override'))).toMatch(/Please give the reason/);
    expect((await current(h)).answers['risk.status']).toBeUndefined();
    const ok = await h.say('override Concern was a past episode, now resolved with the GP');
    expect(texts(ok)).toMatch(/"No known risks" recorded with your override reason/);
    const a = await current(h);
    expect(a.answers['risk.status']?.value).toBe('no_known_risks');
    expect(a.riskOverrides).toEqual([
      expect.objectContaining({ reason: 'Concern was a past episode, now resolved with the GP', concerns: ['suicide'], by: 'aad-lw-1' }),
    ]);
  });

  it('choosing "Risks identified" instead goes on; the worker\'s own statement of the confirmed concern does not re-flag it, a new risk in it does', async () => {
    await confirmedThenRisks();
    await h.say('no known');
    const details = await h.say('risks identified');
    expect(texts(details)).toMatch(/Describe the risks/);
    const own = await h.say('Suicidal thoughts disclosed; safety plan agreed with duty GP');
    expect(texts(own)).not.toMatch(/Possible safeguarding risk/);
    expect((await current(h)).answers['risk.details']?.value).toBe('Suicidal thoughts disclosed; safety plan agreed with duty GP');
    await h.say('back');
    const more = await h.say('Suicidal thoughts, safety plan agreed. Also her husband hits her');
    expect(texts(more)).toMatch(/Possible safeguarding risk \(Domestic abuse/);
    expect(texts(more)).not.toMatch(/Suicidal thoughts or plans;/);
  });
});
