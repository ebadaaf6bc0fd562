/**
 * A confirmed concern shows at the top of the insight card and the plan card (issue 16), through
 * the real handler; the person's quoted words are not repeated there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { insightFeature } from '../../service/features/insight';
import { createPlanFeature } from '../../service/features/plan';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import { INDEX } from '../plans/helpers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

const DISCLOSURE = 'My husband hits me when he has been drinking';

describe('confirmed concerns on the insight and plan cards', () => {
  it('both cards lead with the confirmed concern (category, date, action on the insight card), never the quote', async () => {
    h = await createHarness({ features: [insightFeature, createPlanFeature({ directory: { index: INDEX } })] });
    await h.say('start 9434765919');
    for (let i = 0; i < 150; i++) {
      const [a] = await h.store.listAssessments({ owner: 'aad-lw-1', status: 'active' });
      const cursor = a?.cursor;
      if (!a || !cursor) break;
      if (a.mode.kind === 'safeguarding') {
        await h.say('confirm Discussed safety, referred to IDVA with consent');
        await h.say('next');
        continue;
      }
      if (cursor === 'wmtm.worries' && a.safeguarding.length === 0) await h.say(DISCLOSURE);
      else if (cursor === 'risk.status') await h.say('risks identified');
      else if (cursor === 'risk.details') await h.say('Domestic abuse disclosed; IDVA referral made');
      else await h.say(typedAnswerFor(script.byId.get(cursor)!));
    }
    const done = await h.say('confirm');
    expect(texts(done)).toMatch(/Assessment complete/);
    const all = cards(done);
    const insight = all.find((c) => JSON.stringify(c).includes('Multidimensional Health Locus of Control'));
    const plan = all.find((c) => JSON.stringify(c).includes('Care and support plan'));
    for (const [name, card] of [
      ['insight', insight],
      ['plan', plan],
    ] as const) {
      expect(card, name).toBeDefined();
      expect(adaptiveCardProblems(card), name).toEqual([]);
      const json = JSON.stringify(card);
      expect(json, name).toContain('Confirmed safeguarding concern');
      expect(json, name).toContain('Domestic abuse / coercive control');
    }
    // The concern blocks never repeat the quote. (Both cards already show the worries answer
    // verbatim elsewhere, as the drafter and insight always have.)
    const planBody = (plan as { body: Array<Record<string, unknown>> }).body;
    expect(JSON.stringify(planBody[1])).toContain('Confirmed safeguarding concern');
    expect(JSON.stringify(planBody[1])).not.toContain(DISCLOSURE);
    expect(JSON.stringify(insight)).toContain('referred to IDVA with consent');
    expect(JSON.stringify(plan)).toContain('leave this out when you share the plan');
    expect(JSON.stringify(plan)).not.toContain('referred to IDVA');
    // The concern block sits above everything else on the insight card, after its title lines.
    const body = (insight as { body: Array<Record<string, unknown>> }).body;
    expect(JSON.stringify(body[2])).toContain('Confirmed safeguarding concern');
    expect(JSON.stringify(body[2])).not.toContain(DISCLOSURE);
  });
});
