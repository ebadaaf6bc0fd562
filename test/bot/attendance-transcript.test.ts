import { afterEach, describe, expect, it } from 'vitest';
import { londonDate, addDays } from '../../reminders/london-time';
import { attendanceFeature } from '../../service/features/attendance';
import { insightFeature } from '../../service/features/insight';
import { peopleFeature } from '../../service/features/people';
import { createPlanFeature, readStoredPlan } from '../../service/features/plan';
import { progressFeature } from '../../service/features/progress';
import { reviewFeature } from '../../service/features/review';
import { attendanceSlotSchema } from '../../store/documents/attendance';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { CARERS_LEEDS, OWNER, runDefaultAssessment } from '../call/helpers';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { DIRECTORY } from '../plans/fixtures';

// The fixture directory plus a carers' service in Leeds, so the plan can have a signpost too.
const INDEX = buildDirectoryIndex([...DIRECTORY, CARERS_LEEDS]);

/**
 * "Did they go?" through the real handler and turn service: first dates recorded against the
 * approved plan's referral and signpost; once a first date has passed, opening the person asks,
 * with Adaptive Card 1.5 buttons; a click and typed words both record; the plan and progress
 * cards show the answers. Bad input gets a clear message and changes nothing.
 */
let h: Harness;
afterEach(async () => h?.close());

const findSubmit = (card: Record<string, unknown>, title: string): Record<string, unknown> => {
  const found: Array<Record<string, unknown>> = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Submit' && o.title === title) found.push(o.data as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found[0]!;
};

async function stored(h: Harness) {
  const [a] = (await h.store.listAssessments({ owner: OWNER, status: 'completed' })).filter((x) => readStoredPlan(x).kind === 'ok');
  return a!;
}

describe('did they go? (transcript)', () => {
  it('asks after a first date has passed, and records per referral and signpost', async () => {
    h = await createHarness({
      features: [peopleFeature, insightFeature, createPlanFeature({ directory: { index: INDEX } }), reviewFeature, progressFeature, attendanceFeature],
    });
    await runDefaultAssessment(h, { fast: true });
    // A signpost found from chat, so the plan has both kinds of link.
    expect(texts(await h.say('find carers Leeds'))).toMatch(/^1\. Leeds Carers Centre — /m);
    expect(texts(await h.say('add signpost 1 to goal 2'))).toMatch(/Signpost added: Leeds Carers Centre/);
    await h.say('approve');
    const plan = readStoredPlan(await stored(h));
    if (plan.kind !== 'ok') throw new Error('no plan');
    expect(plan.plan.status).toBe('approved');
    expect(plan.plan.referrals.length).toBeGreaterThan(0);
    expect(plan.plan.signposts.length).toBeGreaterThan(0);
    const referral = plan.plan.referrals[0]!;
    const signpost = plan.plan.signposts[0]!;

    // Bad input: a clear message, nothing stored.
    expect(texts(await h.say('first date referral 1 31/02/2026'))).toMatch(/is not a date I can read/);
    expect(texts(await h.say('first date referral 9 01/12/2026'))).toMatch(/The plan has no referral 9/);
    expect((await stored(h)).features?.attendance).toBeUndefined();

    const past = addDays(londonDate(new Date().toISOString()), -3);
    const [y, m, d] = past.split('-');
    expect(texts(await h.say(`first date referral 1 ${d}/${m}/${y}`))).toContain(`First date for ${referral.name} (referral 1) recorded: ${past}`);
    await h.say(`first date signpost 1 ${past}`);

    // Opening the person asks, with buttons (Adaptive Card 1.5) and the typed words.
    const opened = await h.say('open *** 5919');
    const ask = cards(opened).find(
      (c) => JSON.stringify(c).includes('Did they go?') && JSON.stringify(c).includes('Action.Submit') && JSON.stringify(c).includes('"attendance"'),
    )!;
    expect(ask).toBeDefined();
    expect(adaptiveCardProblems(ask)).toEqual([]);
    expect(ask.version).toBe('1.5');
    expect(JSON.stringify(ask)).toContain(`first session ${past}`);
    expect(JSON.stringify(ask)).toContain('referral 1 did not');

    // The referral by button…
    const clicked = await h.click(findSubmit(ask, 'Attended'));
    expect(texts(clicked)).toContain(`${referral.name} (referral 1) — Attended`);
    // …the signpost by typed words.
    expect(texts(await h.say('signpost 1 did not'))).toContain(`${signpost.name} (signpost 1) — Did not attend`);
    // Nothing left to ask: a bare outcome word is not taken by attendance now (and goes to the engine as before).
    expect(texts(await h.say('did they go'))).toMatch(/No first date has passed without an answer/);

    const slot = attendanceSlotSchema.parse((await stored(h)).features?.attendance);
    expect(slot.entries.map((e) => [e.link, e.serviceId, e.firstDate, e.answers.map((a) => [a.outcome, a.by])])).toEqual([
      ['referral', referral.serviceId, past, [['attended', OWNER]]],
      ['signpost', signpost.serviceId, past, [['did_not_attend', OWNER]]],
    ]);

    // The plan card and the progress card show it.
    const planCard = JSON.stringify(cards(await h.say('plan')));
    expect(planCard).toContain(`First session ${past} · Did they go? Attended`);
    expect(planCard).toContain(`First session ${past} · Did they go? Did not attend`);
    const progress = cards(await h.say('progress'))[0]!;
    expect(adaptiveCardProblems(progress)).toEqual([]);
    expect(JSON.stringify(progress)).toContain('First sessions — did they go?');
    expect(JSON.stringify(progress)).toContain(`${past} · Did not attend`);

    // A "not yet" then a new date: asked again only after the new date.
    await h.say(`first date referral 1 ${addDays(past, 1)}`);
    expect(texts(await h.say('referral 1 not yet'))).toMatch(/Set a new date with `first date referral 1/);
    expect(h.transcript.filter((l) => l.startsWith('bot:')).join('\n')).not.toContain('9434765919');
    expect(h.logs.text).not.toMatch(/9434765919|5919/);
  });
});
