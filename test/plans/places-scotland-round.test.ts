import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { prepareDirectory } from '../../plans/places/prepare-directory';
import { resolvePlace } from '../../plans/places/resolve-place';
import { serviceAt } from './fixtures';

/**
 * Issue 15, round 3b: a council area typed as the area, unknown postcode districts, "near" labels
 * for remote places, and a postcode that contradicts its address. A small fictional directory in
 * Fife, Dundee and Lewis (real places, invented services) — not the evaluation data.
 */
const at = serviceAt;
const DIR = [
  at('kirkcaldy', 'Kirkcaldy', 'KY1 1AA', 56.112, -3.159, 'Fife'),
  at('glenrothes', 'Glenrothes', 'KY7 5AA', 56.195, -3.173, 'Fife'),
  at('dundee-1', 'Dundee', 'DD1 1AA', 56.462, -2.97, 'Dundee City'),
  at('dundee-2', 'Dundee', 'DD1 2BB', 56.461, -2.975, 'Dundee City'),
  at('dundee-4', 'Dundee', 'DD4 6AA', 56.475, -2.93, 'Dundee City'),
  at('dundee-5', 'Dundee', 'DD5 1AA', 56.47, -2.87, 'Dundee City'),
  at('stornoway', 'Stornoway', 'HS1 2AA', 58.209, -6.386, 'Na h-Eileanan Siar'),
  // A Kirkcaldy address and point, with a Dundee postcode.
  at('wrong-postcode', 'Kirkcaldy', 'DD1 4HN', 56.113, -3.16, 'Fife'),
];
const geo = geoNamesGreatBritain();
const gaz = buildGazetteer(geo, DIR);

describe('areas typed as a council area or an unknown district get a question with useful choices', () => {
  it('"Fife" asks which of the directory’s Fife towns', () => {
    const r = resolvePlace('Fife', gaz);
    expect(r.kind).toBe('unknown');
    const labels = r.kind === 'unknown' ? r.suggestions.map((c) => c.label) : [];
    expect(labels).toEqual(expect.arrayContaining(['Glenrothes (Fife)', 'Kirkcaldy (Fife)']));
    expect(labels.every((l) => l.endsWith('(Fife)'))).toBe(true);
  });

  it('an unknown district offers the same area’s districts, nearest number first', () => {
    const r = resolvePlace('DD3 7', gaz);
    expect(r.kind === 'unknown' && r.suggestions.map((c) => c.label)).toEqual(['DD4', 'DD1', 'DD5']);
  });

  it('a remote place is not labelled "near" a city far away', () => {
    const r = resolvePlace('Stornoway', gaz);
    expect(r.kind === 'found' && r.place.label).not.toMatch(/near/);
  });
});

describe('a postcode that contradicts its own address is reported', () => {
  it('keeps the point (it agrees with its town) and says the postcode needs checking', () => {
    const prepared = prepareDirectory(DIR, geo);
    const moved = prepared.services.find((s) => s.id === 'wrong-postcode')!;
    expect(moved.locations[0]).toMatchObject({ lat: 56.113, lon: -3.16 });
    const issue = prepared.issues.find((i) => i.id === 'wrong-postcode');
    expect(issue?.message).toMatch(/postcode DD1 4HN does not match the address.*check the postcode/);
    // The records that are right are not reported.
    expect(prepared.issues.filter((i) => i.id !== 'wrong-postcode')).toEqual([]);
  });
});
