/**
 * The optional LLM safeguarding second opinion through the real handler, with LangChain's own
 * fake chat model (@langchain/core FakeListChatModel): it raises a flag the rules missed, it can
 * never lower one, and on a timeout or an error the rules stand and the turn goes on.
 */
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { detectRisks } from '../../dialogs/safeguarding';
import { createSecondOpinion, type SecondOpinionOutcome } from '../../service/second-opinion';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';

/** The fake model, recording what it was sent so the test can check pseudonymisation. */
class RecordingModel extends FakeListChatModel {
  sent: string[] = [];
  fail = false;
  override async _generate(messages: BaseMessage[], options?: this['ParsedCallOptions']): Promise<ChatResult> {
    this.sent.push(messages.map((m) => String(m.content)).join('\n'));
    if (this.fail) throw new Error('provider unavailable');
    return super._generate(messages, options);
  }
}

let h: Harness;
afterEach(async () => h?.close());

/** Words the rules do not flag (checked below), but a reader might. */
const MISSED = 'Her husband Gary reads all her letters before she does and counts the change, 07700 900123';

/** A harness at the first question (screen.reason, free text), with the second opinion on. */
async function harnessWith(model: RecordingModel, budgetMs = 1_000) {
  const outcomes: SecondOpinionOutcome[] = [];
  h = await createHarness({ secondOpinion: createSecondOpinion(model, { budgetMs, onOutcome: (o) => outcomes.push(o.outcome) }) });
  await h.say('start 9434765919');
  return outcomes;
}

describe('safeguarding second opinion (LangChain fake model)', () => {
  it('the rules really do miss the example text', () => {
    expect(detectRisks(MISSED)).toEqual([]);
  });

  it('raises a flag the rules missed, as a safeguarding flag the link worker decides; the prompt is pseudonymised', async () => {
    const model = new RecordingModel({ responses: ['{"risks":[{"category":"domestic_abuse","severity":"possible"}]}'] });
    const outcomes = await harnessWith(model);
    const r = await h.say(MISSED);
    expect(texts(r)).toMatch(/⚠ Possible safeguarding risk — check in \(Domestic abuse \/ coercive control\)/);
    expect(adaptiveCardProblems(cards(r)[0]!)).toEqual([]);
    expect(outcomes).toContain('raised');
    const sent = model.sent.at(-1)!;
    expect(sent).toContain('<text>');
    expect(sent).not.toContain('Gary');
    expect(sent).not.toContain('07700 900123');
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a!.mode).toMatchObject({ kind: 'safeguarding', flags: [expect.objectContaining({ category: 'domestic_abuse', kind: 'second_opinion' })] });
    // The quote on the card is the original text: only the model's copy is pseudonymised.
    expect(JSON.stringify(cards(r)[0])).toContain('Gary');
  });

  it('can only raise: a text the rules flag is flagged whatever the model would say, and the model is not asked', async () => {
    const model = new RecordingModel({ responses: ['{"risks":[]}'] });
    const outcomes = await harnessWith(model);
    const before = model.sent.length;
    const r = await h.say('I want to kill myself');
    expect(texts(r)).toMatch(/⚠ Possible safeguarding risk \(Suicidal thoughts or plans\)/);
    expect(model.sent.length).toBe(before);
    expect(outcomes).not.toContain('raised');
  });

  it('a "no risk" reply changes nothing: the answer is recorded and the next question asked', async () => {
    const model = new RecordingModel({ responses: ['{"risks":[]}'] });
    const outcomes = await harnessWith(model);
    const r = await h.say('We both like walking by the canal on Sundays');
    expect(texts(r)).not.toMatch(/safeguarding/i);
    expect(outcomes.at(-1)).toBe('no_risk');
  });

  it('on a timeout the rules stand and the turn goes on within the budget', async () => {
    const model = new RecordingModel({ responses: ['{"risks":[{"category":"suicide","severity":"clear"}]}'], sleep: 3_000 });
    const outcomes = await harnessWith(model, 200);
    const started = Date.now();
    const r = await h.say(MISSED);
    const ms = Date.now() - started;
    expect(texts(r)).not.toMatch(/safeguarding risk/);
    expect(outcomes.at(-1)).toBe('timeout');
    expect(ms).toBeLessThan(2_500); // far less than the model's 3 s: the budget cut it off
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a!.mode.kind).toBe('asking');
    expect(a!.answers['screen.reason']?.value).toBe(MISSED);
    expect(a!.cursor).not.toBe('screen.reason');
  });

  it('on an error, or a reply that is not the agreed JSON, the rules stand and the turn goes on', async () => {
    const failing = new RecordingModel({ responses: ['unused'] });
    failing.fail = true;
    const outcomes = await harnessWith(failing);
    const r = await h.say(MISSED);
    expect(texts(r)).not.toMatch(/safeguarding risk/);
    expect(outcomes.at(-1)).toBe('error');
    // Still a working check: the rules flag a clear disclosure with the model down.
    expect(texts(await h.say('I want to end my life'))).toMatch(/Possible safeguarding risk/);
    await h.close();

    const garbled = new RecordingModel({ responses: ['I think this may be domestic abuse.'] });
    const garbledOutcomes = await harnessWith(garbled);
    expect(texts(await h.say(MISSED))).not.toMatch(/safeguarding risk/);
    expect(garbledOutcomes.at(-1)).toBe('error');
  });

  it('short answers and commands are not sent to the model', async () => {
    const model = new RecordingModel({ responses: ['{"risks":[]}'] });
    await harnessWith(model);
    const before = model.sent.length;
    await h.say('yes');
    await h.say('status');
    expect(model.sent.length).toBe(before);
  });
});
