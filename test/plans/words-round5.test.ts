import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources, scanResources } from '../../plans/directory/match';
import { specificTopicsOf, topicAllows, topicsNamedIn } from '../../plans/directory/specific-topics';
import { mapNeedAreas } from '../../plans/directory/taxonomy-map';
import { asksToBeVisited, draftPlan } from '../../plans/draft-plan';
import { assignResourcesToGoals, goalFit, goesOut, needsAllowedForGoal, needsForGoal, transportGoal, unmappedGoalWords } from '../../plans/goal-resources';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { parsePostcode } from '../../plans/places/place-names';
import { resolvePlace } from '../../plans/places/resolve-place';
import { draftInputFor } from '../../plans/plan-draft-input';
import { RADIUS_KM, reachFor } from '../../plans/reach';
import { assessment, NOW, service, serviceAt } from './fixtures';

/**
 * Issue 15, round 5: what a fifth directory and its people showed the rules had not met — words
 * that rule out a phone or the internet, goals that set a limit or ask to get out, services for
 * one group (English learners, the fishing industry), lines that are support rather than company,
 * a rural postcode district, and services that state no cost under a cost barrier. Invented
 * records and people; not the evaluation data.
 */
describe('the person’s words rule out a phone or the internet', () => {
  it.each(['Will not use a phone line or anything online for this.', "I'm not talking to a phone about it.", "Won't ring the phone, ever."])(
    '%s → no phone services',
    (words) => {
      expect(reachFor([], words).phoneUse).toBe('none');
    },
  );

  it('"does not use the internet" rules out online; "uses the phone fine" changes nothing', () => {
    expect(reachFor([], 'Does not use the internet.').noOnline).toBe(true);
    expect(reachFor([], "I'm not doing anything on a computer").noOnline).toBe(true);
    expect(reachFor([], 'Uses the phone fine. Likes the internet.')).toMatchObject({ why: [] });
    expect(reachFor([], 'Uses the phone fine.').phoneUse).toBeUndefined();
  });
});

describe('a goal’s words', () => {
  it('"can’t afford one of those private places" is a cost limit; "can’t afford the rent" is a money need', () => {
    expect(needsForGoal("I can't afford one of those private places")).toEqual([]);
    expect(needsForGoal("I can't pay for anything, there's nothing left")).toEqual([]);
    expect(needsAllowedForGoal("I can't afford one of those private places", ['mental_wellbeing'])).toEqual(['mental_wellbeing']);
    expect(needsForGoal("I can't afford the rent")).toContain('money');
  });

  it('staying sober and a recovery group are wellbeing; "a group" alone is company only for someone who asked for it', () => {
    expect(needsForGoal('keep going to a recovery group')).toEqual(['mental_wellbeing']);
    expect(needsForGoal('stay sober')).toEqual(['mental_wellbeing']);
    expect(needsAllowedForGoal('find a group', ['mental_wellbeing', 'work_volunteering'])).toEqual(['mental_wellbeing', 'work_volunteering']);
    expect(needsAllowedForGoal('find a group', ['loneliness', 'money'])).toEqual(['loneliness']);
  });

  it('a goal to get out of the house is met by somewhere to go, not a phone call; a sitter "so I can get out" is not', () => {
    expect(goesOut('get out of the house a couple of times a week')).toBe(true);
    expect(goesOut('something to get me out on a Friday')).toBe(true);
    expect(goesOut('get somebody to sit with Pat so I can get out')).toBe(false);
    expect(goesOut('a bit of company, even on the phone')).toBe(false);
    const phone = service({
      id: 'calls',
      name: 'Friendly Calls',
      description: 'A weekly befriending call.',
      needAreas: ['loneliness'],
      attendance: { inPerson: false, online: false, phone: true },
    });
    const club = service({ id: 'club', name: 'Thursday Club', description: 'A social club with tea.', needAreas: ['loneliness'], lat: 53.8, lon: -1.55 });
    const asPhone = { service: phone, score: 90, reasons: [], respectsBarriers: [], mode: 'phone' as const };
    const asVenue = { service: club, score: 40, reasons: [], respectsBarriers: [], mode: 'in_person' as const, distanceKm: 1 };
    expect(assignResourcesToGoals(['get out of the house a couple of times a week'], [asPhone, asVenue], ['loneliness'])[0]?.service.id).toBe('club');
    // A goal that does not ask to go out keeps the matcher's order.
    expect(assignResourcesToGoals(['a bit of company'], [asPhone, asVenue], ['loneliness'])[0]?.service.id).toBe('calls');
  });
});

