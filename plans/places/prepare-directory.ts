import { buildDirectoryIndex, type DirectoryIndex } from '../directory/build-index';
import { haversineKm, KM_PER_DEGREE_LAT, SpatialGrid } from '../directory/geo';
import type { DirectoryLocation, DirectoryService, ImportIssue } from '../directory/model';
import { buildGazetteer, COVERAGE_KM, type Gazetteer } from './gazetteer';
import { rememberPlaces } from './directory-places';
import { geoNamesGreatBritain, type GazetteerPlace } from './geonames';
import { smallPlacesGreatBritain } from './geonames-small-places';
import { outwardIn, placeKey } from './place-names';

/**
 * The directory's locations checked against the map before anything is matched on them, and the
 * gazetteer built from the trusted ones. A record is never dropped here: its bad coordinates are
 * reported and removed, and it is placed at its town or postcode-district centre ("matched by
 * town") only when that name means exactly one place — otherwise it has no point at all and only
 * its remote options (if any) can be suggested.
 */
/** Great Britain and Northern Ireland, generously. */
export const UK_BOUNDS = { minLat: 49.8, maxLat: 60.95, minLon: -8.7, maxLon: 1.9 };
/** Coordinates further than this from the town the address names are not trusted. */
export const TOWN_MISMATCH_KM = 25;

export interface PreparedDirectory {
  services: DirectoryService[];
  gazetteer: Gazetteer;
  /** One per location whose coordinates were unusable (same shape as import warnings). */
  issues: ImportIssue[];
}

const inUk = (lat: number, lon: number) => lat >= UK_BOUNDS.minLat && lat <= UK_BOUNDS.maxLat && lon >= UK_BOUNDS.minLon && lon <= UK_BOUNDS.maxLon;

/**
 * The one place a town name (or the postcode district) means, if it means exactly one. A name
 * GeoNames holds several times ("Stanley") means one place when only one of them lies among the
 * directory's own services in the record's county: that is safe, any other reading is not.
 */
function townPoint(gaz: Gazetteer, l: DirectoryLocation, districtFirst: boolean): { lat: number; lon: number; what: string } | null {
  const outward = l.postcode ? outwardIn(l.postcode) : null;
  const district = outward ? gaz.districts.get(outward) : undefined;
  const places = l.town ? gaz.byName.get(placeKey(l.town)) : undefined;
  const local =
    places && places.length > 1
      ? places.filter((p) =>
          gaz.coverage.some(
            (c) => (!l.region || !c.region || placeKey(c.region) === placeKey(l.region)) && haversineKm(p.lat, p.lon, c.lat, c.lon) <= COVERAGE_KM,
          ),
        )
      : places;
  const town = local?.length === 1 ? { lat: local[0]!.lat, lon: local[0]!.lon, what: l.town! } : null;
  const byDistrict = district && outward ? { lat: district.lat, lon: district.lon, what: `postcode district ${outward}` } : null;
  return districtFirst ? (byDistrict ?? town) : (town ?? byDistrict);
}

type Point = { lat: number; lon: number; region?: string };

/**
 * Whether the directory's other records vouch for a point: most of the others in its postcode
 * district, or of its town name, lie within TOWN_MISMATCH_KM of it ('yes') or most lie far away
 * ('no'); with no such records, any other record of its county near it vouches too. 'unknown':
 * the directory cannot tell, and the GeoNames town decides. A town spelt as a namesake elsewhere
 * ("Newcastle" for Newcastle upon Tyne; GeoNames' only "Newcastle" is in County Down) is then
 * not "moved" to the namesake, because its neighbours in the directory agree with it.
 */
function vouched(l: Point & DirectoryLocation, peers: Peers): 'yes' | 'no' | 'unknown' {
  const outward = l.postcode ? outwardIn(l.postcode) : null;
  for (const group of [outward ? peers.byDistrict.get(outward) : undefined, l.town ? peers.byTown.get(placeKey(l.town)) : undefined]) {
    const verdict = majorityNear(l, group ?? []);
    if (verdict) return verdict;
  }
  const region = l.region ? placeKey(l.region) : undefined;
  const near = (i: number) => {
    const p = peers.all[i]!;
    const pRegion = peers.regionKeys[i];
    return p !== l && (region === undefined || pRegion === undefined || pRegion === region) && haversineKm(p.lat, p.lon, l.lat, l.lon) <= TOWN_MISMATCH_KM;
  };
  // Every point within the radius is in these cells (geo.ts); a box too large to visit scans all.
  const buckets = peers.grid.bucketsWithin(l.lat, l.lon, TOWN_MISMATCH_KM);
  const neighbour = buckets ? buckets.some((b) => b.some(near)) : peers.all.some((_, i) => near(i));
  return neighbour ? 'yes' : 'unknown';
}

