import { describe, expect, it } from 'vitest';
import { costFromDescription } from '../../plans/directory/cost';
import { ageAllows } from '../../plans/directory/eligibility';
import { importDirectoryText } from '../../plans/directory/import';
import { specificTopicsOf, topicsNamedIn } from '../../plans/directory/specific-topics';
import type { DirectoryService } from '../../plans/directory/model';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { placesForDirectory } from '../../plans/places/directory-places';
import { suggestionsForPlan } from '../../plans/plan-suggestions';
import { reachFor } from '../../plans/reach';
import { LOCAL_KM, planSearchFor } from '../../plans/resource-query';
import { judgeSuggestion } from '../../eval/plans/score-plan';
import type { Label, Person } from '../../eval/plans/data';
import { assessment, service } from './fixtures';

/**
 * Issue 15, round 5b: what the West Midlands set showed once it became a tuning set (RESULTS.md
 * §15) — "it has to be free" in the person's words, an age group that only grazes a youth
 * service's limit, hearing aids that excluded every venue not stating a loop, a city where the
 * plan crossed town for a service that met two needs, and a scorer that read one service area of
 * several. Invented places, records and people; not the evaluation data.
 */
describe('"it has to be free" is a cost barrier', () => {
  it.each(['it has to be free', 'It must be free, we are on one wage', 'nothing I have to pay for', 'only free things please'])('%s', (words) => {
    expect(reachFor([], words).costInWords).toBe(true);
  });
  it('"free on Tuesdays" or "feel free to ring" is not', () => {
    expect(reachFor([], 'I am free on Tuesdays').costInWords).toBeUndefined();
    expect(reachFor([], 'Feel free to ring me').costInWords).toBeUndefined();
  });
});

describe('an age group that only grazes a limit', () => {
  const limited = (minAge?: number, maxAge?: number) =>
    ({ ...(minAge !== undefined ? { minAge } : {}), ...(maxAge !== undefined ? { maxAge } : {}) }) as DirectoryService;
  it('a 16–25 service is not offered to someone "25 to 34" (one year of ten)', () => {
    expect(ageAllows(limited(16, 25), { ageMin: 25, ageMax: 34 })).toBe(false);
  });
  it('a group half inside stays (60+ for "55 to 64"); a group wholly inside stays; an exact age decides', () => {
    expect(ageAllows(limited(60), { ageMin: 55, ageMax: 64 })).toBe(true);
    expect(ageAllows(limited(16, 25), { ageMin: 18, ageMax: 24 })).toBe(true);
    expect(ageAllows(limited(16, 25), { ageMin: 25, ageMax: 25 })).toBe(true);
    expect(ageAllows(limited(16, 25), { ageMin: 26, ageMax: 26 })).toBe(false);
    expect(ageAllows(limited(), { ageMin: 25, ageMax: 34 })).toBe(true);
  });
});

// A small invented city, "Kettleby", and a town 30 km away.
const inTown = (s: DirectoryService, town: string, region: string): DirectoryService => ({
  ...s,
  locations: s.locations.map((l) => ({ ...l, town, region, postcode: 'KB1 1AA' })),
});
const BASE = { lat: 52.3, lon: -1.7 };
const NORTH_KM = (km: number) => BASE.lat + km / 111.2;
const DIR: DirectoryService[] = [
  inTown(
    service({ id: 'shed', name: 'Kettleby Woodwork Shed', description: 'Woodwork and tea.', needAreas: ['loneliness'], ...BASE }),
    'Kettleby',
    'Kettleshire',
  ),
  inTown(
    service({
      id: 'lunch',
      name: 'Kettleby Lunch Club',
      description: 'A hot lunch with company.',
      needAreas: ['loneliness'],
      lat: NORTH_KM(0.5),
      lon: BASE.lon,
      accessibility: { wheelchair: false, hearingLoop: true, notes: [] },
    }),
    'Kettleby',
    'Kettleshire',
  ),
  inTown(
    service({ id: 'walk', name: 'Kettleby Park Walk', description: 'A gentle walk.', needAreas: ['activity'], lat: NORTH_KM(1), lon: BASE.lon }),
    'Kettleby',
    'Kettleshire',
  ),
  inTown(
    service({ id: 'stretch', name: 'Kettleby Chair Exercise', description: 'Seated exercise.', needAreas: ['activity'], lat: NORTH_KM(1.5), lon: BASE.lon }),
    'Kettleby',
    'Kettleshire',
  ),
  // Across the city: meets both needs at once, 8 km away.
  inTown(
    service({
      id: 'far-both',
      name: 'Eastside Walk and Talk',
      description: 'A walk, then tea and a chat.',
      needAreas: ['activity', 'loneliness'],
      lat: NORTH_KM(8),
      lon: BASE.lon,
    }),
    'Kettleby',
    'Kettleshire',
  ),
  // A town 30 km away with one group: sparse.
  inTown(
    service({ id: 'far-town', name: 'Upton Friendship Group', description: 'Company and tea.', needAreas: ['loneliness'], lat: NORTH_KM(30), lon: BASE.lon }),
    'Upton',
    'Kettleshire',
  ),
];
const prepared = indexImportedDirectory(DIR);