describe('a goal about getting somewhere', () => {
  it('is met by transport or by nothing — never by whatever else the person’s needs bring up', () => {
    const art = service({
      id: 'art',
      name: 'Village Art Group',
      description: 'Painting together.',
      needAreas: ['loneliness', 'mental_wellbeing'],
      lat: 53.8,
      lon: -1.55,
    });
    const bus = service({
      id: 'bus',
      name: 'Dale Community Transport',
      description: 'Dial-a-ride minibus for people who cannot use buses.',
      needAreas: [],
      attendance: { inPerson: false, online: false, phone: true },
    });
    const as = (s: typeof art, mode: 'in_person' | 'phone') => ({ service: s, score: 50, reasons: [], respectsBarriers: [], mode });
    const goal = 'get a lift to town on market day';
    expect(transportGoal(goal)).toBe(true);
    expect(transportGoal('a lift to the bereavement group')).toBe(false);
    expect(assignResourcesToGoals([goal], [as(art, 'in_person')], ['loneliness'])).toEqual([null]);
    expect(assignResourcesToGoals([goal], [as(art, 'in_person'), as(bus, 'phone')], ['loneliness'])[0]?.service.id).toBe('bus');
  });
});

describe('more of the person’s words (round 5, second pass)', () => {
  it('carers’ services are for carers; "my mum" is not being a mum; "people who sign" names BSL', () => {
    expect(specificTopicsOf("Carers' Online Peer Chat", [])).toEqual(['carers']);
    expect(specificTopicsOf('Village Lunch Club', [], 'Carers welcome too.')).toEqual([]);
    expect(topicAllows(['carers'], topicsNamedIn('Looks after her husband since his stroke'))).toBe(true);
    expect(topicAllows(['carers'], topicsNamedIn('Lives alone and would like company'))).toBe(false);
    expect(topicsNamedIn('Mum can take her somewhere local')).not.toContain('perinatal');
    expect(topicsNamedIn('talk to other mums who have felt like this')).toContain('perinatal');
    expect(topicsNamedIn('meet people who sign')).toContain('language:bsl');
    expect(topicsNamedIn('sign up for a course')).not.toContain('language:bsl');
  });

  it('creative goals are wellbeing or company; "meet other dads" asks for a parents’ group; a carer’s entitlements are carers’ support', () => {
    expect(needsForGoal('do something creative again')).toEqual(['mental_wellbeing', 'loneliness']);
    expect(needsAllowedForGoal('do something creative again', ['caring', 'loneliness'])).toEqual(['loneliness']);
    expect(unmappedGoalWords("meet other dads, I don't know what I'm doing")).toMatch(/parents/);
    expect(needsAllowedForGoal("find out what help we're entitled to", ['caring', 'mental_wellbeing'])).toEqual(['caring']);
    expect(needsAllowedForGoal("find out what help we're entitled to", ['money', 'caring'])).toEqual(['money']);
    const art = service({
      id: 'art',
      name: 'Youth Arts Studio',
      description: 'Sessions for 13-19s.',
      needAreas: ['loneliness', 'mental_wellbeing'],
      lat: 53.8,
      lon: -1.55,
    });
    const choir = service({
      id: 'choir',
      name: 'Wellbeing Choir',
      description: 'Singing for fun.',
      needAreas: ['loneliness', 'mental_wellbeing'],
      lat: 53.8,
      lon: -1.55,
    });
    const as = (s: typeof art) => ({ service: s, score: 50, reasons: [], respectsBarriers: [], mode: 'in_person' as const });
    expect(goalFit('do something with my drawing', as(art))).toBeGreaterThan(goalFit('do something with my drawing', as(choir)));
    const dads = service({ id: 'dads', name: 'Dads Together', description: 'A group for dads.', needAreas: [], lat: 53.8, lon: -1.55 });
    const line = service({
      id: 'line',
      name: 'Parents Helpline',
      description: 'Advice for parents.',
      needAreas: [],
      attendance: { inPerson: false, online: false, phone: true },
    });
    const food = service({ id: 'food', name: 'Food Bank', description: 'Food parcels.', needAreas: ['money'], lat: 53.8, lon: -1.55 });
    const asLine = { service: line, score: 60, reasons: [], respectsBarriers: [], mode: 'phone' as const };
    expect(assignResourcesToGoals(['meet other dads'], [as(food), asLine], ['money'])).toEqual([null]);
    expect(assignResourcesToGoals(['meet other dads'], [as(food), asLine, as(dads)], ['money'])[0]?.service.id).toBe('dads');
  });

  it('"somewhere local" in their words keeps in-person suggestions near', () => {
    expect(reachFor([], 'Mum can take her somewhere local.').radiusKm).toBe(RADIUS_KM.transport);
    expect(reachFor([], 'Happy to travel into the city.').radiusKm).toBe(RADIUS_KM.default);
  });
});

