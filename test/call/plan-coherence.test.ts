import { afterEach, describe, expect, it } from 'vitest';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import type { Plan } from '../../plans/model';
import { serviceOf } from '../../plans/plan-links';
import { readStoredPlan } from '../../service/features/plan';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { DIRECTORY, service } from '../plans/fixtures';
import { CARERS_LEEDS, callHarness, runDefaultAssessment, exportText } from './helpers';

let h: Harness;
afterEach(async () => h?.close());

// The fixture directory plus two carers' services, one in Leeds and one in Bath (far away).
const INDEX = buildDirectoryIndex([
  ...DIRECTORY,
  CARERS_LEEDS,
  service({
    id: 'carers-bath',
    name: 'Bath Carers Centre',
    description: 'Carers support group and advice for people caring for someone.',
    needAreas: ['caring'],
    taxonomyTerms: ['carers support'],
    lat: 51.381,
    lon: -2.359,
    venue: 'Bath Guildhall',
    postcode: 'BA1 5AW',
  }),
]);

async function plan(h: Harness): Promise<Plan> {
  const [a] = await h.store.listAssessments({ owner: 'aad-lw-1', status: 'completed' });
  const p = readStoredPlan(a!);
  if (p.kind !== 'ok') throw new Error('no plan');
  return p.plan;
}

/** The invariants every edit must keep. */
function expectCoherent(p: Plan): void {
  const links = [...p.referrals, ...p.signposts];
  const used = new Set(p.goals.flatMap((g) => g.actions.map((a) => serviceOf(a, links)?.serviceId)).filter(Boolean));
  // Nothing listed (so nothing exported) that no action uses, and every service an action names is listed.
  for (const l of links) expect(used.has(l.serviceId), `${l.name} is used`).toBe(true);
  for (const id of used) expect(links.some((l) => l.serviceId === id)).toBe(true);
  for (const g of p.goals)
    for (const a of g.actions)
      if (a.who.kind === 'service') expect(p.referrals.some((r) => r.serviceId === (a.who as { serviceId: string }).serviceId)).toBe(true);
  const names = ['Meanwood Community Allotment', 'Leeds Bereavement Circle', 'Leeds Money Advice Line', 'Leeds Carers Centre', 'Bath Carers Centre'];
  for (const b of p.barriers)
    for (const n of names)
      if (b.howAddressed.includes(n))
        expect(
          links.some((l) => l.name === n),
          `barrier line names ${n}`,
        ).toBe(true);
  const actions = p.goals.reduce((k, g) => k + g.actions.length, 0);
  expect(p.narrative).toContain(
    `${actions} action${actions === 1 ? '' : 's'}, ${p.referrals.length} referral${p.referrals.length === 1 ? '' : 's'} and ${p.signposts.length} signpost${p.signposts.length === 1 ? '' : 's'}`,
  );
}

const counts = (p: Plan) => {
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return `${n(p.goals.length, 'goal')} · ${n(
    p.goals.reduce((k, g) => k + g.actions.length, 0),
    'action',
  )} · ${n(p.referrals.length, 'referral')} · ${n(p.signposts.length, 'signpost')}`;
};

