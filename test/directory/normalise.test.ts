import { describe, expect, it } from 'vitest';
import { deriveCost } from '../../plans/directory/cost';
import { SpatialGrid, haversineKm } from '../../plans/directory/geo';
import { importDirectoryDocument } from '../../plans/directory/import';
import { mapNeedAreas, needsForTerm } from '../../plans/directory/taxonomy-map';
import { detectAccessibility, detectAttendance, normaliseLanguage, schedulesFromByday } from '../../plans/directory/text-signals';
import { tokenize } from '../../plans/directory/tokenize';

describe('cost bands', () => {
  it.each([
    [{ amounts: [0], texts: [] }, 'free'],
    [{ amounts: [3], texts: [] }, 'low'],
    [{ amounts: [0, 35], texts: [] }, 'low'],
    [{ amounts: [35], texts: ['Free for under 18s'] }, 'paid'], // amounts win over wording
    [{ amounts: [], texts: ['£8.50 per class'] }, 'paid'],
    [{ amounts: [], texts: ['Free for carers, £8 otherwise'] }, 'low'],
    [{ amounts: [], texts: ['Free (donations welcome)'] }, 'free'],
    [{ amounts: [], texts: ['By donation'] }, 'low'],
    [{ amounts: [], texts: ['Free parking on site'] }, 'unknown'],
    [{ amounts: [], texts: [] }, 'unknown'],
  ] as const)('%j → %s', (input, band) => {
    expect(deriveCost(input)).toBe(band);
  });
});

describe('taxonomy → need areas', () => {
  it('matches terms after normalisation, including plurals and apostrophes', () => {
    expect(needsForTerm("Men's Sheds")).toEqual(['loneliness', 'mental_wellbeing']);
    expect(needsForTerm('mens shed')).toEqual(['loneliness', 'mental_wellbeing']);
    expect(needsForTerm('Debt Advice')).toEqual(['money']);
    expect(needsForTerm('Bereavement')).toEqual(['bereavement']);
    expect(needsForTerm('Befriending')).toEqual(['loneliness']);
    expect(needsForTerm('Arts & Crafts')).toEqual(['mental_wellbeing']);
    expect(needsForTerm('Unrelated term')).toEqual([]);
  });

  it('falls back to keywords, preferring the publisher’s term as evidence', () => {
    const m = mapNeedAreas(['Debt advice'], 'We also run a grief café and help with debts.');
    expect(m.needAreas).toEqual(['bereavement', 'money']);
    expect(m.needEvidence).toEqual({ money: 'debt advice', bereavement: 'bereavement support' });
    // "run by volunteers" is not a volunteering opportunity
    expect(mapNeedAreas([], 'A lunch club run by volunteers').needAreas).toEqual(['loneliness']);
  });
});

describe('free-text signals', () => {
  it('reads attendance from attending_type wording and location type', () => {
    expect(detectAttendance(['By telephone only'], false, true)).toEqual({ inPerson: false, online: false, phone: true });
    expect(detectAttendance(['Online only, by video'], false, true)).toEqual({ inPerson: false, online: true, phone: false });
    expect(detectAttendance(['In person or by phone'], true, false)).toEqual({ inPerson: true, online: false, phone: true });
    expect(detectAttendance([], false, false)).toEqual({ inPerson: true, online: false, phone: false });
  });

  it('detects access features and respects a negation', () => {
    expect(detectAccessibility(['Induction loop at reception; level access'])).toEqual({ wheelchair: true, hearingLoop: true });
    expect(detectAccessibility(['Sorry, the hall is not wheelchair accessible'])).toEqual({ wheelchair: false, hearingLoop: false });
  });

  it('expands iCal byday, including monthly positions', () => {
    expect(schedulesFromByday('2MO,-1FR', 'MONTHLY', '10:00:00', '12:00').map((s) => [s.day, s.frequency, s.opens])).toEqual([
      ['monday', 'monthly', '10:00'],
      ['friday', 'monthly', '10:00'],
    ]);
    expect(schedulesFromByday('XX', 'WEEKLY')).toEqual([]);
  });

  it('normalises language codes and names', () => {
    expect(normaliseLanguage('ur')).toBe('Urdu');
    expect(normaliseLanguage('POLISH')).toBe('Polish');
    expect(normaliseLanguage('bsl')).toBe('British Sign Language');
  });

  it('tokenises with light stemming so word forms meet', () => {
    expect(tokenize('I really love Walking and gardening, swimming classes, caring')).toEqual(['love', 'walk', 'garden', 'swim', 'class', 'care']);
    expect(tokenize('walks walked')).toEqual(['walk', 'walk']);
  });
});

describe('ORUK v2 feeds', () => {
  it('reads service_taxonomys, regular_schedules and languages[].language', () => {
    const r = importDirectoryDocument({
      id: 42,
      name: 'Old-format befriending',
      status: 'active',
      service_taxonomys: [{ id: 1, taxonomy: { id: 't', name: 'Befriending', vocabulary: 'esdServiceTypes' } }],
      regular_schedules: [{ weekday: 'Tuesday', opens_at: '10:00', closes_at: '12:00' }, { weekday: 4 }],
      languages: [{ id: 'l', language: 'cy' }],
      locations: [{ id: 'loc', latitude: '53.80', longitude: '-1.55', physical_addresses: [{ address_1: '1 Road', city: 'Leeds', postal_code: 'LS1 1AA' }] }],
    });
    expect(r.rejected).toEqual([]);
    const s = r.services[0]!;
    expect(s.id).toBe('42');
    expect(s.needAreas).toEqual(['loneliness']);
    expect(s.schedules.map((x) => x.day)).toEqual(['tuesday', 'thursday']);
    expect(s.languages).toEqual(['Welsh']);
    expect(s.locations).toEqual([{ address: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', lat: 53.8, lon: -1.55 }]);
  });
});

describe('spatial grid', () => {
  it('returns every point inside the radius (checked against haversine)', () => {
    const grid = new SpatialGrid();
    const points: Array<[number, number]> = [];
    for (let i = 0; i < 400; i++) {
      const p: [number, number] = [53.5 + ((i * 37) % 100) / 100, -2 + ((i * 53) % 100) / 80];
      points.push(p);
      grid.add(p[0], p[1], i);
    }
    const centre = { lat: 53.9, lon: -1.5 };
    const found = new Set(grid.bucketsWithin(centre.lat, centre.lon, 20)!.flat());
    points.forEach(([lat, lon], i) => {
      if (haversineKm(centre.lat, centre.lon, lat, lon) <= 20) expect(found.has(i)).toBe(true);
    });
    expect(grid.bucketsWithin(centre.lat, centre.lon, 5000)).toBeUndefined(); // too big: caller uses postings
  });

  it('measures Leeds to Sheffield at about 48 km', () => {
    expect(haversineKm(53.7997, -1.5492, 53.3811, -1.4701)).toBeCloseTo(46.8, 0);
  });
});
