import { describe, expect, it } from 'vitest';
import { asksForCompany, draftPlan } from '../../plans/draft-plan';
import { RADIUS_KM, reachFor } from '../../plans/reach';
import { assessment } from './fixtures';
import { inputFor } from './helpers';

describe('reach from barriers and the person’s words', () => {
  it('tightens the in-person radius for each barrier, the tightest winning', () => {
    expect(reachFor([], '').radiusKm).toBe(RADIUS_KM.default);
    expect(reachFor(['transport'], '').radiusKm).toBe(RADIUS_KM.transport);
    expect(reachFor(['transport', 'mobility'], '')).toMatchObject({ radiusKm: RADIUS_KM.mobility, remoteFirst: true, remoteOnly: false });
    expect(reachFor(['caring_duties'], '')).toMatchObject({ radiusKm: RADIUS_KM.caring_duties, remoteFirst: true });
  });

  it('someone who cannot leave the house or the person they care for gets nothing in person', () => {
    expect(reachFor(['caring_duties'], 'My husband cannot be left on his own').remoteOnly).toBe(true);
    expect(reachFor(['mobility'], "I'm housebound since the fall").remoteOnly).toBe(true);
    expect(reachFor(['mobility'], 'I can get to the shops').remoteOnly).toBe(false);
  });

  it('hearing: phone only with text; sight alone keeps the phone; a person who cannot use a phone gets none', () => {
    expect(reachFor(['hearing_sight'], 'very deaf').phoneUse).toBe('text_only');
    expect(reachFor(['hearing_sight'], 'partially sighted, large print please').phoneUse).toBeUndefined();
    expect(reachFor(['hearing_sight'], "Very deaf, can't manage the phone").phoneUse).toBe('none');
  });
});

describe('supported first attendance and negation', () => {
  it('reads "I don’t need someone to come with me" as the opposite of asking for company', () => {
    expect(asksForCompany("I'd go if someone came with me")).toBe(true);
    expect(asksForCompany("I don't need someone to come with me, just the details")).toBe(false);
    expect(asksForCompany('I do not want anyone to go with me')).toBe(false);
    expect(asksForCompany(null)).toBe(false);
  });

  const person = (extra: Record<string, string | number | string[]>) =>
    assessment('a-neg', {
      'screen.outcome': 'accept',
      'needs.areas': ['bereavement', 'money'],
      'needs.barriers': [],
      'needs.area_home': 'LS7',
      'goal.1': 'join a bereavement group',
      'goal.1.confidence': 7,
      'goal.2': 'sort out my money',
      'goal.2.confidence': 7,
      ...extra,
    });

  it('negated company: signposts, nobody goes along', () => {
    const plan = draftPlan(inputFor(person({ 'hbm.self_efficacy': "I don't need someone to come with me" })));
    expect(plan.referrals).toEqual([]);
    expect(plan.goals.flatMap((g) => g.actions).every((a) => !a.supportedFirstAttendance)).toBe(true);
  });

  it('anxiety about new places is decided per goal: the in-person group is a referral, the phone line a signpost', () => {
    const plan = draftPlan(inputFor(person({ 'needs.barriers': ['anxiety_new_places'] })));
    expect(plan.referrals.map((r) => r.serviceId)).toEqual(['bereavement-circle']);
    expect(plan.signposts.map((r) => r.serviceId)).toContain('money-line');
    const [g1, g2] = plan.goals;
    expect(g1!.actions.at(-1)!.supportedFirstAttendance).toBe(true);
    expect(g2!.actions.at(-1)!.supportedFirstAttendance).toBe(false);
  });
});

describe('the drafter uses what it finds', () => {
  it('a named goal gets the kind of service it names, even when the person ticked other needs — never an unrelated one', () => {
    const a = assessment('a-named', {
      'screen.outcome': 'accept',
      'needs.areas': ['housing'],
      'needs.barriers': [],
      'needs.area_home': 'LS6',
      'goal.1': 'join a bereavement group',
      'goal.1.confidence': 7,
    });
    const plan = draftPlan(inputFor(a));
    expect(plan.goals[0]!.actions.at(-1)!.what).toMatch(/Leeds Bereavement Circle/);
    const cello = assessment('a-cello', {
      'screen.outcome': 'accept',
      'needs.areas': [],
      'goal.1': 'learn to play the cello',
      'goal.1.confidence': 8,
      'needs.area_home': 'LS6',
    });
    expect(draftPlan(inputFor(cello)).goals[0]!.actions.at(-1)!.who).toEqual({ kind: 'link_worker' });
  });

  it('every need area chosen gets a signpost when the directory holds one, whether or not a goal names it', () => {
    const a = assessment('a-needs', {
      'screen.outcome': 'accept',
      'needs.areas': ['money', 'work_volunteering', 'bereavement'],
      'needs.barriers': [],
      'needs.area_home': 'LS6',
      'goal.1': 'sort out my money',
      'goal.1.confidence': 7,
    });
    const plan = draftPlan(inputFor(a));
    const ids = [...plan.signposts, ...plan.referrals].map((r) => r.serviceId);
    expect(ids).toEqual(expect.arrayContaining(['money-line', 'volunteer-centre', 'bereavement-circle']));
  });

  it('with nothing in reach for a goal the action says so and names the search area', () => {
    const a = assessment('a-far', {
      'screen.outcome': 'accept',
      'needs.areas': ['activity'],
      'needs.barriers': ['transport'],
      'needs.area_home': 'Penzance',
      'goal.1': 'join a walking group',
      'goal.1.confidence': 7,
    });
    const plan = draftPlan(inputFor(a));
    const main = plan.goals[0]!.actions.at(-1)!;
    expect(main.who).toEqual({ kind: 'link_worker' });
    expect(main.strategies.join(' ')).toMatch(/^Nothing in reach for this in the directory\. Searched in person within 5 km of Penzance/);
    expect(plan.signposts).toEqual([]);
  });
});
