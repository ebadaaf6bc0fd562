import { describe, expect, it } from 'vitest';
import { importDirectoryText } from '../../plans/directory/import';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { parsePostcode, splitNameAndPostcode } from '../../plans/places/place-names';
import { prepareDirectory } from '../../plans/places/prepare-directory';
import { resolvePlace } from '../../plans/places/resolve-place';
import { serviceAt } from './fixtures';

/**
 * Issue 15, round 3: areas typed the way link workers type them, and directory records whose
 * locations cannot be used as given. A small fictional directory on Tyneside, in Lincolnshire
 * and in Devon (real places, invented services) — not the evaluation data.
 */
const at = serviceAt;
const DIR = [
  // "Newcastle" alone, as publishers write it: GeoNames' only "Newcastle" is in County Down.
  at('nc-1', 'Newcastle', 'NE1 4AA', 54.973, -1.614, 'Tyne and Wear'),
  at('nc-2', 'Newcastle', 'NE1 5BB', 54.975, -1.61, 'Tyne and Wear'),
  at('nc-3', 'Newcastle upon Tyne', 'NE4 6AA', 54.968, -1.64, 'Tyne and Wear'),
  // A district named with its town, as addresses often do.
  at('heaton', 'Heaton, Newcastle upon Tyne', 'NE6 5AA', 54.98, -1.58, 'Tyne and Wear'),
  at('gainsborough', 'Gainsborough', 'DN21 2AA', 53.399, -0.773, 'Lincolnshire'),
  at('lincoln', 'Lincoln', 'LN1 1AA', 53.234, -0.538, 'Lincolnshire'),
  at('totnes', 'Totnes', 'TQ9 5AA', 50.432, -3.685, 'Devon'),
];
const geo = geoNamesGreatBritain();
const gaz = buildGazetteer(geo, DIR);
const found = (text: string) => {
  const r = resolvePlace(text, gaz);
  if (r.kind !== 'found') throw new Error(`${text}: ${r.kind}`);
  return r.place;
};

describe('areas as typed: postcodes beside names, sectors, "near", and the wider part as context', () => {
  it('reads an outward code with its sector digit, and a postcode typed beside the name', () => {
    expect(parsePostcode('NE6 5')).toEqual({ outward: 'NE6', sector: 'NE6 5' });
    expect(splitNameAndPostcode('Heaton NE6')).toEqual({ name: 'Heaton', postcode: 'NE6' });
    expect(splitNameAndPostcode('gainsborough DN21')).toEqual({ name: 'gainsborough', postcode: 'DN21' });
    expect(splitNameAndPostcode('Stoke on Trent')).toBeNull();
    // The directory knows the sector (its NE6 5xx venues): that, not the wider district, is used.
    expect(found('NE6 5')).toMatchObject({ how: 'postcode district', label: 'NE6 5' });
    expect(found('Heaton NE6')).toMatchObject({ how: 'postcode district', label: 'NE6' });
    // A district the directory does not know: the name beside it is used, and the plan says so.
    expect(found('Totnes TQ99')).toMatchObject({ label: expect.stringMatching(/^Totnes/), note: expect.stringContaining('TQ99') });
  });

  it('"village nr town" uses the town when the village is unknown, and says so', () => {
    expect(found('Little Nowhereby nr Gainsborough')).toMatchObject({
      label: expect.stringMatching(/^Gainsborough/),
      note: expect.stringContaining('“Little Nowhereby” not found, so Gainsborough'),
    });
  });

  it('the later part picks the namesake near it, and a far namesake is not that place', () => {
    // GeoNames' Heaton is the Bolton/Bradford kind; the directory teaches Heaton, Newcastle.
    expect(found('Heaton, Newcastle upon Tyne')).toMatchObject({ lat: expect.closeTo(54.98, 2) });
    // Southwick is in Wiltshire and Sussex in GeoNames, never in Lincolnshire: Lincoln is used.
    expect(found('Southwick, Lincoln')).toMatchObject({ label: expect.stringMatching(/^Lincoln/), note: expect.stringContaining('“Southwick” not found') });
  });

  it('a directory that writes "Newcastle" makes "Newcastle" mean its Newcastle', () => {
    expect(found('Newcastle')).toMatchObject({ lat: expect.closeTo(54.97, 1), lon: expect.closeTo(-1.6, 1) });
  });
});

