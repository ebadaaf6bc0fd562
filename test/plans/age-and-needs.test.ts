import { describe, expect, it } from 'vitest';
import { ageBandOf, ageBandValueFor } from '../../plans/age-band';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources, scanResources } from '../../plans/directory/match';
import type { MatchQuery } from '../../plans/directory/query';
import { mapNeedAreas, needsForTerm } from '../../plans/directory/taxonomy-map';
import { assignResourcesToGoals, namedInLightOfChosen, needsForGoal } from '../../plans/goal-resources';
import { readPlanFacts } from '../../plans/plan-input';
import { reachFor } from '../../plans/reach';
import { planSearchFor } from '../../plans/resource-query';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { completedState } from '../helpers/assessment-state';
import { service } from './fixtures';

/** Issue 15, round 3: services' age limits, goal words read in light of the chosen needs, local vocabularies. */
const here = { lat: 53.8, lon: -1.55 };
const near = { lat: 53.801, lon: -1.551 };
const DIR = [
  service({
    id: 'youth',
    name: 'Youth Art Studio',
    description: 'Drawing and painting for young people.',
    needAreas: ['mental_wellbeing'],
    minAge: 13,
    maxAge: 19,
    ...near,
  }),
  service({ id: 'adults', name: 'Adult Wellbeing Group', description: 'A wellbeing group.', needAreas: ['mental_wellbeing'], minAge: 18, ...near }),
  service({ id: 'over60', name: 'Over-60s Wellbeing Circle', description: 'A wellbeing circle.', needAreas: ['mental_wellbeing'], minAge: 60, ...near }),
  service({ id: 'anyone', name: 'Open Wellbeing Cafe', description: 'A wellbeing cafe for anyone.', needAreas: ['mental_wellbeing'], ...near }),
];
const index = buildDirectoryIndex(DIR);
const q = (extra: Partial<MatchQuery>): MatchQuery => ({ needs: ['mental_wellbeing'], text: '', barriers: [], location: here, ...extra });
const ids = (query: MatchQuery) => matchResources(index, query, 10).map((s) => s.service.id);
const reasonsOf = (query: MatchQuery, id: string) => matchResources(index, query, 10).find((s) => s.service.id === id)?.reasons ?? [];

describe('age limits with the age group the person gave', () => {
  it('maps answers to bands and ages to answers', () => {
    expect(ageBandOf('age_25_34')).toEqual({ min: 25, max: 34, label: '25 to 34' });
    expect(ageBandOf('not_stated')).toBeNull();
    expect(ageBandOf(null)).toBeNull();
    expect(ageBandValueFor(16)).toBe('under_18');
    expect(ageBandValueFor(81)).toBe('age_75_84');
  });

  it('a group wholly outside a service’s limits excludes it; one that straddles a limit keeps it with a Check', () => {
    const teen = q({ ageBand: { min: 0, max: 17, label: 'under 18' } });
    expect(ids(teen)).not.toContain('adults');
    expect(ids(teen)).not.toContain('over60');
    expect(ids(teen)).toContain('youth');
    expect(reasonsOf(teen, 'youth')).toContain('Check: only for ages 13–19 (age group under 18)');
    const forties = q({ ageBand: { min: 35, max: 44, label: '35 to 44' } });
    expect(ids(forties)).toEqual(expect.arrayContaining(['adults', 'anyone']));
    expect(ids(forties)).not.toContain('youth');
    expect(reasonsOf(forties, 'adults').some((r) => r.includes('age'))).toBe(false);
    // The reference scan agrees (it is the oracle for the indexed matcher).
    for (const query of [teen, forties]) expect(matchResources(index, query, 10)).toEqual(scanResources(DIR, query, 10));
  });

  it('without an age, every age-limited service says so (an 18+ group might not take a 16-year-old)', () => {
    expect(reasonsOf(q({}), 'adults')).toContain('Check: only for age 18 and over (age not known)');
    expect(reasonsOf(q({}), 'anyone').some((r) => r.includes('age'))).toBe(false);
  });

  it('the plan’s search reads the About-you age group and says which age information it used', () => {
    const gaz = buildGazetteer([], DIR);
    const state = (band?: string) =>
      completedState('a1', { 'needs.areas': ['mental_wellbeing'], 'needs.area_home': 'Leeds', ...(band ? { 'about.age_band': band } : {}) });
    expect(readPlanFacts(state('age_18_24')).ageBand).toMatchObject({ min: 18, max: 24 });
    const withBand = planSearchFor(state('age_18_24'), gaz);
    expect(withBand.query.ageBand).toMatchObject({ label: '18 to 24' });
    expect(withBand.area.summary).toMatch(/Age limits checked against the age group 18 to 24/);
    expect(planSearchFor(state(), gaz).area.summary).toMatch(/Age not known: services with an age limit are marked “Check”/);
  });
});

