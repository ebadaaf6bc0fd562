import { describe, expect, it } from 'vitest';
import type { DirectoryService } from '../../plans/directory/model';
import { matchResources, scanResources } from '../../plans/directory/match';
import { specificTopicsOf, topicsNamedIn } from '../../plans/directory/specific-topics';
import { assignResourcesToGoals, creativeGoal, digitalGoal, needsForGoal, parentGoal } from '../../plans/goal-resources';
import { councilAreaLeavesOut, councilCounty, unitaryAreaCovers } from '../../plans/places/council-areas';
import { countyName } from '../../plans/places/counties';
import { homeAreasFor, learnTownAliases } from '../../plans/places/home-areas';
import { islandAt, nearestSameSideKm, waterNote } from '../../plans/places/islands';
import { placeKey } from '../../plans/places/place-names';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { reachFor } from '../../plans/reach';
import { travelLimitKm } from '../../plans/travel-limit';
import { service } from './fixtures';

/**
 * Issue 15, round 6b: what the Wessex and Isle of Wight set showed once it became a tuning set
 * (RESULTS.md "s15f (round 6b)"). Real places and points; invented services, not the evaluation data.
 */
const RYDE = { lat: 50.7299, lon: -1.1616 };
const SOUTHSEA = { lat: 50.7837, lon: -1.0869 };
const LYMINGTON = { lat: 50.7585, lon: -1.546 };
const FRESHWATER = { lat: 50.683, lon: -1.529 };
const BURLEY = { lat: 50.829, lon: -1.705 };
const BOSCOMBE = { lat: 50.7255, lon: -1.839 };

describe('short forms of county and city names', () => {
  it.each([
    ['IOW', 'Isle of Wight'],
    ['I.O.W.', 'Isle of Wight'],
    ['Hants', 'Hampshire'],
    ['Wilts', 'Wiltshire'],
    ['Soton', 'Southampton'],
  ])('%s is %s wherever names are compared', (short, full) => {
    expect(placeKey(short)).toBe(placeKey(full));
  });

  it('only a whole name is read as a short form', () => {
    expect(placeKey('Ryde, IOW')).toBe('ryde iow');
    expect(placeKey('Iowa Street')).toBe('iowa street');
    expect(countyName('IOW')).toBe('Isle of Wight');
  });
});

describe('a county council’s area is the county without its unitaries', () => {
  it('"Dorset Council area" leaves out BCP; bare "Dorset" (the ceremonial county) does not', () => {
    expect(councilAreaLeavesOut('Dorset Council area', ['boscombe', 'bournemouth', 'dorset'])).toBe(true);
    expect(councilAreaLeavesOut('Dorset Council area', ['shaftesbury', 'dorset'])).toBe(false);
    expect(councilAreaLeavesOut('Dorset', ['bournemouth', 'dorset'])).toBe(false);
  });

  it.each([
    ['Wiltshire Council area', 'swindon'],
    ['Hampshire County Council area', 'portsmouth'],
    ['Hampshire County Council', 'southampton'],
    ['Kent County Council', 'medway'],
    ['the area of Nottinghamshire County Council', 'nottingham'],
  ])('%s leaves out %s', (area, home) => {
    expect(councilAreaLeavesOut(area, [home])).toBe(true);
  });

  it('a city council or an unknown county is not read this way', () => {
    expect(councilCounty('Southampton City Council')).toBeNull();
    expect(councilCounty('Hafodshire County Council')).toBeNull();
    expect(councilCounty('Wiltshire Council area')).toBe('wiltshire');
  });
});

describe('a unitary authority named as an area covers its own towns only', () => {
  it('"BCP" is not for Burley in the New Forest, 12 km from Christchurch', () => {
    expect(unitaryAreaCovers('bcp', ['burley', 'new forrest', 'hampshire'], BURLEY)).toBe(false);
  });

  it('"BCP" covers Boscombe, a Bournemouth suburb its words do not name, by its nearness to Bournemouth', () => {
    expect(unitaryAreaCovers('bcp', ['boscombe'], BOSCOMBE)).toBe(true);
    expect(unitaryAreaCovers('bournemouth christchurch and poole', ['poole'], undefined)).toBe(true);
  });

  it('an area that is no unitary is left to the other rules', () => {
    expect(unitaryAreaCovers('new forest', ['burley'], BURLEY)).toBeNull();
  });
});

