import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources, scanResources } from '../../plans/directory/match';
import type { MatchQuery } from '../../plans/directory/query';
import { generateSyntheticDirectory, generateSyntheticQueries } from '../../plans/directory/synthetic';
import { UK_PLACES } from '../../plans/directory/synthetic-places';
import { haversineKm } from '../../plans/directory/geo';
import { buildGazetteer, type Gazetteer } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { smallPlacesGreatBritain } from '../../plans/places/geonames-small-places';
import { authorityAt } from '../../plans/places/authorities';
import { resolvePlace } from '../../plans/places/resolve-place';
import { summarise, timeEach, type Summary } from '../stats';

/**
 * Resource matching per query over generated directories of growing size: the same varied
 * queries (needs, free text, barriers, location, radius, day, language, wheelchair) at each size,
 * with the limit the plan feature uses (8). The baseline in the same run is the brute-force scan
 * (scanResources: every service scored, the matcher's reference implementation) on a subset of
 * the same queries, so the table shows what the index buys at each size.
 */
export interface MatchOptions {
  sizes: number[];
  queries: number;
  /** Queries for the brute-force baseline at each size (it is slow at 100k by design). */
  scanQueries: number;
}

export interface MatchSizeResult {
  services: number;
  generateMs: number;
  indexBuildMs: number;
  perQueryMs: Summary;
  /** The area typed as text (town, postcode district, or misspelt) resolved, then matched. */
  withPlaceMs: Summary;
  /**
   * The same path's own CPU time per query (process.cpuUsage). On a shared machine the wall
   * clock p99 is mostly time the process spent waiting for a core; this is what the query cost.
   */
  withPlaceCpuMs: Summary;
  gazetteerBuildMs: number;
  scanPerQueryMs: Summary;
  /** scan p50 / index p50. */
  speedupP50: number;
  meanSuggestions: number;
  /** The index and the scan returned the same services, in the same order, for every scanned query. */
  agreesWithScan: boolean;
}

export const MATCH_LIMIT = 8;

/**
 * What a link worker would have typed for each query's place: mostly the town, every third a
 * postcode district, every seventh misspelt (the fuzzy "did you mean" path, then no distance).
 */
export function areaTextsFor(queries: readonly MatchQuery[]): string[] {
  return queries.map((q, i) => {
    const near = [...UK_PLACES].sort(
      (a, b) => haversineKm(q.location!.lat, q.location!.lon, a.lat, a.lon) - haversineKm(q.location!.lat, q.location!.lon, b.lat, b.lon),
    )[0]!;
    if (i % 7 === 0) return near.town.slice(0, -2) + near.town.slice(-1);
    if (i % 3 === 0) return near.postcodeDistricts[i % near.postcodeDistricts.length]!;
    return near.town;
  });
}

/**
 * The product's path: resolve the typed place, find its council (as planSearchFor does, round 7),
 * then match (no place → remote only).
 */
export function resolveAndMatch(index: ReturnType<typeof buildDirectoryIndex>, gaz: Gazetteer, q: MatchQuery, areaText: string) {
  const r = resolvePlace(areaText, gaz);
  const { location: _l, ...rest } = q;
  const authority = r.kind === 'found' ? authorityAt(r.place.lat, r.place.lon) : undefined;
  const query: MatchQuery =
    r.kind === 'found'
      ? { ...rest, location: { lat: r.place.lat, lon: r.place.lon }, ...(authority ? { homeAuthority: authority } : {}) }
      : { ...rest, remoteOnly: true };
  return matchResources(index, query, MATCH_LIMIT);
}

/** CPU time (user + system, this process) per call, in ms. */
function cpuEach<T>(inputs: readonly T[], fn: (input: T) => unknown): Summary {
  const samples = new Float64Array(inputs.length);
  inputs.forEach((input, i) => {
    const before = process.cpuUsage();
    fn(input);
    const used = process.cpuUsage(before);
    samples[i] = (used.user + used.system) / 1000;
  });
  return summarise(samples);
}

export function benchMatch(o: MatchOptions): MatchSizeResult[] {
  const queries = generateSyntheticQueries(o.queries, 2);
  const scanned = queries.slice(0, o.scanQueries);
  return o.sizes.map((n) => {
    let t0 = performance.now();
    const services = generateSyntheticDirectory(n, 1);
    const generateMs = performance.now() - t0;
    t0 = performance.now();
    const index = buildDirectoryIndex(services);
    const indexBuildMs = performance.now() - t0;
    const perQueryMs = timeEach(queries, (q) => matchResources(index, q, MATCH_LIMIT), Math.min(200, queries.length));
    t0 = performance.now();
    const gaz = buildGazetteer(geoNamesGreatBritain(), services, smallPlacesGreatBritain());
    const gazetteerBuildMs = performance.now() - t0;
    const areas = areaTextsFor(queries);
    const withPlace = queries.map((q, i) => ({ q, area: areas[i]! }));
    const withPlaceMs = timeEach(withPlace, ({ q, area }) => resolveAndMatch(index, gaz, q, area), Math.min(200, queries.length));
    const withPlaceCpuMs = cpuEach(withPlace, ({ q, area }) => resolveAndMatch(index, gaz, q, area));
    const found = queries.reduce((sum, q) => sum + matchResources(index, q, MATCH_LIMIT).length, 0);
    // The baseline keeps its answers, so agreement costs no second scan (a scan of 100k is slow).
    const ids = (xs: ReturnType<typeof matchResources>) => xs.map((x) => x.service.id).join(',');
    const scanIds: string[] = [];
    const scanPerQueryMs = timeEach(scanned, (q) => scanIds.push(ids(scanResources(services, q, MATCH_LIMIT))), 0);
    const agreesWithScan = scanned.every((q, i) => ids(matchResources(index, q, MATCH_LIMIT)) === scanIds[i]);
    return {
      services: n,
      generateMs,
      indexBuildMs,
      perQueryMs,
      withPlaceMs,
      withPlaceCpuMs,
      gazetteerBuildMs,
      scanPerQueryMs,
      speedupP50: scanPerQueryMs.p50 / perQueryMs.p50,
      meanSuggestions: found / queries.length,
      agreesWithScan,
    };
  });
}