describe('a coherent plan under every edit (transcript)', () => {
  it('rewording, removing, finding and linking services keeps action, service, links, barriers, intention and counts consistent', async () => {
    h = await callHarness(INDEX);
    await runDefaultAssessment(h, { fast: true });
    let p = await plan(h);
    expectCoherent(p);

    // Reworded away from the service: who, support, strategies and the intention follow.
    let r = await h.say('edit action 3.2 Phone Citizens Advice about the bills with my sister');
    expect(texts(r)).toMatch(
      /Action 3\.2 changed from “Make the first call to Leeds Money Advice Line.*intention rewritten to match \(rating cleared\) \(plan version 2\)/,
    );
    p = await plan(h);
    const a32 = p.goals[2]!.actions[1]!;
    expect(a32).toMatchObject({
      who: { kind: 'person' },
      supportedFirstAttendance: false,
      intention: { statement: 'I intend to phone Citizens Advice about the bills with my sister in the next two weeks.', rating: null },
    });
    expect(a32.strategies.join(' ')).not.toMatch(/Link worker arranges the first contact/);
    expectCoherent(p);
    // Only the changed goal is shown after an edit.
    const change = cards(r).find((c) => JSON.stringify(c).includes('what changed'))!;
    expect(adaptiveCardProblems(change)).toEqual([]);
    expect(JSON.stringify(change)).toContain('**Goal 3:**');
    expect(JSON.stringify(change)).not.toContain('**Goal 1:**');
    expect(JSON.stringify(change)).not.toContain('Strengths');
    expect(JSON.stringify(change)).toContain(`Now: ${counts(p)}.`);

    // The last action using the money line goes, so does its referral — and the change says so.
    r = await h.say('remove action 3.1');
    expect(texts(r)).toMatch(/no action uses Leeds Money Advice Line any more, so its referral was removed/);
    p = await plan(h);
    expect(p.referrals.map((x) => x.name)).toEqual(['Meanwood Community Allotment', 'Leeds Bereavement Circle']);
    expectCoherent(p);

    r = await h.say('remove referral 2');
    expect(texts(r)).toMatch(/Referral 2 removed \(Leeds Bereavement Circle\), with action 2\.1 that used it/);
    p = await plan(h);
    expect(p.goals[1]!.actions).toHaveLength(0);
    expectCoherent(p);
    expect(texts(await h.say('remove referral 5'))).toMatch(/There is no referral 5 \(the plan has 1\)\. Nothing was changed\./);

    // A service found from chat, through the directory matcher.
    r = await h.say('find carers Leeds');
    expect(texts(r)).toMatch(/^1\. Leeds Carers Centre — /m);
    r = await h.say('add signpost 1 to goal 2');
    expect(texts(r)).toMatch(/Signpost added: Leeds Carers Centre, with action 2\.1 to use it/);
    p = await plan(h);
    expect(p.signposts.map((s) => s.serviceId)).toEqual(['carers-leeds']);
    expect(p.goals[1]!.actions[0]).toMatchObject({
      who: { kind: 'person' },
      intention: { statement: 'I intend to contact Leeds Carers Centre in the next two weeks.' },
    });
    expectCoherent(p);

    r = await h.say('find carers Bath');
    const found = texts(r);
    expect(found).toMatch(/Bath Carers Centre/);
    const bath = Number(/^(\d)\. Bath Carers Centre/m.exec(found)![1]);
    r = await h.say(`link 1.2 to ${bath}`);
    expect(texts(r)).toMatch(/Action 1\.2 now uses Bath Carers Centre \(referral\) instead of Meanwood Community Allotment/);
    p = await plan(h);
    expect(p.goals[0]!.actions[1]).toMatchObject({
      who: { kind: 'service', serviceId: 'carers-bath' },
      supportedFirstAttendance: true,
      when: 'In the next two weeks',
    });
    expect(p.goals[0]!.actions[1]!.intention.statement).toBe('I intend to go to Bath Carers Centre with my link worker in the next two weeks.');
    // The allotment is still used by action 1.1, so it stays.
    expect(p.referrals.map((x) => x.name)).toEqual(['Meanwood Community Allotment', 'Bath Carers Centre']);
    expectCoherent(p);

    // `plan` shows it all, with the counts recounted.
    r = await h.say('plan');
    const full = cards(r).find((c) => JSON.stringify(c).includes('Care and support plan'))!;
    expect(JSON.stringify(full)).toContain('Strengths');
    expect(JSON.stringify(full)).toContain(counts(p));
    expect(texts(r)).toMatch(new RegExp(`${p.goals.length} goal\\(s\\), 4 action\\(s\\), 2 referral\\(s\\), 1 signpost\\(s\\)`));

    // Nothing exported that no action uses.
    await h.say('approve');
    r = await exportText(h);
    const exported = JSON.stringify(r);
    expect(exported).toContain('Leeds Carers Centre');
    expect(exported).not.toContain('Leeds Money Advice Line');
    expect(exported).not.toContain('Leeds Bereavement Circle');
  });
});
