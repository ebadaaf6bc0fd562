import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { reviewLinkOf } from '../../reports/review-link';
import { progressFeature } from '../../service/features/progress';
import { reviewFeature } from '../../service/features/review';
import { sessionsFeature } from '../../service/features/sessions';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { REVIEW_ANSWERS, typedAnswerFor } from '../helpers/default-answers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

/** Answers whatever the current question is until the assessment reaches its review list. */
async function answerAll(h: Harness, answers: Record<string, string>, fallback: (id: string) => string) {
  for (let i = 0; i < 120; i++) {
    const active = (await h.store.listAssessments({ owner: 'aad-lw-1', status: 'active' }))[0];
    if (!active?.cursor) return;
    await h.say(answers[active.cursor] ?? fallback(active.cursor));
  }
  throw new Error('assessment did not finish');
}

async function baseline(h: Harness, again = false) {
  // Issue 18: `start` for someone already known offers review or resume; `start new` begins anew.
  await h.say(again ? 'start new 9434765919' : 'start 9434765919');
  await answerAll(h, {}, (id) => typedAnswerFor(script.byId.get(id)!));
  return h.say('confirm');
}

describe('transcript: review and progress card', () => {
  it('baseline → review (ONS4, UCLA-3, goals only) → progress card with change in words', async () => {
    h = await createHarness({ features: [reviewFeature, progressFeature, sessionsFeature] });
    await baseline(h);
    await h.say('session phone 30 first visit to the allotment');

    const start = await h.say('review');
    // The first question of the review, not the full assessment's screening.
    expect(texts(start)).toMatch(/Progress review for \*\*\* \*\*\* 5919/);
    expect(texts(start)).toMatch(/happy to look at how things have gone/);

    const asked: string[] = [];
    for (let i = 0; i < 40; i++) {
      const active = (await h.store.listAssessments({ owner: 'aad-lw-1', status: 'active' }))[0];
      if (!active?.cursor) break;
      asked.push(active.cursor);
      const r = await h.say(REVIEW_ANSWERS[active.cursor] ?? '1');
      if (active.cursor === 'ucla3.direct') expect(texts(r)).toMatch(/How has it gone with “get back to my allotment”/);
    }
    // Only the outcome measures and goal progress: nothing from screening, needs, MHLC or HBM.
    expect(asked).toEqual([
      'review.consent',
      'ons4.life_satisfaction',
      'ons4.worthwhile',
      'ons4.happiness',
      'ons4.anxiety',
      'ucla3.companionship',
      'ucla3.left_out',
      'ucla3.isolated',
      'ucla3.direct',
      'goal.1.progress',
      'goal.1.confidence',
      'goal.2.progress',
      'goal.2.confidence',
      'goal.3.progress',
      'risk.status',
    ]);

    const done = await h.say('confirm');
    expect(texts(done)).toMatch(/Assessment complete/);
    const card = cards(done).find((c) => JSON.stringify(c).includes('Progress since the first assessment'));
    expect(card).toBeDefined();
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    // Direction of change in words, from compareScores.
    expect(json).toContain('Life satisfaction: 4 (Low) to 7 (High), +3, improved');
    expect(json).toContain('Anxiety: 7 (High) to 3 (Low), -4, improved');
    expect(json).toContain('Worthwhile: 5 (Medium) to 5 (Medium), no change');
    expect(json).toContain('Loneliness (UCLA 3-item, 3–9): 8 to 4, -4, improved');
    expect(json).toContain('Partly achieved · confidence 4 to 7, +3, improved');
    expect(json).toContain('No longer relevant');
    expect(json).toContain('1 of 6');
    expect(json).toMatch(/"url":"data:image\/png;base64,iVBORw0KGgo/);
    // Teams refuses activities much over 28 KB: the card with its chart must fit.
    expect(json.length).toBeLessThan(28_000);

    // The review is its own assessment, linked to the unchanged baseline.
    const all = await h.store.listAssessments({ owner: 'aad-lw-1' });
    const review = all.find((a) => reviewLinkOf(a));
    const first = all.find((a) => !reviewLinkOf(a))!;
    expect(review?.status).toBe('completed');
    expect(reviewLinkOf(review!)).toMatchObject({ kind: 'review', baselineId: first.id, prefilled: ['goal.1', 'goal.2', 'goal.3'] });
    expect(review!.answers['goal.1']).toMatchObject({ value: 'get back to my allotment', activityId: `prefill:${first.id}` });
    expect(first.answers['ons4.anxiety']?.value).toBe(7);

    const again = await h.say('progress');
    expect(JSON.stringify(cards(again))).toContain('Anxiety: 7 (High) to 3 (Low), -4, improved');
  });

  it('`discharge` records the kind; `review` mid-assessment keeps its engine meaning; screened-out people have no review', async () => {
    h = await createHarness({ features: [reviewFeature, progressFeature] });
    await h.say('start 9434765919');
    const mid = await h.say('review');
    expect(texts(mid)).not.toMatch(/Progress review/);
    await answerAll(h, { 'screen.outcome': 'decline' }, (id) => typedAnswerFor(script.byId.get(id)!));
    await h.say('confirm');
    expect(texts(await h.say('discharge'))).toMatch(/ended at screening/);

    await baseline(h, true);
    const d = await h.say('discharge');
    expect(texts(d)).toMatch(/Discharge review/);
    const review = (await h.store.listAssessments({ owner: 'aad-lw-1', status: 'active' }))[0]!;
    expect(reviewLinkOf(review)?.kind).toBe('discharge');
    const progress = await h.say('progress');
    expect(texts(progress)).toMatch(/no review yet/);
  });
});