describe('import: unusable locations are reported, and placed by town only where that is safe', () => {
  const record = (id: string, city: string, postcode: string, region: string, latitude?: unknown, longitude?: unknown) => ({
    id,
    name: `Service ${id}`,
    description: 'A weekly group.',
    status: 'active',
    service_at_locations: [
      {
        location: {
          location_type: 'physical',
          ...(latitude !== undefined ? { latitude } : {}),
          ...(longitude !== undefined ? { longitude } : {}),
          addresses: [{ address_1: '1 High Street', city, postal_code: postcode, region }],
        },
      },
    ],
  });
  const text = JSON.stringify([
    record('good-nc', 'Newcastle', 'NE1 4AB', 'Tyne and Wear', 54.974, -1.613),
    record('good-nc-2', 'Newcastle', 'NE1 6CD', 'Tyne and Wear', 54.972, -1.617),
    record('strings', 'Newcastle', 'NE1 7EF', 'Tyne and Wear', '54.973', '-1.615'),
    record('zero', 'Newcastle', 'NE1 8GH', 'Tyne and Wear', 0, 0),
    record('swapped', 'Gainsborough', 'DN21 2BB', 'Lincolnshire', -0.773, 53.399),
    record('wrong-sign', 'Lincoln', 'LN1 3CC', 'Lincolnshire', 53.234, 0.538),
    record('lat-off', 'Totnes', 'TQ9 5BB', 'Devon', 40.432, -3.685),
    record('missing-stanley', 'Stanley', 'DH9 9ZZ', 'County Durham'),
    record('near-stanley', 'Chester-le-Street', 'DH3 3AA', 'County Durham', 54.858, -1.574),
    record('missing-newport', 'Newport', 'ZZ1 1ZZ', 'Nowhere'),
  ]);
  const imported = importDirectoryText(text);
  const prepared = prepareDirectory(imported.services, geo);
  const all = [...imported.warnings, ...prepared.issues];
  const messages = (id: string) =>
    all
      .filter((i) => i.id === id)
      .map((i) => i.message)
      .join(' | ');
  const loc = (id: string) => prepared.services.find((s) => s.id === id)!.locations[0]!;

  it('keeps every record (nothing rejected) and reports each bad location', () => {
    expect(imported.rejectedCount).toBe(0);
    expect(messages('strings')).toMatch(/given as text/);
    expect(messages('zero')).toMatch(/0,0 is a placeholder/);
    expect(messages('swapped')).toMatch(/outside the UK/);
    expect(messages('wrong-sign')).toMatch(/km from Lincoln/);
    expect(messages('lat-off')).toMatch(/outside the UK/);
    expect(messages('missing-newport')).toMatch(/not one known place; not placed on the map/);
    // Good records are not reported — including "Newcastle" ones GeoNames alone would contradict.
    for (const id of ['good-nc', 'good-nc-2', 'near-stanley']) expect(messages(id)).toBe('');
  });

  it('places a broken location at its postcode district or its town only when that means one place', () => {
    expect(loc('strings')).toMatchObject({ lat: 54.973, lon: -1.615 });
    expect(loc('zero')).toMatchObject({ approximate: true, lat: expect.closeTo(54.973, 1) }); // NE1 from its neighbours
    expect(loc('swapped')).toMatchObject({ approximate: true, lat: expect.closeTo(53.4, 1), lon: expect.closeTo(-0.77, 1) });
    expect(loc('wrong-sign')).toMatchObject({ approximate: true, lon: expect.closeTo(-0.54, 1) });
    expect(loc('lat-off')).toMatchObject({ approximate: true, lat: expect.closeTo(50.43, 1) });
    // "Stanley" is several places; only the County Durham one lies among this directory's services.
    expect(loc('missing-stanley')).toMatchObject({ approximate: true, lat: expect.closeTo(54.87, 1), lon: expect.closeTo(-1.7, 1) });
    expect(loc('missing-newport').lat).toBeUndefined();
    expect(loc('good-nc')).toMatchObject({ lat: 54.974, lon: -1.613 });
    expect(loc('good-nc').approximate).toBeUndefined();
  });
});
