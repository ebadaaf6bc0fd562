import type { DirectoryService } from './model';
import type { PreparedQuery, UseMode } from './query';
import { topicAllows } from './specific-topics';
import { haversineKm } from './geo';
import { englishRegionNamed } from '../places/counties';
import { nationsCoveredBy } from '../places/nation';
import { placeKey } from '../places/place-names';
import { councilAreaLeavesOut, unitaryAreaCovers } from '../places/council-areas';
import { authorityAreaCovers } from '../places/authorities';
import { postcodeAreaCovers } from '../places/postcode-areas';
import { distance } from 'fastest-levenshtein';

/**
 * Whether the person can use a service at all, and how. These are hard rules — a service that
 * fails them is never suggested, however well it fits:
 *  - active only (inactive, defunct and temporarily closed never);
 *  - age limits, when the age or age group is known: a group wholly outside them excludes;
 *  - a service for one specific need (alcohol, a condition) only when the person names it;
 *  - under a cost barrier, free only (unless the link worker widened it);
 *  - a service limited to an area must cover where the person lives;
 *  - at least one way of taking part the person can use: in person only within reach (never when
 *    reach is unknown), a home visit within its area, by phone unless severe hearing loss and no
 *    text option, online unless the person has no digital access.
 * The first usable mode in USE_ORDER is the one the plan offers.
 */
/** A home-visiting service with no stated area is taken to cover this far from its base. */
export const HOME_VISIT_KM = 30;
/**
 * A local service (it has a venue) that also takes calls or runs online serves its own area: a
 * Hackney carers' hub is not a Bath carer's phone line. Without stated service areas, its remote
 * options are for people within this distance of a venue.
 */
export const LOCAL_REMOTE_KM = 30;
/** An area we cannot name on the map (a district, "parishes around X") covers this far from the service. */
export const AREA_NEAR_KM = 20;

export function isActive(s: DirectoryService): boolean {
  return s.status === 'active';
}

/**
 * Least share of the person's age group a service's limits must admit. A group that only grazes a
 * limit (a 16–25 service for someone "25 to 34": one year of ten) is almost surely outside it, and
 * a link worker would not offer a youth service on that chance (round 5b, RESULTS.md §15); a group
 * half inside (60+ for "55 to 64") stays, with a "Check:".
 */
export const AGE_OVERLAP_MIN = 0.25;

export function ageAllows(s: DirectoryService, pq: Pick<PreparedQuery, 'ageMin' | 'ageMax'>): boolean {
  if (pq.ageMin === undefined || pq.ageMax === undefined) return true;
  const lo = Math.max(pq.ageMin, s.minAge ?? -Infinity);
  const hi = Math.min(pq.ageMax, s.maxAge ?? Infinity);
  if (hi < lo) return false;
  // Years as whole ages: the group "25 to 34" holds ten of them.
  return (hi - lo + 1) / (pq.ageMax - pq.ageMin + 1) >= AGE_OVERLAP_MIN;
}

/** The person's age group straddles the service's limit: possibly eligible, the link worker checks. */
export function ageUncertain(s: DirectoryService, pq: Pick<PreparedQuery, 'ageMin' | 'ageMax'>): boolean {
  if (pq.ageMin === undefined || pq.ageMax === undefined) return false;
  return (s.minAge !== undefined && pq.ageMin < s.minAge) || (s.maxAge !== undefined && pq.ageMax > s.maxAge);
}

/**
 * 'yes' / 'no', or 'unknown' when we cannot tell (no home area, an area name we do not know):
 * the matcher then keeps the service only with a "Check:" for the link worker.
 */
