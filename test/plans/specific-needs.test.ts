import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources, scanResources } from '../../plans/directory/match';
import { normaliseOrukService } from '../../plans/directory/normalise-service';
import type { MatchQuery } from '../../plans/directory/query';
import { specificTopicsOf, topicsNamedIn } from '../../plans/directory/specific-topics';
import { mapNeedAreas } from '../../plans/directory/taxonomy-map';
import { needsForGoal } from '../../plans/goal-resources';
import { planSearchFor } from '../../plans/resource-query';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { completedState } from '../helpers/assessment-state';
import { service } from './fixtures';

/** Issue 15, round 3b: a service for one specific need only when it is named; groups as company; volunteer centres. */
const here = { lat: 53.8, lon: -1.55 };
const near = { lat: 53.801, lon: -1.551 };
const DIR = [
  service({
    id: 'drink',
    name: 'Cut Down Drinking Online',
    description: 'An online programme.',
    needAreas: ['mental_wellbeing'],
    specificTo: ['alcohol_drugs'],
    ...near,
  }),
  service({ id: 'sugar', name: 'Diabetes Peer Group', description: 'Meet others.', needAreas: ['physical_health'], specificTo: ['diabetes'], ...near }),
  service({ id: 'calm', name: 'Calm Minds Cafe', description: 'A wellbeing cafe for anyone.', needAreas: ['mental_wellbeing'], ...near }),
  service({ id: 'pain', name: 'Living Well With Pain', description: 'Help with a condition.', needAreas: ['physical_health'], ...near }),
];
const index = buildDirectoryIndex(DIR);
const q = (extra: Partial<MatchQuery>): MatchQuery => ({ needs: ['mental_wellbeing', 'physical_health'], text: '', barriers: [], location: here, ...extra });
const ids = (query: MatchQuery) => matchResources(index, query, 10).map((s) => s.service.id);

describe('a service for one specific need is offered only when the person names it', () => {
  it('reads the purpose from the name and taxonomy terms, not from a passing mention', () => {
    expect(specificTopicsOf('DrinkLess online programme', [])).toEqual(['alcohol_drugs']);
    expect(specificTopicsOf('Recovery Cafe', ['Alcohol & drugs'])).toEqual(['alcohol_drugs']);
    expect(specificTopicsOf('Breathe Easy Singing', [])).toEqual(['lungs']);
    expect(specificTopicsOf('Memory Cafe', [])).toEqual(['dementia']);
    expect(specificTopicsOf('Village Walking Group', ['Walking'])).toEqual([]);
  });

  it('finds the needs in the person’s own words', () => {
    expect(topicsNamedIn('I want to cut down on the drink')).toEqual(['alcohol_drugs']);
    expect(topicsNamedIn('My wife has dementia')).toEqual(['dementia']);
    expect(topicsNamedIn('Get out of the flat more')).toEqual([]);
  });

  it('without the need named, neither the alcohol programme nor the diabetes group; with it, each comes back', () => {
    expect(ids(q({}))).toEqual(expect.arrayContaining(['calm', 'pain']));
    expect(ids(q({}))).not.toContain('drink');
    expect(ids(q({}))).not.toContain('sugar');
    expect(ids(q({ namedTopics: ['alcohol_drugs'] }))).toContain('drink');
    expect(ids(q({ namedTopics: ['alcohol_drugs'] }))).not.toContain('sugar');
    expect(ids(q({ namedTopics: ['diabetes'] }))).toContain('sugar');
    for (const query of [q({}), q({ namedTopics: ['alcohol_drugs', 'diabetes'] })])
      expect(matchResources(index, query, 10)).toEqual(scanResources(DIR, query, 10));
  });

  it('the imported record carries its specific need, and the plan’s search reads the person’s notes and goals', () => {
    const out = normaliseOrukService({ id: 'x1', name: 'Alcohol Support Line', description: 'Confidential phone support.', status: 'active' } as never);
    expect(out.service?.specificTo).toEqual(['alcohol_drugs']);
    const gaz = buildGazetteer([], DIR);
    const state = (extra: Record<string, unknown>) => completedState('a1', { 'needs.areas': ['mental_wellbeing'], 'needs.area_home': 'Leeds', ...extra });
    expect(planSearchFor(state({ 'goal.1': 'feel less anxious' }), gaz).query.namedTopics).toBeUndefined();
    expect(planSearchFor(state({ 'goal.1': 'stop drinking every night' }), gaz).query.namedTopics).toEqual(['alcohol_drugs']);
    expect(planSearchFor(state({ 'context.adjustments': 'Has type 2 diabetes.' }), gaz).query.namedTopics).toEqual(['diabetes']);
  });
});

