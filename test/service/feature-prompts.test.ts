import { afterEach, describe, expect, it } from 'vitest';
import { commandButton, featureButton } from '../../bot/cards/card-kit';
import { renderFeatureCard } from '../../bot/feature-cards';
import { cardActionSchema } from '../../service/card-actions';
import { FEATURE_PROMPT_SCHEMAS, parseFeaturePrompt, type FeaturePrompt } from '../../service/feature-prompts';
import type { Feature } from '../../service/features';
import { insightFeature } from '../../service/features/insight';
import type { TurnReply } from '../../service/reply';
import { createHarness, type Harness } from '../helpers/bot-harness';

/**
 * Feature prompt data is one union keyed by feature, a schema each (service/feature-prompts.ts).
 * Data that fails its feature's schema is refused with a message naming the feature and the
 * failing paths — never the values, which may be the person's words — and changes nothing.
 */
const WORDS = 'Blue Parrot Lane';
const reply: TurnReply = { items: [], position: null, patient: '*** *** 5919', assessmentId: 'as-1' };
const cardText = (card: unknown) => JSON.stringify(card);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('feature prompt data', () => {
  it('has a schema for every feature that sends data to the edge, and refuses malformed data of each by name', () => {
    expect(Object.keys(FEATURE_PROMPT_SCHEMAS).sort()).toEqual(['attendance', 'caseload', 'export', 'insight', 'plan', 'progress']);
    for (const feature of Object.keys(FEATURE_PROMPT_SCHEMAS)) {
      const check = parseFeaturePrompt({ kind: 'feature', feature, data: { assessmentId: WORDS, patient: WORDS, title: 7 }, text: 'x' });
      expect(check.ok, feature).toBe(false);
      if (check.ok) continue;
      expect(check.message).toMatch(new RegExp(`^The ${feature} card's data failed its check \\(at data\\.`));
      expect(check.message).not.toContain(WORDS);
    }
    const unknown = parseFeaturePrompt({ kind: 'feature', feature: 'toString', data: {}, text: 'x' });
    expect(unknown).toEqual({ ok: false, message: 'A card with no known feature failed its check (at feature)' });
  });

  it('refuses a feature result whose card data is malformed: a clear message, and the store is unchanged', async () => {
    // The real insight feature, with a bug that puts the person's words where a list belongs and
    // also tries to change the conversation and the assessment in the same result.
    const buggy: Feature = {
      ...insightFeature,
      handle: async (input, ctx) => {
        const real = await insightFeature.handle(input, ctx);
        const item = real.items[0] as Extract<FeaturePrompt, { feature: 'insight' }>;
        return {
          items: [{ ...item, data: { ...item.data, wellbeing: WORDS } } as unknown as FeaturePrompt],
          conversation: { ...ctx.conversation, activeAssessmentId: null },
          assessment: { ...ctx.assessment!, status: 'cancelled' },
          events: [{ type: 'status_changed', at: ctx.now, from: 'active', to: 'cancelled' }] as never,
        };
      },
    };
    h = await createHarness({ features: [buggy] });
    let n = 0;
    const say = (text: string) => h!.turns.handle({ conversationId: 'conv-1', userId: 'lw-1', activityId: `act-${++n}`, input: { kind: 'text', text } });
    const started = await say('start 9434765919');
    const [open] = await h.store.listAssessments({ owner: 'lw-1' });
    const before = {
      conversation: await h.store.getConversation('conv-1'),
      assessment: await h.store.getAssessment(open!.id),
      answers: await h.store.answerLog(open!.id),
    };
    expect(before.conversation?.value.activeAssessmentId).toBe(open!.id);

    const refused = await say('summary');
    expect(refused.items).toEqual([
      {
        kind: 'notice',
        tone: 'error',
        text: "The insight card's data failed its check (at data.wellbeing), so it was not shown and nothing was changed. Please try again.",
      },
    ]);
    expect(JSON.stringify(refused)).not.toContain(WORDS);
    // Only the conversation's version moves (the reply is stored for replay); its value, the
    // assessment and the answer log are as they were.
    expect((await h.store.getConversation('conv-1'))?.value).toEqual(before.conversation?.value);
    expect(await h.store.getAssessment(open!.id)).toEqual(before.assessment);
    expect(await h.store.answerLog(open!.id)).toEqual(before.answers);
    // The assessment carries on at the question it was on.
    const status = await say('status');
    expect(status.assessmentId).toBe(open!.id);
    expect(status.position).toEqual(started.position);
  });

  it('draws a replayed card only from data that passes its schema, and says why one is missing', () => {
    const bad = {
      kind: 'feature',
      feature: 'progress',
      data: { patient: WORDS, measures: 'none' },
      text: 'Progress for *** *** 5919',
    } as unknown as FeaturePrompt;
    const card = renderFeatureCard(bad, reply);
    const shown = cardText(card);
    expect(shown).toContain("The progress card's data failed its check");
    expect(shown).toContain('Progress for \\\\*\\\\*\\\\* \\\\*\\\\*\\\\* 5919');
    expect(shown).not.toContain(WORDS);
    // A feature with no card (export) stays plain text, whatever its data.
    expect(renderFeatureCard({ kind: 'feature', feature: 'export', data: {}, text: 'x' } as unknown as FeaturePrompt, reply)).toBeNull();
  });
});

describe('card buttons', () => {
  it('submit data the card-action parser accepts: a command from the one enum, a feature by its route name', () => {
    expect(cardActionSchema.parse(commandButton('confirm', 'as-1'))).toEqual({ wma: 'command', command: 'confirm', assessmentId: 'as-1' });
    expect(cardActionSchema.parse(featureButton('plan', { command: 'approve', version: 2 }, 'as-1'))).toEqual({
      wma: 'feature',
      name: 'plan',
      args: { command: 'approve', version: 2 },
      assessmentId: 'as-1',
    });
    // @ts-expect-error: 'approve' is a plan word, not an engine command, so it does not compile.
    expect(cardActionSchema.safeParse(commandButton('approve', 'as-1')).success).toBe(false);
  });
});
