import { buildDirectoryIndex, type DirectoryIndex } from '../directory/build-index';
import { haversineKm } from '../directory/geo';
import type { DirectoryLocation, DirectoryService, ImportIssue } from '../directory/model';
import { rememberPlaces } from './directory-places';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { geoNamesGreatBritain, type GazetteerPlace } from './geonames';
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

/** The one place a town name (or the postcode district) means, if it means exactly one. */
function townPoint(gaz: Gazetteer, l: DirectoryLocation, districtFirst: boolean): { lat: number; lon: number; what: string } | null {
  const outward = l.postcode ? outwardIn(l.postcode) : null;
  const district = outward ? gaz.districts.get(outward) : undefined;
  const places = l.town ? gaz.byName.get(placeKey(l.town)) : undefined;
  const town = places?.length === 1 ? { lat: places[0]!.lat, lon: places[0]!.lon, what: l.town! } : null;
  const byDistrict = district && outward ? { lat: district.lat, lon: district.lon, what: `postcode district ${outward}` } : null;
  return districtFirst ? (byDistrict ?? town) : (town ?? byDistrict);
}

const withoutCoords = (l: DirectoryLocation): DirectoryLocation => {
  const { lat: _lat, lon: _lon, ...rest } = l;
  return rest;
};

export function prepareDirectory(services: readonly DirectoryService[], geonames: readonly GazetteerPlace[]): PreparedDirectory {
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
  // 2. Coordinates far from the GeoNames town the address names are not trusted (GeoNames only:
  //    the directory's own points cannot vouch for themselves).
  const geoOnly = buildGazetteer(geonames, []);
  const checked = mapLocations(inside, (l, s, index, j) => {
    if (l.lat === undefined || l.lon === undefined) return l;
    const town = townPoint(geoOnly, l, false);
    if (!town) return l;
    const km = haversineKm(l.lat, l.lon, town.lat, town.lon);
    if (km <= TOWN_MISMATCH_KM) return l;
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
  const gazetteer = buildGazetteer(geonames, placed);
  const regions = new Set(gazetteer.coverage.flatMap((c) => (c.region ? [placeKey(c.region)] : [])));
  const named = (area: string) => regions.has(placeKey(area)) || gazetteer.byName.has(placeKey(area));
  const withAreas = placed.map((s) => (s.serviceAreas?.length ? { ...s, serviceAreasNamed: s.serviceAreas.some(named) } : s));
  return { services: withAreas, gazetteer, issues };
}

/** Imported services → checked locations → index (the one path for the app, the eval and the CLI). */
export function indexImportedDirectory(services: readonly DirectoryService[]): { index: DirectoryIndex; issues: ImportIssue[] } {
  const prepared = prepareDirectory(services, geoNamesGreatBritain());
  const index = buildDirectoryIndex(prepared.services);
  rememberPlaces(index, prepared.gazetteer);
  return { index, issues: prepared.issues };
}
