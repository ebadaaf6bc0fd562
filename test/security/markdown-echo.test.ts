import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { createPlanFeature } from '../../service/features/plan';
import { createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import { INDEX } from '../plans/helpers';

/**
 * Issue 19, finding 6: text the link worker typed came back in the bot's message text as Markdown
 * and HTML, which Teams renders — `[link](https://evil.example)` became a clickable link. What is
 * echoed must show as the characters typed, never as markup.
 */
const script = loadDefaultScript();
const EVIL = '[link](https://evil.example) <a href="https://evil.example">x</a> **bold**';
let h: Harness;
afterEach(async () => h?.close());

/** Rendered markup the payload would produce if it were not escaped. */
function liveMarkup(text: string): string[] {
  const found: string[] = [];
  if (/(^|[^\\])\[link\]\(https:\/\/evil\.example\)/.test(text)) found.push('markdown link');
  if (/<a\s/i.test(text)) found.push('html anchor');
  if (/(^|[^\\])\*\*bold\*\*/.test(text)) found.push('bold');
  return found;
}

async function toReview(harness: Harness): Promise<string> {
  let reply = texts(await harness.say('start 9434765919'));
  for (let i = 0; i < 120 && !/^Review —/m.test(reply); i++) {
    const q = script.questions.find((x) => reply.includes(` — ${x.text.split('{')[0]!.slice(0, 30)}`));
    if (!q) throw new Error(`unknown question in: ${reply}`);
    // Free text long enough to carry the payload (not a short code such as the practice's ODS code, and not
    // the area, which is resolved as a place; its echo is checked below).
    reply = texts(await harness.say(q.type === 'text' && q.maxLength > 100 && q.id !== 'needs.area_home' ? `${typedAnswerFor(q)} ${EVIL}` : typedAnswerFor(q)));
  }
  return reply;
}

describe('echoed text is escaped', () => {
  it('the acknowledgement of a recorded answer quotes it as text', async () => {
    h = await createHarness();
    let reply = texts(await h.say('start 9434765919'));
    for (let i = 0; i < 120 && !reply.includes(' — Which town or postcode district'); i++) {
      const q = script.questions.find((x) => reply.includes(` — ${x.text.split('{')[0]!.slice(0, 30)}`));
      if (!q) throw new Error(`unknown question in: ${reply}`);
      reply = texts(await h.say(typedAnswerFor(q)));
    }
    // A sentence is not a place: it is recorded as typed, and the acknowledgement quotes it as text.
    const recorded = texts(await h.say(`Qwxyzzy ${EVIL}`));
    expect(recorded).toMatch(/Recorded: /);
    expect(recorded).toContain('evil.example');
    expect(liveMarkup(recorded)).toEqual([]);
  });

  it('`answers` (and the review) show typed Markdown/HTML as text; a goal quoted in a later question too', async () => {
    h = await createHarness();
    const review = await toReview(h);
    expect(review).toContain('evil.example');
    expect(liveMarkup(review)).toEqual([]);
    const answers = texts(await h.say('answers'));
    expect(answers).toContain('evil.example');
    expect(liveMarkup(answers)).toEqual([]);
    // Every message of the whole run: questions quoting earlier answers included.
    expect(liveMarkup(h.transcript.filter((l) => l.startsWith('bot:')).join('\n'))).toEqual([]);
  });

  it('`edit goal 1 [link](https://evil.example)` is echoed escaped', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index: INDEX } })] });
    await toReview(h);
    await h.say('confirm');
    const r = texts(await h.say(`edit goal 1 ${EVIL}`));
    expect(r).toMatch(/Goal 1 changed/);
    expect(r).toContain('evil.example');
    expect(liveMarkup(r)).toEqual([]);
  });

  it('a choice answer that is not an option is echoed escaped', async () => {
    h = await createHarness();
    let reply = texts(await h.say('start 9434765919'));
    for (let i = 0; i < 20; i++) {
      const q = script.questions.find((x) => reply.includes(` — ${x.text.split('{')[0]!.slice(0, 30)}`))!;
      if ((q.type === 'single' || q.type === 'likert') && q.options.length) break;
      reply = texts(await h.say(typedAnswerFor(q)));
    }
    const r = texts(await h.say('[link](https://evil.example)'));
    expect(r).toMatch(/is not one of the options/);
    expect(r).toContain('evil.example');
    expect(liveMarkup(r)).toEqual([]);
  });
});