/**
 * 'yes' when most of the group's other points lie within TOWN_MISMATCH_KM of l, 'no' when most lie
 * farther, null on a tie or an empty group. It stops as soon as the majority is settled, and a
 * latitude gap alone (a lower bound on the distance) rules a point out without the trigonometry:
 * town groups of a large directory are big, and every one of their points is asked this.
 */
function majorityNear(l: Point, group: readonly Point[]): 'yes' | 'no' | null {
  // l is in each of its own groups once (peersOf put it there): the others are all but one.
  const n = group.length - 1;
  if (n <= 0) return null;
  let close = 0;
  let seen = 0;
  for (const p of group) {
    if (p === l) continue;
    seen++;
    const maybeNear = Math.abs(p.lat - l.lat) * KM_PER_DEGREE_LAT <= TOWN_MISMATCH_KM + 1e-6;
    if (maybeNear && haversineKm(p.lat, p.lon, l.lat, l.lon) <= TOWN_MISMATCH_KM) close++;
    if (2 * close > n) return 'yes';
    if (2 * (close + n - seen) < n) return 'no';
  }
  return null;
}

/** Median distance (km, rounded) from a point to the other records of its postcode district, when most lie far away; else null. */
function farFromDistrict(l: Point, group: readonly Point[] | undefined): number | null {
  const km = (group ?? [])
    .filter((p) => p !== l)
    .map((p) => haversineKm(p.lat, p.lon, l.lat, l.lon))
    .sort((a, b) => a - b);
  if (km.length === 0 || 2 * km.filter((d) => d <= TOWN_MISMATCH_KM).length >= km.length) return null;
  return Math.round(km[Math.floor(km.length / 2)]!);
}

interface Peers {
  byDistrict: Map<string, Point[]>;
  byTown: Map<string, Point[]>;
  all: Point[];
  /** placeKey of each point's region (undefined: none), computed once. */
  regionKeys: (string | undefined)[];
  /** Indexes into `all` by cell, for the nearest-neighbour fallback. */
  grid: SpatialGrid;
}

function peersOf(services: readonly DirectoryService[]): Peers {
  const byDistrict = new Map<string, Point[]>();
  const byTown = new Map<string, Point[]>();
  const all: Point[] = [];
  const regionKeys: (string | undefined)[] = [];
  const grid = new SpatialGrid();
  const push = (m: Map<string, Point[]>, k: string, p: Point) => {
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  };
  for (const s of services)
    for (const l of s.locations) {
      if (l.lat === undefined || l.lon === undefined) continue;
      const p = l as Point;
      grid.add(p.lat, p.lon, all.length);
      all.push(p);
      regionKeys.push(p.region ? placeKey(p.region) : undefined);
      const outward = l.postcode ? outwardIn(l.postcode) : null;
      if (outward) push(byDistrict, outward, p);
      if (l.town) push(byTown, placeKey(l.town), p);
    }
  return { byDistrict, byTown, all, regionKeys, grid };
}

const withoutCoords = (l: DirectoryLocation): DirectoryLocation => {
  const { lat: _lat, lon: _lon, ...rest } = l;
  return rest;
};

/**
 * `smallPlaces` (GeoNames' villages, geonames-small-places.ts) go only into the gazetteer returned
 * for resolving the person's area: the location checks and "matched by town" keep to towns and the
 * directory's own places, and a service area named after a small place is read as before.
 */
