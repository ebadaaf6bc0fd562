import { afterEach, describe, expect, it } from 'vitest';
import { reviewLinkOf } from '../../reports/review-link';
import { getApprovedPlan, readStoredPlan } from '../../service/features/plan';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { REVIEW_ANSWERS } from '../helpers/default-answers';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { callHarness, current, OWNER, runDefaultAssessment, exportText } from './helpers';

let h: Harness;
afterEach(async () => h?.close());

const UK_TIME = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d (GMT|BST)/;

async function approvedBaseline(h: Harness) {
  await runDefaultAssessment(h, { fast: true });
  await h.say('edit goal 1 get back to my allotment by the spring');
  return h.say('approve');
}

describe('people, not ids (display names and UK time)', () => {
  it('approvals and the change log show the Teams display name and Europe/London time, never the object id', async () => {
    h = await callHarness();
    const r = await approvedBaseline(h);
    const shown = JSON.stringify(cards(r)) + texts(r);
    expect(shown).toMatch(new RegExp(`APPROVED by Link Worker on ${UK_TIME.source}`));
    expect(shown).toMatch(new RegExp(`last: ${UK_TIME.source} — Link Worker: Approved version 2`));
    expect(shown).not.toContain('aad-lw-1');
    expect(shown).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    // The record keeps the attributable id beside the name.
    const [a] = await h.store.listAssessments({ owner: OWNER, status: 'completed' });
    expect(getApprovedPlan(a!)).toMatchObject({ approvedBy: 'aad-lw-1', approvedByName: 'Link Worker' });
  });
});

describe('review builds on the agreed plan', () => {
  it('the review plan starts from the approved one with each goal’s status; the approved plan stays exportable', async () => {
    h = await callHarness();
    await approvedBaseline(h);
    await h.say('review');
    for (let i = 0; i < 40; i++) {
      const s = await current(h);
      if (!s?.cursor) break;
      await h.say(REVIEW_ANSWERS[s.cursor] ?? '1');
    }
    const done = await h.say('confirm');
    expect(texts(done)).toMatch(/The plan carries on from the agreed plan, with each goal's progress from this review/);
    const planCard = cards(done).find((c) => JSON.stringify(c).includes('Care and support plan'))!;
    expect(adaptiveCardProblems(planCard)).toEqual([]);
    expect(JSON.stringify(planCard)).toContain('At review: partly achieved');

    const all = await h.store.listAssessments({ owner: OWNER, status: 'completed' });
    const review = all.find((a) => reviewLinkOf(a))!;
    const baseline = all.find((a) => !reviewLinkOf(a))!;
    const approved = getApprovedPlan(baseline)!;
    const next = readStoredPlan(review);
    if (next.kind !== 'ok') throw new Error('no review plan');
    expect(next.plan).toMatchObject({ status: 'draft', version: 1, basedOn: { assessmentId: baseline.id, planId: approved.id, version: approved.version } });
    expect(next.plan.goals.map((g) => [g.text, g.progress])).toEqual([
      ['get back to my allotment by the spring', 'partly'],
      ['join a bereavement group', 'achieved'],
      ['sort out my money', 'no_longer_relevant'],
    ]);
    expect(next.plan.goals.map((g) => g.actions.map((a) => a.status))).toEqual([
      ['in_progress', 'in_progress'],
      ['done'],
      ['no_longer_needed', 'no_longer_needed'],
    ]);
    expect(next.plan.goals.map((g) => g.actions.map((a) => a.what))).toEqual(approved.goals.map((g) => g.actions.map((a) => a.what)));
    expect(next.plan.edits[0]!.change).toMatch(/^Started from the approved plan version 2 \(approved by Link Worker on /);

    // The earlier approved plan is untouched and still exportable.
    expect(baseline.features?.plan).toEqual(approved);
    const people = texts(await h.say('people'));
    expect(people).toMatch(/^1\. \*\*\* \*\*\* 5919$/m);
    expect(people).toMatch(/^ {3}1\.1 assessment, completed .* · plan approved v2$/m);
    expect(people).toMatch(/^ {3}1\.2 review, completed .* · plan draft v1 \(open now\)$/m);
    const opened = await h.say('open 1.1');
    expect(texts(opened)).toMatch(/The plan is approved: `export` gives the GP summary/);
    const exported = await exportText(h);
    expect(JSON.stringify(exported)).toContain('get back to my allotment by the spring');
    expect(texts(exported)).not.toMatch(/not approved|approve it first/i);
  });
});

describe('moving between people', () => {
  it('`help` lists what can be done now; `start` for a known person says so; `open *** 5919` reopens insight, plan and exports', async () => {
    h = await callHarness();
    expect(texts(await h.say('help'))).toMatch(/Nothing is open\. You can:\n• `people`/);
    await approvedBaseline(h);
    const help = texts(await h.say('help'));
    expect(help).toMatch(/The assessment for \*\*\* \*\*\* 5919 is completed\. You can:/);
    expect(help).toMatch(/`plan` — the plan \(version 2, approved\)/);
    expect(help).toMatch(/`export` — GP summary, letter and FHIR bundle of the approved plan/);
    expect(help).toMatch(/`review` or `discharge`/);
    expect(help).toMatch(/`people`/);

    const before = (await h.store.listAssessments({ owner: OWNER })).length;
    const known = texts(await h.say('start 943 476 5919'));
    expect(known).toMatch(/You already know \*\*\* \*\*\* 5919: 1\.1 assessment, completed .* · plan approved v2\./);
    expect(known).toMatch(/`open 1` to see their insight, plan and exports, then `review` for a progress review/);
    expect((await h.store.listAssessments({ owner: OWNER })).length).toBe(before);

    // Another person in between, then back.
    await h.say('start SP-2041');
    await h.say('Low since the winter');
    const unfinished = texts(await h.say('start SP-2041'));
    expect(unfinished).toMatch(/`resume` to carry on the one open here/);
    const opened = await h.say('open *** 5919');
    expect(texts(opened)).toMatch(/Opened \*\*\* \*\*\* 5919: assessment, completed/);
    const json = JSON.stringify(cards(opened));
    expect(json).toContain('Multidimensional Health Locus of Control');
    expect(json).toContain('Care and support plan');
    for (const c of cards(opened)) expect(adaptiveCardProblems(c)).toEqual([]);
    expect(JSON.stringify(await exportText(h))).toContain('get back to my allotment by the spring');
    expect(texts(await h.say('open 7'))).toMatch(/There is no person 7 in your list/);

    // `start new` begins a full new assessment anyway.
    const fresh = await h.say('start new 9434765919');
    expect(texts(fresh)).toMatch(/New assessment for \*\*\* \*\*\* 5919/);
  });
});