describe('who a service is for, and what it offers', () => {
  it('English classes are for people learning English; an "Adult learning and ESOL" category alone does not make a course one', () => {
    expect(specificTopicsOf('Online ESOL Evenings', [])).toEqual(['english_learning']);
    expect(specificTopicsOf('Return to Learning Course', ['Learning › Adult learning and ESOL'])).toEqual([]);
    expect(topicAllows(['english_learning'], topicsNamedIn('Wants to improve her English to talk to the teachers'))).toBe(true);
    expect(topicAllows(['english_learning'], topicsNamedIn('Lonely since his wife died'))).toBe(false);
  });

  it('a course for people leaving the fishing industry is for them; "a bad chest" names lung trouble', () => {
    expect(specificTopicsOf("Harbour Fishermen's Retraining Course", [])).toEqual(['at_sea']);
    expect(specificTopicsOf('Riverside Angling Club', [])).toEqual([]);
    expect(topicsNamedIn('I can do anything on a boat')).toContain('at_sea');
    expect(topicsNamedIn('find other people with a bad chest to exercise with')).toContain('lungs');
  });

  it('a listening line is support, not company, unless its words say befriending; rent arrears are housing', () => {
    expect(mapNeedAreas(['Emotional health › Wellbeing and peer support'], 'Listening line for adults who are struggling.', 'Calm Line').needAreas).toEqual([
      'mental_wellbeing',
    ]);
    expect(mapNeedAreas(['Peer support'], 'A friendly call line: volunteers ring for a chat and befriending.', 'Chat Line').needAreas).toContain('loneliness');
    expect(mapNeedAreas(['Peer support'], 'A weekly peer support group.', 'Peer Group').needAreas).toContain('loneliness');
    expect(mapNeedAreas([], 'Phone advice for renters: notices to quit, rent arrears, repairs.', 'Tenancy Line').needAreas).toEqual(['housing']);
    expect(mapNeedAreas([], 'Help with mortgage arrears and credit cards.', 'Money Help').needAreas).toEqual(['money']);
  });
});

describe('a full postcode in a wide rural district', () => {
  // One district, two towns 20 km apart (invented services at real-looking points).
  const DIR = [
    serviceAt('town-a1', 'Porthtown', 'ZZ9 1AA', 54.18, -6.34, 'Shire'),
    serviceAt('town-a2', 'Porthtown', 'ZZ9 1AB', 54.177, -6.335, 'Shire'),
    serviceAt('town-a3', 'Porthtown', 'ZZ9 1AD', 54.179, -6.338, 'Shire'),
    serviceAt('town-b1', 'Harbourby', 'ZZ9 4AA', 54.06, -5.995, 'Shire'),
  ];
  const gaz = buildGazetteer(geoNamesGreatBritain(), DIR);

  it('is placed at its sector’s venues, not the district centre, and says so', () => {
    expect(parsePostcode('ZZ9 4XY')).toEqual({ outward: 'ZZ9', full: 'ZZ9 4XY', sector: 'ZZ9 4' });
    const r = resolvePlace('ZZ9 4XY', gaz);
    expect(r).toMatchObject({ kind: 'found', place: { label: 'ZZ9 4', lat: 54.06, note: expect.stringContaining('Harbourby') } });
    // A sector the directory has no venue in: the district, as before.
    expect(resolvePlace('ZZ9 7XY', gaz)).toMatchObject({ kind: 'found', place: { label: 'ZZ9' } });
  });
});