const person = (answers: Record<string, unknown>) =>
  assessment('a-kettleby', {
    'screen.outcome': 'accept',
    'wmtm.matters_most': 'Getting out and about',
    'needs.areas': ['loneliness', 'activity'],
    'needs.barriers': [],
    'needs.area_home': 'Kettleby',
    'goal.1': 'meet people',
    ...(answers as Record<string, never>),
  });

describe('local first where the directory is dense', () => {
  it('every need has a service within 5 km: nothing across the city is offered, and the plan says so', () => {
    const { suggestions, searchArea } = suggestionsForPlan(prepared.index, person({}));
    const ids = suggestions.map((s) => s.service.id);
    expect(ids).toEqual(expect.arrayContaining(['shed', 'lunch', 'walk', 'stretch']));
    expect(ids).not.toContain('far-both');
    expect(searchArea.radiusKm).toBe(LOCAL_KM);
    expect(searchArea.summary).toMatch(/within 5 km/);
  });
  it('a need with nothing close keeps the barrier-based radius (a sparse place is not narrowed)', () => {
    const { suggestions, searchArea } = suggestionsForPlan(prepared.index, person({ 'needs.areas': ['loneliness', 'activity', 'money'] }));
    expect(searchArea.radiusKm).toBeGreaterThan(LOCAL_KM);
    expect(suggestions.map((s) => s.service.id)).toContain('far-both');
  });
  it('the search itself returns the narrowed radius and writes the sentence once (planSearchFor with the index)', () => {
    const places = placesForDirectory(prepared.index);
    const withIndex = planSearchFor(person({}), places, {}, prepared.index);
    expect(withIndex.query.maxDistanceKm).toBe(LOCAL_KM);
    expect(withIndex.area.radiusKm).toBe(LOCAL_KM);
    expect(withIndex.area.summary).toMatch(/^Searched in person within 5 km \(every need chosen has services this close\) of Kettleby/);
    // What the plan is given is exactly what the search returned.
    expect(suggestionsForPlan(prepared.index, person({})).searchArea).toEqual(withIndex.area);
    // Without the directory there is nothing to tell density by: the barrier-based radius stands.
    const alone = planSearchFor(person({}), places);
    expect(alone.query.maxDistanceKm).toBeGreaterThan(LOCAL_KM);
    expect(alone.area.summary).toMatch(/^Searched in person within 15 km of Kettleby/);
    expect(alone.area.summary).not.toMatch(/every need chosen/);
  });
  it('a person who cannot leave home is never narrowed (nothing in person is searched)', () => {
    const { query, area } = planSearchFor(
      person({ 'context.adjustments': 'Housebound since the fall.' }),
      placesForDirectory(prepared.index),
      {},
      prepared.index,
    );
    expect(query.remoteOnly).toBe(true);
    expect(area.radiusKm).toBe(0);
    expect(area.summary).toMatch(/^Home: Kettleby/);
  });
});

describe('hearing aids in the notes', () => {
  const query = (notes: string) => planSearchFor(person({ 'context.adjustments': notes }), placesForDirectory(prepared.index)).query;
  it('rank loop venues first but do not exclude venues whose record says nothing about a loop', () => {
    expect(query('Hearing aids, struggles on the phone.')).toMatchObject({ prefersHearingLoop: true });
    expect(query('Hearing aids, struggles on the phone.').requiresHearingLoop).toBeUndefined();
    const ids = suggestionsForPlan(prepared.index, person({ 'context.adjustments': 'Very deaf, hearing aids.' })).suggestions.map((s) => s.service.id);
    expect(ids).toEqual(expect.arrayContaining(['lunch', 'shed']));
  });
  it('a loop asked for is still a requirement', () => {
    expect(query('Needs a hearing loop at any venue.').requiresHearingLoop).toBe(true);
    expect(query('Keep me in the loop by text.').requiresHearingLoop).toBeUndefined();
  });
});

