import { describe, expect, it } from 'vitest';
import { importDirectoryText } from '../../plans/directory/import';
import { matchResources } from '../../plans/directory/match';
import type { ResourceSuggestion } from '../../plans/directory/query';
import { mapNeedAreas } from '../../plans/directory/taxonomy-map';
import { specificTopicsOf, topicAllows, topicsNamedIn } from '../../plans/directory/specific-topics';
import { feeLast } from '../../plans/draft-plan';
import { assignResourcesToGoals, digitalGoal, needsForGoal } from '../../plans/goal-resources';
import { countyName, englishRegionNamed, englishRegionOfCounty } from '../../plans/places/counties';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { placesForDirectory } from '../../plans/places/directory-places';
import { planSearchFor } from '../../plans/resource-query';
import { drivesFreely, reachFor, walkingLimitKm } from '../../plans/reach';
import { assessment, service } from './fixtures';

/**
 * Issue 15, round 6: what the East Midlands set showed once it became a tuning set (RESULTS.md,
 * s15d) — county names written short ("Derbys"), a service for a whole region of England, a
 * district named after its county ("Derbyshire Dales"), a farmer who drives, "not on video", a
 * walking limit named after the place, a gambling group offered for drink, a deaf centre's group
 * kept from a man who is hard of hearing, "learn the tablet", and a £35 counsellor offered ahead of
 * free help. Invented places, records and people; not the evaluation data.
 */
describe('county names as addresses write them', () => {
  it('short forms are the county; other names are kept as given', () => {
    expect(countyName('Derbys')).toBe('Derbyshire');
    expect(countyName('Notts.')).toBe('Nottinghamshire');
    expect(countyName('W. Midlands')).toBe('West Midlands');
    expect(countyName(' Lincolnshire ')).toBe('Lincolnshire');
    expect(countyName('Kettleshire')).toBe('Kettleshire');
  });
  it('a county is in one region of England; a region is named however it is written', () => {
    expect(englishRegionOfCounty('Lincs')).toBe('East Midlands');
    expect(englishRegionOfCounty('Co. Durham')).toBe('North East');
    expect(englishRegionOfCounty('Highland')).toBeNull();
    expect(englishRegionNamed('the East Midlands')).toBe('East Midlands');
    expect(englishRegionNamed('Yorkshire & Humber')).toBe('Yorkshire and the Humber');
    expect(englishRegionNamed('Nottinghamshire')).toBeNull();
  });
});

// Invented towns at points in the East Midlands (so GeoNames puts them in England), with the
// counties their addresses name, imported through the real ORUK path.
const venue = (id: string, name: string, town: string, region: string | undefined, lat: number, lon: number, extra: object = {}) => ({
  id,
  name,
  description: 'A friendly group for a chat and a cuppa.',
  status: 'active',
  fees: 'Free',
  service_at_locations: [
    {
      location: {
        latitude: lat,
        longitude: lon,
        addresses: [{ address_1: '1 High Street', city: town, postal_code: 'DE4 3AA', ...(region ? { region } : {}) }],
      },
    },
  ],
  ...extra,
});
const remote = (id: string, name: string, area: string, description: string) => ({
  id,
  name,
  description,
  status: 'active',
  fees: 'Free',
  schedules: [{ attending_type: 'By telephone' }],
  service_areas: [{ name: area }],
});
const RECORDS = [
  venue('dale-1', 'Dalebridge Friendship Group', 'Dalebridge', 'Derbys', 53.14, -1.55),
  venue('dale-2', 'Dalebridge Lunch Club', 'Dalebridge', 'Derbyshire', 53.141, -1.551),
  venue('dale-3', 'Dalebridge Walk and Talk', 'Dalebridge', 'Derbys', 53.142, -1.552),
  venue('crook-1', 'Crookton Social Club', 'Crookton', 'Derbyshire', 53.4, -1.42),
  // Limited to the Dales district: its only venue is in Dalebridge.
  venue('dales-advice', 'Dales Money Advice', 'Dalebridge', 'Derbys', 53.1405, -1.5505, { service_areas: [{ name: 'Derbyshire Dales' }] }),
  remote('county-line', 'Derbyshire Friendship Line', 'Derbyshire', 'A weekly friendly phone call for lonely people.'),
  remote('dales-line', 'Dales Friendship Calls', 'Derbyshire Dales', 'A weekly friendly phone call for lonely people.'),
  remote('region-line', 'Midlands Friendship Calls', 'East Midlands', 'A weekly friendly phone call for lonely people.'),
  remote('other-region', 'Southern Friendship Calls', 'South West', 'A weekly friendly phone call for lonely people.'),
  remote('icb-line', 'Talk It Through', 'NHS Derby and Derbyshire ICB', 'A weekly friendly phone call for lonely people.'),
];
const { index } = indexImportedDirectory(importDirectoryText(JSON.stringify(RECORDS)).services);
// Every service the matcher may offer the person (not only the few a plan takes).
const found = (town: string) => {
  const a = assessment('a-r6', {
    'screen.outcome': 'accept',
    'wmtm.matters_most': 'Someone to talk to',
    'needs.areas': ['loneliness'],
    'needs.barriers': [],
    'needs.area_home': town,
    'goal.1': 'someone to chat to',
  });
  return matchResources(index, planSearchFor(a, placesForDirectory(index), {}, index).query, 50).map((s) => s.service.id);
};