export function areaCovers(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined): 'yes' | 'no' | 'unknown' {
  const areas = s.serviceAreas ?? [];
  if (areas.length === 0) return 'yes';
  // A whole nation ("Wales", "UK-wide"): the person's nation on the map decides.
  const nations = areas.map(nationsCoveredBy);
  const home = pq.raw.homeNation;
  if (home && nations.some((n) => n?.includes(home))) return 'yes';
  if (pq.homeAreas.length === 0) return 'unknown';
  const homeKeys = pq.homeAreas.map(areaKey).filter(Boolean);
  let leftOut = 0;
  for (const area of areas) {
    // A council, ICB or combined authority the tables resolve, for a person whose council is known
    // (authorities.ts), or a list of postcode districts with the person's district known
    // (postcode-areas.ts): exact, so it decides either way — Huddersfield is not in "Calderdale",
    // however near Halifax is.
    const exact = postcodeAreaCovers(area, pq.homeDistricts) ?? authorityAreaCovers(area, pq.raw.homeAuthority);
    if (exact === true) return 'yes';
    if (exact === false) {
      leftOut++;
      continue;
    }
    // "Wiltshire Council area" is not for Swindon, though Swindon is in Wiltshire (council-areas.ts).
    if (councilAreaLeavesOut(area, homeKeys)) {
      leftOut++;
      continue;
    }
    const a = areaKey(area);
    // "BCP" is Bournemouth, Christchurch and Poole, not everywhere within 20 km of its venues.
    const unitary = unitaryAreaCovers(a, homeKeys, pq.raw.location);
    if (unitary === true) return 'yes';
    if (unitary === false) {
      leftOut++;
      continue;
    }
    if (homeKeys.some((h) => a === h || namesWholeOf(a, h) || oneSlipApart(a, h))) return 'yes';
  }
  if (leftOut === areas.length) return 'no';
  if (nations.every((n) => n !== null)) return home ? 'no' : 'unknown';
  // A region of England ("East Midlands"), for someone in England: the region of their county
  // (home-areas.ts) met it above, or it is another region ('no'); with no county known, unknown.
  // Only where every area is a nation or a region — a town or district beside it is judged below.
  if (home === undefined || home === 'ENG') {
    const regions = areas.map(englishRegionNamed);
    if (regions.some((r) => r !== null) && areas.every((_, i) => regions[i] !== null || nations[i] !== null))
      return pq.homeAreas.some((h) => englishRegionNamed(h) !== null) ? 'no' : 'unknown';
  }
  // Areas named as places or counties we know, and not the person's: no. Areas we cannot put on
  // the map ("South Norfolk", "Cwm Taf"): near the service's own places, or near the venues of
  // the directory's other services limited to the same area.
  if (s.serviceAreasNamed !== false) return 'no';
  // Part of a county that is not the person's ("South Norfolk" for someone in Suffolk): however near, no.
  if (s.serviceAreaCounties?.length && !s.serviceAreaCounties.some((c) => homeKeys.includes(areaKey(c)))) return 'no';
  if (distanceKm !== undefined && distanceKm <= AREA_NEAR_KM) return 'yes';
  const here = pq.raw.location;
  return here && s.serviceAreaPoints?.some((p) => haversineKm(here.lat, here.lon, p.lat, p.lon) <= AREA_NEAR_KM) ? 'yes' : 'no';
}

/**
 * An area's name without the words for what kind of area it is: "County Antrim", "Co. Antrim"
 * and "Antrim" meet; so do "City of Edinburgh" and "Edinburgh", "Breckland District Council" and
 * "Breckland".
 */
function areaKey(name: string): string {
  return placeKey(name)
    .replace(/^(the )?(county|city|borough|district|royal borough) of /, '')
    .replace(/^county /, '')
    .replace(/ (county borough council|county council|borough council|district council|city council|council|county|district|borough|council area|area)$/, '')
    .trim();
}

/**
 * "New Forrest" typed for the district the directory spells "New Forest", "Purbek" for "Purbeck":
 * one letter apart in a name of seven letters or more is the same area (shorter names are too
 * often real neighbours one letter apart: Barnet and Barnes).
 */
export const AREA_SLIP_MIN_LENGTH = 7;
function oneSlipApart(area: string, home: string): boolean {
  return area.length >= AREA_SLIP_MIN_LENGTH && Math.abs(area.length - home.length) <= 1 && area !== home && distance(area, home) === 1;
}