describe('goal words read in light of the needs the person chose', () => {
  it('"the house" is where someone is, not a housing need; carers (plural) is caring', () => {
    expect(needsForGoal('get out of the house more than once a week')).toEqual(['loneliness']);
    expect(needsForGoal('talk to other carers')).toEqual(['caring']);
    expect(needsForGoal('fix the damp and the boiler')).toEqual(['housing']);
  });

  it('several named needs narrow to the chosen ones; none chosen keeps them all', () => {
    expect(namedInLightOfChosen(needsForGoal('sleep better'), ['caring', 'mental_wellbeing'])).toEqual(['mental_wellbeing']);
    expect(namedInLightOfChosen(needsForGoal('sort the arrears before the landlord does something'), ['money', 'work_volunteering'])).toEqual(['money']);
    expect(namedInLightOfChosen(needsForGoal('walk every day'), ['physical_health'])).toEqual(['activity']);
  });

  it('the drafter gives "sleep better" the wellbeing service, not the health-condition line', () => {
    const line = service({
      id: 'diabetes',
      name: 'Diabetes Support Line',
      description: 'Phone support for diabetes and sleep.',
      needAreas: ['physical_health'],
    });
    const calm = service({ id: 'calm', name: 'Calm Minds Course', description: 'A course on stress and sleep.', needAreas: ['mental_wellbeing'] });
    const suggestion = (s: typeof line) => ({ service: s, score: 50, reasons: [], respectsBarriers: [], mode: 'phone' as const });
    const [got] = assignResourcesToGoals(['sleep better'], [suggestion(line), suggestion(calm)], ['caring', 'mental_wellbeing']);
    expect(got?.service.id).toBe('calm');
  });
});

describe('phone use from the person’s words', () => {
  it('no calls but texts: phone services that also work by text stay; no phone at all: none', () => {
    expect(reachFor([], 'Deaf - phone calls are no good, but she texts her grandson.').phoneUse).toBe('text_only');
    expect(reachFor([], 'Phone calls are no good.').phoneUse).toBe('none');
  });
});

describe('one service per goal', () => {
  const sug = (id: string, name: string, description: string, needAreas: Parameters<typeof service>[0]['needAreas']) => ({
    service: service({ id, name, description, needAreas }),
    score: 50,
    reasons: [],
    respectsBarriers: [],
    mode: 'in_person' as const,
  });
  it('goals that name a need choose first, and a name match beats variety: the swim goes to "try swimming again"', () => {
    const swim = sug('swim', 'Over-60s Swim', 'Gentle lane swimming.', ['activity']);
    const walk = sug('walk', 'Walking for Health', 'Short walks with a leader.', ['activity']);
    const line = sug('line', 'Diabetes Support Line', 'Phone support about diet and diabetes.', ['physical_health']);
    const goals = ['understand what I should be eating', 'walk every day', 'try swimming again'];
    const got = assignResourcesToGoals(goals, [swim, walk, line], ['physical_health', 'activity']).map((s) => s?.service.id);
    expect(got).toEqual(['line', 'walk', 'swim']);
  });
});

describe('local vocabularies: coded hierarchical terms and free tags', () => {
  it('looks a hierarchical term up by its segments', () => {
    expect(needsForTerm('Finance › Debt & arrears')).toEqual(['money']);
    expect(needsForTerm('Health > Long term conditions')).toEqual(['physical_health']);
    expect(needsForTerm('Connection › Social groups')).toEqual(['loneliness']);
    expect(needsForTerm('Unknown › Nothing here')).toEqual([]);
  });

  it('reads free tags and plain descriptions a publisher wrote without a taxonomy', () => {
    expect(mapNeedAreas(['meet-people', 'get-active'], '').needAreas).toEqual(['loneliness', 'activity']);
    expect(mapNeedAreas([], 'Low-cost food shop run by volunteers.').needAreas).toEqual(['money']);
    expect(mapNeedAreas([], 'Tea, cake and a natter.').needAreas).toEqual(['loneliness']);
    expect(mapNeedAreas([], 'Longer walks in the dales for fit walkers.').needAreas).toContain('activity');
    expect(mapNeedAreas([], 'Just walk in, no appointment needed for debt advice.').needAreas).toEqual(['money']);
  });
});