describe('service areas as a link worker reads them', () => {
  it('"Derbys" in the addresses is Derbyshire: the county line, its ICB and the region are offered', () => {
    const ids = found('Dalebridge');
    expect(ids).toEqual(expect.arrayContaining(['county-line', 'icb-line', 'region-line']));
    expect(ids).not.toContain('other-region');
  });
  // An area the map cannot name is still placed by its own venues (within 20 km of them covers):
  // the name alone no longer says "the whole of Derbyshire".
  it('"Derbyshire Dales" is another district, not the whole county: not offered in Crookton, 30 km away', () => {
    expect(found('Dalebridge')).toContain('dales-line');
    const crookton = found('Crookton');
    expect(crookton).toEqual(expect.arrayContaining(['county-line', 'region-line']));
    expect(crookton).not.toContain('dales-line');
  });
});

describe('how far the person can get, in their words', () => {
  it('a driver: the transport barrier does not narrow the search, and the plan says why', () => {
    const r = reachFor(['transport'], 'Drives; the market every week, and the next town is fine.');
    expect(r.radiusKm).toBe(15);
    expect(r.drives).toBe(true);
    expect(reachFor(['transport'], 'No car.').radiusKm).toBe(5);
  });
  it.each([
    'Does not drive any more.',
    'Gave up driving last year.',
    'Drives short distances in daylight.',
    'Drives, but watching the petrol; up to about 5 km.',
  ])('not a free driver: %s', (words) => {
    expect(drivesFreely(words)).toBe(false);
  });
  it('"on the phone but not on video" rules out online services', () => {
    expect(reachFor([], 'Will go on the phone but not on video.').noOnline).toBe(true);
    expect(reachFor([], 'Happy with video calls.').noOnline).toBeUndefined();
  });
  it('a walking limit named after the place ("walks into town, about a mile")', () => {
    expect(walkingLimitKm('Walks into Loughborough town centre, about a mile.')).toBe(1.6);
  });
});

describe('what a service is for', () => {
  it('a gambling recovery group is for gambling, not for someone in recovery from drink', () => {
    const topics = specificTopicsOf('Online Gambling Recovery Group', ['Substance misuse and gambling harm support']);
    expect(topics).toEqual(['gambling']);
    expect(topicAllows(topics, topicsNamedIn('keep going to a recovery group'))).toBe(false);
    expect(topicAllows(topics, topicsNamedIn('talk to someone about the betting'))).toBe(true);
    // A drink service named for drink keeps its combined category's reading.
    expect(specificTopicsOf('Recovery Cafe', ['Substance misuse and gambling harm support'])).toContain('alcohol_drugs');
  });
  it('a deaf centre’s group is for someone hard of hearing, signing or not', () => {
    expect(topicAllows(['language:bsl'], topicsNamedIn('Very hard of hearing.'))).toBe(true);
    expect(topicAllows(['language:bsl'], topicsNamedIn('not the telephone, I cannot hear it'))).toBe(true);
    expect(topicAllows(['language:bsl'], topicsNamedIn('Likes a sing-song.'))).toBe(false);
  });
  it('a condition named in a goal is a health need; a "Heading: sub-term" category is read by its parts', () => {
    expect(needsForGoal('meet people who get fibro')).toEqual(expect.arrayContaining(['loneliness', 'physical_health']));
    // As the importer calls it: the terms, and the name, terms and description as free text.
    const term = 'Living with a Health Condition: Support groups for health conditions';
    expect(mapNeedAreas([term], `Breathe Easy ${term} Monthly support group`, 'Breathe Easy').needAreas).toContain('physical_health');
    expect(mapNeedAreas([], 'Farmers Breakfast. Come for the bacon, stay for the chat.').needAreas).toContain('loneliness');
    // "Mental health conditions" is not a physical one (the ORUK reference counselling record).
    expect(mapNeedAreas([], 'Counselling for people with mental health conditions such as anxiety.').needAreas).not.toContain('physical_health');
  });
});