export function prepareDirectory(
  services: readonly DirectoryService[],
  geonames: readonly GazetteerPlace[],
  smallPlaces: readonly GazetteerPlace[] = [],
): PreparedDirectory {
  const issues: ImportIssue[] = [];
  const report = (index: number, s: DirectoryService, j: number, message: string) => issues.push({ index, id: s.id, path: `locations[${j}]`, message });
  const mapLocations = (list: readonly DirectoryService[], f: (l: DirectoryLocation, s: DirectoryService, index: number, j: number) => DirectoryLocation) =>
    list.map((s, index) => ({ ...s, locations: s.locations.map((l, j) => f(l, s, index, j)) }));

  // 1. Coordinates outside the UK (swapped, wrong sign, 0,0 already dropped at import) are ignored.
  const inside = mapLocations(services, (l, s, index, j) => {
    if (l.lat === undefined || l.lon === undefined || inUk(l.lat, l.lon)) return l;
    report(index, s, j, `coordinates ${l.lat}, ${l.lon} are outside the UK (swapped or wrong sign?); ignored`);
    return withoutCoords(l);
  });
  // 2. Coordinates the directory's own neighbouring records contradict, or (when they cannot
  //    tell) far from the GeoNames town the address names, are not trusted.
  const geoOnly = buildGazetteer(geonames, []);
  const peers = peersOf(inside);
  const checked = mapLocations(inside, (l, s, index, j) => {
    if (l.lat === undefined || l.lon === undefined) return l;
    const verdict = vouched(l as Point & DirectoryLocation, peers);
    if (verdict === 'yes') return l;
    const town = townPoint(geoOnly, l, false);
    if (!town) {
      if (verdict === 'no')
        report(
          index,
          s,
          j,
          `coordinates ${l.lat}, ${l.lon} are far from the directory's other services in the same town or postcode district; kept, check them`,
        );
      return l;
    }
    const km = haversineKm(l.lat, l.lon, town.lat, town.lon);
    if (km <= TOWN_MISMATCH_KM) {
      // The point and its town agree, so the postcode is what is wrong (a Dundee postcode on a
      // Kirkcaldy address): kept as published, reported so the publisher can correct it.
      const outward = verdict === 'no' && l.postcode ? outwardIn(l.postcode) : null;
      const far = outward ? farFromDistrict(l as Point, peers.byDistrict.get(outward)) : null;
      if (outward && far !== null)
        report(
          index,
          s,
          j,
          `postcode ${l.postcode} does not match the address: the directory's other ${outward} services are about ${far} km away; coordinates kept, check the postcode`,
        );
      return l;
    }
    report(index, s, j, `coordinates are ${Math.round(km)} km from ${town.what}; the ${town.what} centre is used instead`);
    return { ...l, lat: town.lat, lon: town.lon, approximate: true };
  });
  // 3. No coordinates: the postcode district (from trusted points) or the town, when it is one place.
  const trusted = buildGazetteer(geonames, checked);
  const placed = mapLocations(checked, (l, s, index, j) => {
    if ((l.lat !== undefined && l.lon !== undefined) || (!l.town && !l.postcode)) return l;
    const town = townPoint(trusted, l, true);
    if (!town) {
      report(index, s, j, `no usable coordinates and “${l.town ?? l.postcode}” is not one known place; not placed on the map`);
      return l;
    }
    report(index, s, j, `no usable coordinates; placed at the ${town.what} centre`);
    return { ...l, lat: town.lat, lon: town.lon, approximate: true };
  });
  const gazetteer = buildGazetteer(geonames, placed, smallPlaces);
  const regions = new Set(gazetteer.coverage.flatMap((c) => (c.region ? [placeKey(c.region)] : [])));
  const named = (area: string) => regions.has(placeKey(area)) || (gazetteer.byName.get(placeKey(area)) ?? []).some((p) => p.source !== 'village');
  const points = areaPoints(placed, named);
  const withAreas = placed.map((s) => {
    if (!s.serviceAreas?.length) return s;
    const isNamed = s.serviceAreas.some(named);
    const where = isNamed ? [] : s.serviceAreas.flatMap((a) => points.get(placeKey(a)) ?? []);
    const counties = isNamed ? [] : s.serviceAreas.flatMap((a) => countyPartOf(a, regions));
    return {
      ...s,
      serviceAreasNamed: isNamed,
      ...(where.length ? { serviceAreaPoints: where } : {}),
      ...(counties.length ? { serviceAreaCounties: counties } : {}),
    };
  });
  return { services: withAreas, gazetteer, issues };
}

/** "South Norfolk", "Mid Suffolk district": a part of a county the directory's addresses name. */
const COUNTY_PART = /^(?:north|south|east|west|mid|central|north east|north west|south east|south west) (.+?)(?: district| area| council)?$/;

function countyPartOf(area: string, regions: ReadonlySet<string>): string[] {
  const county = COUNTY_PART.exec(placeKey(area))?.[1];
  return county && regions.has(county) ? [county] : [];
}

/** Most venues kept per area: enough to outline a health board's towns, few enough to check per query. */
const MAX_AREA_POINTS = 40;

/**
 * An area the map cannot name ("Cwm Taf", "NHS Lanarkshire area"): the directory itself says
 * where it is, through the venues of the services restricted to it. One point per town is kept.
 */
function areaPoints(services: readonly DirectoryService[], named: (area: string) => boolean): Map<string, Array<{ lat: number; lon: number }>> {
  const out = new Map<string, Array<{ lat: number; lon: number }>>();
  for (const s of services)
    for (const area of s.serviceAreas ?? []) {
      if (named(area)) continue;
      const key = placeKey(area);
      const list = out.get(key) ?? [];
      for (const l of s.locations) {
        if (l.lat === undefined || l.lon === undefined || list.length >= MAX_AREA_POINTS) continue;
        if (!list.some((p) => haversineKm(p.lat, p.lon, l.lat!, l.lon!) < 2)) list.push({ lat: l.lat, lon: l.lon });
      }
      out.set(key, list);
    }
  return out;
}

/** Imported services → checked locations → index (the one path for the app, the eval and the CLI). */
export function indexImportedDirectory(services: readonly DirectoryService[]): { index: DirectoryIndex; issues: ImportIssue[] } {
  const prepared = prepareDirectory(services, geoNamesGreatBritain(), smallPlacesGreatBritain());
  const index = buildDirectoryIndex(prepared.services);
  rememberPlaces(index, prepared.gazetteer);
  return { index, issues: prepared.issues };
}