describe('what a service offers, read from plain descriptions', () => {
  it('a wellbeing or social group is company; a group for one audience is not', () => {
    expect(mapNeedAreas([], 'A weekly wellbeing group on Zoom. Join from home.').needAreas).toEqual(['loneliness', 'mental_wellbeing']);
    expect(mapNeedAreas([], 'A weekly online group for new parents.').needAreas).not.toContain('loneliness');
  });

  it('a volunteer centre’s listed roles are not what it offers', () => {
    const text = 'Leeds Volunteer Hub Talk to an adviser about volunteering roles — gardening, befriending, cafés.';
    expect(mapNeedAreas([], text, 'Leeds Volunteer Hub').needAreas).toEqual(['work_volunteering']);
    // The same words in a befriending service's own description still count.
    expect(mapNeedAreas([], 'Volunteers offer befriending visits.', 'Chapel Befriending').needAreas).toContain('loneliness');
  });
});

describe('round 3b: languages, audiences, and what the person said about computers and names', () => {
  it('a service in one language, or for one audience, is specific; a bilingual one is not', () => {
    expect(specificTopicsOf('Polska Advice Line', [], 'Advice by phone.')).toEqual(['language:polish']);
    expect(specificTopicsOf('Benefits Video Advice', [], 'Benefits advice in BSL over video.')).toEqual(['language:bsl']);
    expect(specificTopicsOf('Gaelic Conversation Calls', [], '')).toEqual(['language:gaelic']);
    expect(specificTopicsOf('Cylch Siarad', [], 'A chat group in Welsh and English.')).toEqual([]);
    expect(specificTopicsOf('Veterans Breakfast Club', [], '')).toEqual(['veterans']);
    expect(specificTopicsOf('Postnatal Peer Group', [], '')).toEqual(['perinatal']);
    expect(topicsNamedIn('I grew up speaking Gaelic')).toEqual(['language:gaelic']);
    expect(topicsNamedIn('I was in the army for twenty years')).toEqual(['veterans']);
    expect(topicsNamedIn('meet other folk with sugar')).toEqual(['diabetes']);
    expect(topicsNamedIn('anything', 'Polish')).toEqual(['language:polish']);
  });

  it('"no computer" in the person’s words keeps online services out, as a digital barrier does', () => {
    const gaz = buildGazetteer([], DIR);
    const s = (words: string) =>
      planSearchFor(completedState('a1', { 'needs.areas': ['loneliness'], 'needs.area_home': 'Leeds', 'context.adjustments': words }), gaz);
    expect(s('No computer. Phone is fine.').query.noOnline).toBe(true);
    expect(s("I don't want to do it on a computer").query.noOnline).toBe(true);
    expect(s('Comfortable online.').query.noOnline).toBeUndefined();
    const online = service({
      id: 'zoom',
      name: 'Zoom Chat Club',
      description: 'Chat online.',
      needAreas: ['loneliness'],
      attendance: { inPerson: false, online: true, phone: false },
    });
    const idx = buildDirectoryIndex([online]);
    const base: MatchQuery = { needs: ['loneliness'], text: '', barriers: [], location: here };
    expect(matchResources(idx, base, 5).map((r) => r.service.id)).toEqual(['zoom']);
    expect(matchResources(idx, { ...base, noOnline: true }, 5)).toEqual([]);
  });

  it('a first name that is also a word is not read as a need; "sit with" is caring; a youth club is company', () => {
    expect(needsForGoal('someone to sit with Bill so I can get to the shops')).toEqual(['caring']);
    expect(needsForGoal('help with the bills')).toEqual(['money']);
    expect(mapNeedAreas([], 'Youth club.', 'Irvine Youth Club').needAreas).toEqual(['loneliness']);
  });
});