describe('ferry islands', () => {
  it.each([
    ['Ryde', 50.7299, -1.1616, 'Isle of Wight'],
    ['Ventnor', 50.5946, -1.2065, 'Isle of Wight'],
    ['Cowes', 50.762, -1.297, 'Isle of Wight'],
    ['Yarmouth (IoW)', 50.705, -1.5, 'Isle of Wight'],
    ['Freshwater', 50.683, -1.529, 'Isle of Wight'],
    ['Lymington', 50.7585, -1.546, null],
    ['Hurst Castle', 50.7065, -1.5515, null],
    ['Southsea', 50.7837, -1.0869, null],
    ['Lee-on-the-Solent', 50.8, -1.2, null],
    ['Calshot', 50.816, -1.307, null],
    ['Stornoway', 58.209, -6.389, 'Outer Hebrides'],
    ['Portree (Skye, bridged)', 57.412, -6.196, null],
    ['Kirkwall', 58.981, -2.96, 'Orkney'],
    ['Thurso', 58.593, -3.522, null],
    ['Lerwick', 60.155, -1.145, 'Shetland'],
    ["St Mary's", 49.915, -6.31, 'Isles of Scilly'],
    ['Penzance', 50.118, -5.537, null],
    ['Brodick', 55.577, -5.15, 'Arran'],
    ['Ardrossan', 55.64, -4.81, null],
  ])('%s → %s', (_name, lat, lon, island) => {
    expect(islandAt(lat, lon)).toBe(island);
  });

  it('a venue across the water is at no distance anyone can reach; one on the same side is measured', () => {
    expect(nearestSameSideKm([{ lat: SOUTHSEA.lat, lon: SOUTHSEA.lon }], RYDE, 'Isle of Wight')).toBe(Infinity);
    expect(nearestSameSideKm([{ lat: FRESHWATER.lat, lon: FRESHWATER.lon }], LYMINGTON, null)).toBe(Infinity);
    expect(nearestSameSideKm([{ lat: 50.7, lon: -1.29 }], RYDE, 'Isle of Wight')).toBeCloseTo(9.3, 0);
    expect(nearestSameSideKm([{}], RYDE, 'Isle of Wight')).toBeUndefined();
  });

  it('the plan’s note says so, on the island and on the shore opposite', () => {
    expect(waterNote(RYDE.lat, RYDE.lon, 5)).toMatch(/Home is on the Isle of Wight/);
    expect(waterNote(LYMINGTON.lat, LYMINGTON.lon, 15)).toMatch(/Isle of Wight, across the water, are not counted/);
    expect(waterNote(51.07, -1.79, 15)).toBeNull();
  });
});

const bereavement = (id: string, at: { lat: number; lon: number }, town: string): DirectoryService => {
  const s = service({ id, name: `${town} Bereavement Group`, description: 'Tea and talk after a loss.', needAreas: ['bereavement'], ...at });
  return { ...s, locations: s.locations.map((l) => ({ ...l, town })) };
};

describe('matching across the water', () => {
  const dir = [bereavement('southsea', SOUTHSEA, 'Southsea'), bereavement('ryde', RYDE, 'Ryde'), bereavement('freshwater', FRESHWATER, 'Freshwater')];
  const index = buildDirectoryIndex(dir);
  const q = (home: { lat: number; lon: number }) => ({
    needs: ['bereavement' as const],
    text: 'a bereavement group',
    barriers: [],
    maxDistanceKm: 15,
    location: home,
  });

  it('a Ryde widower is offered the Ryde group, not the Southsea one 8 km away over the water; index and scan agree', () => {
    const scan = scanResources(dir, q(RYDE), 10).map((s) => s.service.id);
    expect(scan).toEqual(['ryde']);
    expect(matchResources(index, q(RYDE), 10).map((s) => s.service.id)).toEqual(scan);
  });

  it('a Lymington woman is not offered the Freshwater café 8 km away on the island', () => {
    const ids = matchResources(index, q(LYMINGTON), 10).map((s) => s.service.id);
    expect(ids).not.toContain('freshwater');
    expect(ids).toEqual(scanResources(dir, q(LYMINGTON), 10).map((s) => s.service.id));
  });
});

describe('service areas through the matcher', () => {
  const line = (id: string, areas: string[]) =>
    service({
      id,
      name: `${id} line`,
      description: 'A friendly call.',
      needAreas: ['loneliness'],
      attendance: { inPerson: false, online: false, phone: true },
      serviceAreas: areas,
    });
  const visits = (id: string, areas: string[]) =>
    service({
      id,
      name: `${id} visits`,
      description: 'A volunteer visits.',
      needAreas: ['loneliness'],
      attendance: { inPerson: false, online: false, phone: false, homeVisit: true },
      serviceAreas: areas,
    });
  const dir = [
    line('wilts-council', ['Wiltshire Council area']),
    visits('bcp', ['BCP']),
    visits('new-forest', ['New Forest']),
    line('icb', ['NHS Hampshire and Isle of Wight ICB']),
  ];
  const ids = (homeAreas: string[], location: { lat: number; lon: number }) =>
    scanResources(dir, { needs: ['loneliness'], text: '', barriers: [], location, homeAreas }, 10).map((s) => s.service.id);

  it('a Wiltshire Council line is for Salisbury, not Swindon', () => {
    expect(ids(['Salisbury', 'Wiltshire'], { lat: 51.07, lon: -1.79 })).toContain('wilts-council');
    expect(ids(['Swindon', 'Wiltshire'], { lat: 51.56, lon: -1.78 })).not.toContain('wilts-council');
  });

  it('"Burley, New Forrest" as typed gets the New Forest visits and not the BCP ones', () => {
    const got = ids(['Burley', 'New Forrest', 'Hampshire'], BURLEY);
    expect(got).toContain('new-forest');
    expect(got).not.toContain('bcp');
  });

  it('"Ryde, IOW" is inside the Hampshire and Isle of Wight ICB', () => {
    expect(ids(['Ryde', 'IOW'], RYDE)).toContain('icb');
  });

  it('a name one letter from a short area name is a different area', () => {
    expect(
      scanResources(
        [line('barnet', ['Barnet'])],
        { needs: ['loneliness'], text: '', barriers: [], location: { lat: 51.47, lon: -0.24 }, homeAreas: ['Barnes'] },
        5,
      ),
    ).toEqual([]);
  });
});