const suggestion = (s: Parameters<typeof service>[0], mode: ResourceSuggestion['mode'] = 'in_person'): ResourceSuggestion => ({
  service: service(s),
  score: 1,
  reasons: [],
  respectsBarriers: [],
  mode,
});

describe('which service serves which goal', () => {
  const shed = suggestion({ id: 'shed', name: 'Men in Sheds', description: 'Woodwork and company.', needAreas: ['loneliness', 'mental_wellbeing'] });
  const dropIn = suggestion({
    id: 'digital',
    name: 'Library Digital Drop-in',
    description: 'Help with tablets, phones and email.',
    needAreas: ['work_volunteering'],
  });
  const onlineCourse = suggestion(
    { id: 'online', name: 'Online Digital Skills', description: 'An online course: digital skills.', needAreas: ['work_volunteering'] },
    'online',
  );
  it('"learn the tablet" gets the digital drop-in, never the men’s shed, and never an online course', () => {
    expect(digitalGoal('learn the tablet')).toBe(true);
    expect(digitalGoal('a bus to town')).toBe(false);
    expect(assignResourcesToGoals(['learn the tablet'], [shed, dropIn], ['loneliness'])[0]?.service.id).toBe('digital');
    expect(assignResourcesToGoals(['learn the tablet'], [shed, onlineCourse], ['loneliness'])[0]).toBeNull();
  });
  it('a goal naming what a service is for chooses before a broad one', () => {
    const farmLine = suggestion(
      {
        id: 'farm',
        name: 'Rural Support Line',
        description: 'For farmers: stress and paperwork.',
        needAreas: ['money', 'mental_wellbeing'],
        specificTo: ['farming'],
      },
      'phone',
    );
    const debtLine = suggestion({ id: 'debt', name: 'Debt Line', description: 'Free debt advice.', needAreas: ['money'] }, 'phone');
    const [farming, money] = assignResourcesToGoals(
      ['somebody who understands farming to talk to', 'sort the money out'],
      [farmLine, debtLine],
      ['money', 'mental_wellbeing'],
    );
    expect(farming?.service.id).toBe('farm');
    expect(money?.service.id).toBe('debt');
  });
  it('"sing" is what a choir does, though the words differ', () => {
    const choir = suggestion({ id: 'choir', name: 'Community Choir', description: 'Friendly choir, no auditions.', needAreas: ['loneliness'] });
    expect(assignResourcesToGoals(['sing or do something with other people'], [shed, choir], ['loneliness'])[0]?.service.id).toBe('choir');
  });
  it('signposts and extras take a stated fee last, in the matcher’s order otherwise', () => {
    const paid = suggestion({ id: 'paid', name: 'Private Counselling', description: '£35 a session.', needAreas: ['mental_wellbeing'], cost: 'paid' });
    const low = suggestion({ id: 'low', name: 'Swim', description: '£2.', needAreas: ['activity'], cost: 'low' });
    const free = suggestion({ id: 'free', name: 'Talking Therapies', description: 'NHS.', needAreas: ['mental_wellbeing'] });
    expect(feeLast([paid, low, free]).map((s) => s.service.id)).toEqual(['low', 'free', 'paid']);
  });
});