describe('the scorer reads every service area a record lists, and the set’s own area table', () => {
  const label: Label = {
    name: 'Two-county visits',
    needs: ['loneliness'],
    free: true,
    active: true,
    mode: 'home_visit',
    lat: null,
    lon: null,
    town: null,
    county: null,
    minAge: null,
    maxAge: null,
    area: 'Westshire',
    areas: ['Westshire', 'Eastshire'],
  };
  const site = (county: string, lat: number): Label => ({
    ...label,
    name: `${county} club`,
    mode: 'in_person',
    lat,
    lon: -2,
    town: county,
    county,
    area: null,
    areas: undefined,
  });
  const labels: Record<string, Label> = { visits: label, w: site('Westshire', 52), e: site('Eastshire', 53) };
  const p = {
    id: 'p',
    age: 70,
    area: 'x',
    needs: ['loneliness'],
    barriers: [],
    mattersMost: '',
    goals: [],
    truth: { lat: 53, lon: -2, place: 'x', maxTravelKm: 5, mustBeFree: false, remoteOk: true, avoidModes: [], expectSomething: [], mustNotSuggest: [] },
  } as Person;
  it('a person in the second area is covered', () => {
    expect(judgeSuggestion('visits', label.name, labels, p, 'Eastshire').inReach).toBe(true);
    expect(judgeSuggestion('visits', label.name, { ...labels, visits: { ...label, areas: undefined } }, p, 'Eastshire').inReach).toBe(false);
  });
  it('an ICB or region name covers the local authorities the set’s table lists', () => {
    const icb = { ...label, area: 'Kettle ICB', areas: undefined };
    expect(judgeSuggestion('visits', label.name, { ...labels, visits: icb }, p, 'Eastshire', { 'Kettle ICB': ['Eastshire'] }).inReach).toBe(true);
    expect(judgeSuggestion('visits', label.name, { ...labels, visits: icb }, p, 'Westshire', { 'Kettle ICB': ['Eastshire'] }).inReach).toBe(false);
  });
});

describe('a price only in the description', () => {
  it('"Classes from £12", "Drop-in £9.50", "Sessions £50" are paid; a small one is low', () => {
    expect(costFromDescription('Mat Pilates. Classes from £12.')).toBe('paid');
    expect(costFromDescription('Small-group exercise. Drop-in £9.50, block of six £51.')).toBe('paid');
    expect(costFromDescription('Private counselling. Sessions £50; a few reduced-fee places at £30.')).toBe('paid');
    expect(costFromDescription('Knit and chat. £2 a session.')).toBe('low');
  });
  it('money the person may get or owe is not a price; no figure is still "not stated"', () => {
    expect(costFromDescription('Help to claim grants from £500 and benefits worth £3,000.')).toBe('unknown');
    expect(costFromDescription('A friendly walking group.')).toBe('unknown');
  });
  it('the importer uses it only when the fee fields are silent', () => {
    const base = { id: 'x', name: 'Studio', status: 'active', description: 'Classes from £12.' };
    expect(importDirectoryText(JSON.stringify([base])).services[0]?.cost).toBe('paid');
    expect(importDirectoryText(JSON.stringify([{ ...base, fees: 'See description' }])).services[0]?.cost).toBe('paid');
    expect(importDirectoryText(JSON.stringify([{ ...base, fees: 'Free' }])).services[0]?.cost).toBe('free');
  });
});

describe('ME, the condition', () => {
  it('is named by "ME" in capitals, chronic fatigue or CFS — not by the word "me"', () => {
    expect(topicsNamedIn('talk to other people with ME')).toContain('fatigue');
    expect(topicsNamedIn('I have chronic fatigue')).toContain('fatigue');
    expect(topicsNamedIn('someone to talk to me')).not.toContain('fatigue');
  });
  it('an ME and fatigue group is for people who name it; a general group is not specific', () => {
    expect(specificTopicsOf('ME & Fatigue Support Online', [])).toContain('fatigue');
    expect(specificTopicsOf('Meet Me at the Café', [])).not.toContain('fatigue');
  });
});