describe('cost not stated, under a cost barrier', () => {
  const dir = [
    service({ id: 'free', name: 'Free Walk', description: 'A walking group.', needAreas: ['activity'], lat: 53.8, lon: -1.55 }),
    service({ id: 'unstated', name: 'Unstated Walk', description: 'A walking group.', needAreas: ['activity'], cost: 'unknown', lat: 53.8, lon: -1.55 }),
    service({
      id: 'small',
      name: 'Small Fee Walk',
      description: 'A walking group.',
      needAreas: ['activity'],
      cost: 'low',
      costNote: '£1',
      lat: 53.8,
      lon: -1.55,
    }),
  ];
  const q = { needs: ['activity' as const], text: '', barriers: ['cost' as const], location: { lat: 53.8, lon: -1.55 } };

  it('is shown after the free ones, marked "Check: cost not stated"; a stated charge is not; the index and the scan agree', () => {
    const got = matchResources(buildDirectoryIndex(dir), q, 5);
    expect(got.map((s) => s.service.id)).toEqual(['free', 'unstated']);
    expect(got[1]!.reasons).toContain('Check: cost not stated');
    expect(scanResources(dir, q, 5).map((s) => s.service.id)).toEqual(['free', 'unstated']);
  });

  it('the plan never lists it as free', () => {
    const a = assessment('a-cost', {
      'screen.outcome': 'accept',
      'needs.areas': ['activity'],
      'needs.barriers': ['cost'],
      'needs.area_home': 'Leeds',
      'goal.1': 'go walking every week',
    });
    const plan = draftPlan(draftInputFor(buildDirectoryIndex(dir), a, NOW));
    const cost = plan.barriers.find((b) => b.barrier === 'Cost')!.howAddressed;
    expect(cost).toMatch(/Free: Free Walk\./);
    expect(cost).toMatch(/Cost not stated — check before going: Unstated Walk\./);
    expect(plan.signposts.map((s) => s.serviceId)).not.toContain('small');
  });
});

describe('someone who asks to be visited', () => {
  it('reads "write or come round" and "a regular visitor" as asking for people to come to them', () => {
    expect(asksToBeVisited('No point phoning - write or come round.')).toBe(true);
    expect(asksToBeVisited('a regular visitor')).toBe(true);
    expect(asksToBeVisited('I like going round to my sister’s')).toBe(false);
  });

  it('with a mobility barrier is not handed a venue only to fill the list', () => {
    const dir = [
      service({
        id: 'visits',
        name: 'Home Visitors',
        description: 'Volunteers visit at home for a chat.',
        needAreas: ['loneliness'],
        attendance: { inPerson: false, online: false, phone: false, homeVisit: true },
      }),
      service({ id: 'coffee', name: 'Village Coffee Morning', description: 'Coffee morning.', needAreas: ['loneliness'], lat: 53.7965, lon: -1.5478 }),
    ];
    const answers = {
      'screen.outcome': 'accept',
      'needs.areas': ['loneliness'],
      'needs.barriers': ['mobility'],
      'needs.area_home': 'Leeds',
      'goal.1': 'a regular visitor',
    };
    const ids = (extra: Record<string, string>) =>
      draftPlan(draftInputFor(buildDirectoryIndex(dir), assessment('a-visit', { ...answers, ...extra }), NOW)).signposts.map((s) => s.serviceId);
    expect(ids({ 'context.adjustments': 'No point phoning - write or come round.' })).toEqual(['visits']);
    // Without such words the venue in reach is offered as a further option.
    expect(ids({ 'goal.1': 'a bit of company' })).toEqual(['visits', 'coffee']);
  });
});