/** "North Norfolk", "Mid Suffolk district", "South Tyneside": a part of the county, not the county. */
const PART_OF = /(north|south|east|west|mid|central|upper|lower|inner|outer|northern|southern|eastern|western) $/;

/**
 * Words that may follow a place's name in an area's name without making it another place: a list
 * ("Derby and Derbyshire"), what kind of area it is ("Derbyshire ICB", "Leicester City"), or the
 * rest of a town's name ("Newcastle upon Tyne").
 */
const SAME_PLACE_AFTER =
  /^(and|or|upon|on|under|in|by|le|city|county|district|borough|council|councils|area|areas|region|wide|only|icb|ccg|nhs|hsct|health|integrated|care|board|trust|partnership|residents?|people)$/;

/**
 * The area names the home area as a whole ("Newcastle and Gateshead" names Gateshead, "Breckland
 * district" names Breckland), not one part of it: a Pulham Market person lives in Norfolk, yet
 * a service limited to North Norfolk is not theirs; a Chesterfield person lives in Derbyshire,
 * yet "Derbyshire Dales" is another district (round 6: a Dales sitting service was offered in
 * Chesterfield, 15 km outside its area).
 */
function namesWholeOf(area: string, home: string): boolean {
  const padded = ` ${area} `;
  for (let at = padded.indexOf(` ${home} `); at >= 0; at = padded.indexOf(` ${home} `, at + 1)) {
    if (PART_OF.test(padded.slice(0, at + 1))) continue;
    const next = padded.slice(at + home.length + 2).split(' ')[0] ?? '';
    if (next === '' || SAME_PLACE_AFTER.test(next)) return true;
  }
  return false;
}

export const USE_ORDER: readonly UseMode[] = ['in_person', 'home_visit', 'phone', 'online'];
/** Without travel — offered first when the person cannot travel or leave someone. */
export const REMOTE_ORDER: readonly UseMode[] = ['home_visit', 'phone', 'online', 'in_person'];

function localEnough(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined): boolean {
  if (!pq.raw.location || (s.serviceAreas?.length ?? 0) > 0 || distanceKm === undefined || !s.attendance.inPerson) return true;
  return distanceKm <= LOCAL_REMOTE_KM;
}

function modeUsable(mode: UseMode, s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined): boolean {
  const q = pq.raw;
  const a = s.attendance;
  switch (mode) {
    case 'in_person':
      if (!a.inPerson || q.remoteOnly) return false;
      if (q.requiresWheelchair && !s.accessibility.wheelchair) return false;
      if (q.requiresHearingLoop && !s.accessibility.hearingLoop) return false;
      // No place for the person: distance was not asked about. A place but no venue point: unknown reach.
      if (!q.location) return true;
      return distanceKm !== undefined && distanceKm <= pq.radiusKm;
    case 'home_visit':
      return a.homeVisit === true && ((s.serviceAreas?.length ?? 0) > 0 || distanceKm === undefined || distanceKm <= HOME_VISIT_KM);
    case 'phone':
      return a.phone && q.phoneUse !== 'none' && !(q.phoneUse === 'text_only' && !a.text) && localEnough(s, pq, distanceKm);
    case 'online':
      return a.online && !pq.noOnline && localEnough(s, pq, distanceKm);
  }
}

/** How the person would take part, or null when the service cannot be suggested to them. */
export function usableMode(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined): UseMode | null {
  if (!isActive(s) || !ageAllows(s, pq)) return null;
  if (!topicAllows(s.specificTo, pq.raw.namedTopics)) return null;
  // Under a cost barrier: free, or no cost stated (shown with "Check: cost not stated", ranked below
  // free ones, never called free) — most such records are free community groups, and leaving them
  // out hid every one of them; a stated charge, however small, is left out (RESULTS.md §14).
  if (pq.freeOnly && s.cost !== 'free' && s.cost !== 'unknown') return null;
  if (areaCovers(s, pq, distanceKm) === 'no') return null;
  const order = pq.remoteFirst || pq.raw.prefersRemote ? REMOTE_ORDER : USE_ORDER;
  return order.find((m) => modeUsable(m, s, pq, distanceKm)) ?? null;
}