describe('a postcode district answer is in the directory’s towns there', () => {
  it('"PO4" gets the home area Portsmouth from the records in PO4', () => {
    const s = service({
      id: 'fratton',
      name: 'Job Club',
      description: 'Jobs.',
      needAreas: ['work_volunteering'],
      lat: 50.796,
      lon: -1.074,
      postcode: 'PO4 0AA',
    });
    const at = { ...s, locations: s.locations.map((l) => ({ ...l, town: 'Portsmouth' })) };
    expect(homeAreasFor(learnTownAliases([at]), 'PO4', 'PO4')).toContain('Portsmouth');
  });
});

describe('the person’s own travel limit, whatever the means', () => {
  it.each([
    ['No spare money at all, not even bus fares; walks everywhere, up to about 3 km.', 3.8],
    ['Gets a taxi with his taxicard up to about 3 km.', 3.8],
    ['Takes the bus, up to about 5 km.', 6.3],
    // "About" allows a quarter more, at most ABOUT_MAX_EXTRA_KM (2 km) since round 7: 17, not 18.8.
    ['Drives; will go up to about 15 km.', 17],
    ['No car; walks about the village only (2 km at most).', 2],
    ['No car; takes the bus with the pram, about 6 km at most.', 6],
    ['Lives in town; walks or takes the bus, no further than about 4 km.', 4],
  ])('%s → %s km', (words, km) => {
    expect(travelLimitKm(words)).toBe(km);
  });

  it.each([['Walks up to about 1 km, takes the bus into town'], ['No car; takes the island bus to Newport.'], ['Walks the dog every day']])(
    '%s → no limit',
    (words) => {
      expect(travelLimitKm(words)).toBeUndefined();
    },
  );

  it('replaces the barrier’s default radius, and the plan gives it as the reason', () => {
    const r = reachFor(['cost', 'anxiety_new_places'], 'No spare money at all, not even bus fares; walks everywhere, up to about 3 km.');
    expect(r.radiusKm).toBe(3.8);
    expect(r.why.join(' ')).toContain('about 3 km at most');
    expect(reachFor(['cost'], 'Money is tight.').radiusKm).toBe(8);
  });
});

describe('what services and goals are for', () => {
  const suggestion = (s: DirectoryService, mode: 'phone' | 'in_person' = 'phone') => ({ service: s, score: 50, reasons: [], respectsBarriers: [], mode });

  it('a bereavement group is for the bereaved: named or chosen, never offered for low mood alone', () => {
    expect(specificTopicsOf('Ventnor Bereavement Walk', [])).toContain('bereavement');
    expect(specificTopicsOf('Lymington Walk and Talk', ['Bereavement and loss'])).not.toContain('bereavement');
    expect(topicsNamedIn('My wife died in March')).toContain('bereavement');
    expect(topicsNamedIn('I lost my job and feel low')).not.toContain('bereavement');
  });

  it('"a baby group" is a parents’ goal; "order my prescriptions online" a digital one; "a break now and then" respite', () => {
    expect(parentGoal('a baby group')).toBe(true);
    expect(digitalGoal('order my prescriptions online')).toBe(true);
    expect(digitalGoal('an online group')).toBe(false);
    expect(needsForGoal('a break now and then')).toContain('caring');
  });

  it('"get back to painting" takes an art group, or nothing — never a befriending call', () => {
    const befriend = service({ id: 'b', name: 'Telephone Befriending', description: 'A regular friendly call.', needAreas: ['loneliness'] });
    const art = service({ id: 'a', name: 'Online Craft Circle', description: 'Make things together.', needAreas: ['loneliness'] });
    expect(creativeGoal('get back to painting')).toBe(true);
    expect(assignResourcesToGoals(['get back to painting'], [suggestion(befriend)], ['loneliness'])).toEqual([null]);
    expect(assignResourcesToGoals(['get back to painting'], [suggestion(befriend), suggestion(art)], ['loneliness'])[0]?.service.id).toBe('a');
  });
});
