import { describe, expect, it } from 'vitest';
import { matchResources } from '../../plans/directory/match';
import { draftPlan } from '../../plans/draft-plan';
import { placesForDirectory } from '../../plans/places/directory-places';
import { RADIUS_KM } from '../../plans/reach';
import { buildResourceQuery, planSearchFor } from '../../plans/resource-query';
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

const places = placesForDirectory(INDEX);
const query = (a: ReturnType<typeof walker>) => buildResourceQuery(a, places);
const ids = (a: ReturnType<typeof walker>) => matchResources(INDEX, query(a), 8).map((s) => s.service.id);

describe('the directory query built from an assessment', () => {
  it('maps needs, words, barriers and the home area (a postcode district the directory teaches)', () => {
    const { query: q, area } = planSearchFor(walker({ 'needs.barriers': ['cost'] }), places);
    expect(q).toMatchObject({ needs: ['activity', 'loneliness'], barriers: ['cost'], maxDistanceKm: RADIUS_KM.cost });
    expect(q.location!.lat).toBeCloseTo(53.82, 1);
    expect(q.text).toContain('go on a walk with other people');
    expect(area).toMatchObject({ typed: 'LS6', place: 'LS6', inPerson: true, radiusKm: RADIUS_KM.cost });
    expect(area.summary).toMatch(/^Searched in person within 8 km of LS6/);
  });

  it('a town no hand-kept table lists is found from GeoNames, and the plan says where it searched', () => {
    const { query: q, area } = planSearchFor(walker({ 'needs.area_home': 'Truro' }), places);
    expect(q.location!.lat).toBeCloseTo(50.26, 1);
    expect(q.location!.lon).toBeCloseTo(-5.05, 1);
    expect(area.place).toMatch(/^Truro/);
  });

  it('an unknown place never silently drops distance: nothing in person, and the plan says why', () => {
    const { query: q, area } = planSearchFor(walker({ 'needs.area_home': 'Qwertyville' }), places);
    expect(q.location).toBeUndefined();
    expect(q.remoteOnly).toBe(true);
    expect(area.inPerson).toBe(false);
    expect(area.summary).toContain('“Qwertyville” was not recognised');
    expect(
      ids(walker({ 'needs.area_home': 'Qwertyville' })).every(
        (id) => INDEX.services.find((s) => s.id === id)!.attendance.phone || INDEX.services.find((s) => s.id === id)!.attendance.online,
      ),
    ).toBe(true);
  });

  it('distance: services beyond the radius drop out, and a transport barrier shortens it', () => {
    expect(ids(walker())).toContain('walk-otley');
    expect(ids(walker())).not.toContain('walk-york');
    expect(query(walker({ 'needs.barriers': ['transport'] })).maxDistanceKm).toBe(RADIUS_KM.transport);
    expect(ids(walker({ 'needs.barriers': ['transport'] }))).not.toContain('walk-otley');
    const inYork = ids(walker({ 'needs.area_home': 'York' }));
    expect(inYork).toContain('walk-york');
    expect(inYork).not.toContain('walk-headingley');
  });

  it('cost: with a money barrier only free services are offered, and the plan says so', () => {
    const gardener = (barriers: string[]) =>
      assessment('a-garden', {
        'screen.outcome': 'accept',
        'needs.areas': ['activity'],
        'needs.barriers': barriers,
        'needs.area_home': 'LS1',
        'goal.1': 'do some gardening at an allotment',
        'goal.1.confidence': 8,
      });
    const without = matchResources(INDEX, query(gardener([])), 8);
    const withCost = matchResources(INDEX, query(gardener(['cost'])), 8);
    expect(without.map((s) => s.service.id)).toContain('garden-club-paid');
    expect(withCost.map((s) => s.service.id)).not.toContain('garden-club-paid');
    expect(withCost.every((s) => s.service.cost === 'free')).toBe(true);
    const plan = draftPlan(inputFor(gardener(['cost'])));
    expect(plan.signposts[0]!.serviceId).toBe('allotment-meanwood');
    expect(plan.signposts.every((s) => INDEX.services.find((x) => x.id === s.serviceId)!.cost === 'free')).toBe(true);
    expect(plan.barriers[0]).toMatchObject({ barrier: 'Cost' });
    expect(plan.barriers[0]!.howAddressed).toMatch(/^Only free services, and ones that state no cost, were suggested .*Free: Meanwood Community Allotment/);
  });

  it('accessibility: a wheelchair user is not offered venues without step-free access', () => {
    expect(ids(walker())[0]).toBe('walk-headingley');
    const q = query(walker({ 'context.adjustments': 'I use a wheelchair' }));
    expect(q.requiresWheelchair).toBe(true);
    const accessible = matchResources(INDEX, q, 8);
    expect(accessible.map((s) => s.service.id)).not.toContain('walk-headingley');
    expect(accessible.every((s) => s.service.accessibility.wheelchair || s.mode !== 'in_person')).toBe(true);
    const plan = draftPlan(inputFor(walker({ 'context.adjustments': 'I use a wheelchair' })));
    expect(plan.signposts.length).toBeGreaterThan(0);
    expect(plan.signposts.map((s) => s.serviceId)).not.toContain('walk-headingley');
  });
});
