import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { insightFeature } from '../../service/features/insight';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { TYPED_ANSWERS, typedAnswerFor } from '../helpers/default-answers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

async function completeAssessment(h: Harness, overrides: Record<string, string> = {}, again = false) {
  // Issue 18: `start` for someone already known offers review or resume; `start new` begins anew.
  await h.say(again ? 'start new 9434765919' : 'start 9434765919');
  for (let i = 0; i < 120; i++) {
    const mine = await h.store.listAssessments({ owner: 'aad-lw-1', status: 'active' });
    const cursor = mine[0]?.cursor;
    if (!cursor) break;
    await h.say(overrides[cursor] ?? typedAnswerFor(script.byId.get(cursor)!));
  }
  return h.say('confirm');
}

describe('transcript: insight card', () => {
  it('appears when the assessment completes, validates as 1.5 and quotes what matters verbatim with sources', async () => {
    h = await createHarness({ features: [insightFeature] });
    const r = await completeAssessment(h);
    expect(texts(r)).toMatch(/Assessment complete/);
    const insight = cards(r).find((c) => JSON.stringify(c).includes('Multidimensional Health Locus of Control'));
    expect(insight).toBeDefined();
    expect(adaptiveCardProblems(insight)).toEqual([]);
    const json = JSON.stringify(insight);
    expect(json).toContain(TYPED_ANSWERS['wmtm.matters_most']!);
    expect(json).toContain('Wallston');
    expect(json).toContain('Office for National Statistics');
    expect(json).toContain('Hughes');
    // goal 1: importance 9, confidence 4 → a motivational-interviewing prompt with those numbers.
    expect(json).toContain('What would it take to move from 4 to 5?');
    expect(json).not.toMatch(/why not 10/i);
  });

  it('is available on `summary` part-way, and shows change since the last assessment', async () => {
    h = await createHarness({ features: [insightFeature] });
    await completeAssessment(h);
    const second = await completeAssessment(h, { 'ons4.anxiety': '3', 'ons4.life_satisfaction': '7' }, true);
    const card = cards(second).find((c) => JSON.stringify(c).includes('Wellbeing'));
    expect(JSON.stringify(card)).toMatch(/improved/);
    const mid = await h.say('summary');
    expect(texts(mid)).toMatch(/Insight for \*\*\* \*\*\* 5919/);
  });
});
