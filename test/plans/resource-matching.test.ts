import { describe, expect, it } from 'vitest';
import { matchResources } from '../../plans/directory/match';
import { draftPlan } from '../../plans/draft-plan';
import { locateArea } from '../../plans/places';
import { buildResourceQuery, DEFAULT_RADIUS_KM, TRAVEL_BARRIER_RADIUS_KM } from '../../plans/resource-query';
import { assessment } from './fixtures';
import { INDEX, inputFor } from './helpers';

/** Someone who wants to walk, with the constraints varied one at a time. */
const walker = (extra: Record<string, string | number | string[]> = {}) =>
  assessment('a-walk', {
    'screen.outcome': 'accept',
    'wmtm.matters_most': 'Getting out walking and meeting people',
    'needs.areas': ['activity', 'loneliness'],
    'needs.barriers': [],
    'needs.area_home': 'LS6',
    'goal.1': 'go on a walk with other people',
    'goal.1.confidence': 7,
    ...extra,
  });

const ids = (a: ReturnType<typeof walker>) => matchResources(INDEX, buildResourceQuery(a), 8).map((s) => s.service.id);

describe('the directory query built from an assessment', () => {
  it('maps needs, words, barriers and the home area (from the small places table)', () => {
    const q = buildResourceQuery(walker({ 'needs.barriers': ['cost'] }));
    expect(q).toMatchObject({ needs: ['activity', 'loneliness'], barriers: ['cost'], location: locateArea('LS6'), maxDistanceKm: DEFAULT_RADIUS_KM });
    expect(q.text).toContain('go on a walk with other people');
    expect(locateArea('ls6 3hn')).toEqual(locateArea('LS6'));
    expect(locateArea('Headingley, Leeds')).not.toBeNull();
    // An area the table does not know gives no location rather than a wrong one.
    expect(buildResourceQuery(walker({ 'needs.area_home': 'Truro' })).location).toBeUndefined();
  });

  it('distance: services beyond the radius drop out, and a transport barrier shortens it', () => {
    expect(ids(walker())).toContain('walk-otley');
    expect(ids(walker())).not.toContain('walk-york');
    const withTransport = buildResourceQuery(walker({ 'needs.barriers': ['transport'] }));
    expect(withTransport.maxDistanceKm).toBe(TRAVEL_BARRIER_RADIUS_KM);
    expect(ids(walker({ 'needs.barriers': ['transport'] }))).not.toContain('walk-otley');
    const inYork = ids(walker({ 'needs.area_home': 'York' }));
    expect(inYork).toContain('walk-york');
    expect(inYork).not.toContain('walk-headingley');
  });

  it('cost: with a money barrier paid services sink below every free or low-cost one, and the plan picks free', () => {
    const gardener = (barriers: string[]) =>
      assessment('a-garden', { 'screen.outcome': 'accept', 'needs.areas': ['activity'], 'needs.barriers': barriers, 'needs.area_home': 'LS1', 'goal.1': 'do some gardening at an allotment', 'goal.1.confidence': 8 });
    const without = matchResources(INDEX, buildResourceQuery(gardener([])), 8);
    const withCost = matchResources(INDEX, buildResourceQuery(gardener(['cost'])), 8);
    const rank = (list: typeof without, id: string) => list.findIndex((s) => s.service.id === id);
    expect(rank(withCost, 'garden-club-paid')).toBeGreaterThan(rank(without, 'garden-club-paid'));
    const firstPaid = withCost.findIndex((s) => s.service.cost === 'paid');
    expect(withCost.slice(0, firstPaid).every((s) => s.service.cost === 'free' || s.service.cost === 'low')).toBe(true);
    expect(withCost.find((s) => s.service.id === 'allotment-meanwood')?.respectsBarriers).toContain('cost');
    const plan = draftPlan(inputFor(gardener(['cost'])));
    expect(plan.signposts.map((s) => s.serviceId)).toEqual(['allotment-meanwood']);
    expect(plan.barriers).toEqual([{ barrier: 'Cost', howAddressed: 'Free services chosen: Meanwood Community Allotment.' }]);
  });

  it('accessibility: a wheelchair user is not offered venues without step-free access', () => {
    expect(ids(walker())[0]).toBe('walk-headingley');
    const q = buildResourceQuery(walker({ 'context.adjustments': 'I use a wheelchair' }));
    expect(q.requiresWheelchair).toBe(true);
    const accessible = matchResources(INDEX, q, 8);
    expect(accessible.map((s) => s.service.id)).not.toContain('walk-headingley');
    expect(accessible.every((s) => s.service.accessibility.wheelchair || !s.service.attendance.inPerson)).toBe(true);
    const plan = draftPlan(inputFor(walker({ 'context.adjustments': 'I use a wheelchair' })));
    expect(plan.signposts.length).toBeGreaterThan(0);
    expect(plan.signposts.map((s) => s.serviceId)).not.toContain('walk-headingley');
  });
});
