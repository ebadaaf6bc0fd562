import { describe, expect, it } from 'vitest';
import type { Label, Person } from '../../eval/plans/data';
import { judgeSuggestion } from '../../eval/plans/score-plan';

/**
 * The plan scorer reads a set's own unit table and water rule (heldout-8/areas.json): a person the
 * author placed in BCP is inside "Dorset" (ceremonial) but not inside "Dorset Council area", and an
 * in-person venue across the Solent is out of reach however near it is in a straight line.
 */
const label = (over: Partial<Label>): Label => ({
  name: 'Group',
  needs: ['loneliness'],
  free: true,
  active: true,
  mode: 'in_person',
  lat: 50.72,
  lon: -1.88,
  town: 'Bournemouth',
  county: 'Dorset',
  minAge: null,
  maxAge: null,
  area: null,
  ...over,
});
const person = (over: Partial<Person>): Person => ({
  id: 'p1',
  age: 70,
  area: 'Bournemouth',
  needs: ['loneliness'],
  barriers: [],
  mattersMost: 'company',
  goals: [],
  truth: {
    lat: 50.721,
    lon: -1.881,
    place: 'Bournemouth',
    maxTravelKm: 10,
    mustBeFree: false,
    remoteOk: true,
    avoidModes: [],
    expectSomething: [],
    mustNotSuggest: [],
  },
  ...over,
});
const contains = { Dorset: ['BCP', 'North Dorset'], 'Dorset Council area': ['North Dorset'] };

describe('eval scorer: the set’s own units and sides', () => {
  it('reads the containment table in the author’s unit for the person, not the county', () => {
    const p = person({ unit: 'BCP' });
    const labels = { a: label({ area: 'Dorset' }), b: label({ area: 'Dorset Council area' }) };
    expect(judgeSuggestion('a', 'A', labels, p, 'Dorset', contains).inReach).toBe(true);
    expect(judgeSuggestion('b', 'B', labels, p, 'Dorset', contains).inReach).toBe(false);
    // Without a unit the county stands in, as for the earlier sets.
    expect(judgeSuggestion('b', 'B', labels, person({}), 'Dorset', { 'Dorset Council area': ['Dorset'] }).inReach).toBe(true);
  });

  it('puts an in-person venue on the other side of the water out of reach, but not a phone service', () => {
    const islander = person({ side: 'Isle of Wight', truth: { ...person({}).truth, lat: 50.73, lon: -1.16 } });
    const labels = {
      near: label({ lat: 50.78, lon: -1.09, town: 'Southsea', side: 'mainland' }),
      home: label({ lat: 50.73, lon: -1.15, town: 'Ryde', side: 'Isle of Wight' }),
      phone: label({ mode: 'phone', lat: null, lon: null, town: null }),
    };
    expect(judgeSuggestion('near', 'N', labels, islander, null).inReach).toBe(false);
    expect(judgeSuggestion('home', 'H', labels, islander, null).inReach).toBe(true);
    expect(judgeSuggestion('phone', 'P', labels, islander, null).inReach).toBe(true);
  });
});
