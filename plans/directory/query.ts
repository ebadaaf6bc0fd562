import { NEED_AREA_IDS, type Barrier, type NeedArea } from '../../dialogs/vocabulary';
import type { DirectoryLocation, DirectoryService, Weekday } from './model';
import { haversineKm } from './geo';
import { islandAt } from '../places/islands';
import { normaliseLanguage } from './text-signals';
import { reachFor } from '../reach';
import { tokenize } from './tokenize';
import type { Nation } from '../places/nation';
import type { HomeAuthority } from '../places/authorities';
import { districtsAmong } from '../places/postcode-areas';

/** What the link worker and person have said, as the matcher needs it. */
export interface MatchQuery {
  needs: NeedArea[];
  /** "What matters to me" free text; only tokens are used, never logged. */
  text: string;
  barriers: Barrier[];
  location?: { lat: number; lon: number };
  /** In-person reach in km; without it the barriers decide (plans/reach.ts RADIUS_KM). */
  maxDistanceKm?: number;
  /** Where the person lives in words (place, county) for services limited to an area. */
  homeAreas?: string[];
  /** The nation the person lives in (plans/places/nation.ts), for services limited to one ("Wales"). */
  homeNation?: Nation;
  /** The council (and district) the person lives in (plans/places/authorities.ts), for areas named as councils, ICBs or combined authorities. */
  homeAuthority?: HomeAuthority;
  /** Exact age in years, when known (the script asks none; tests and callers may give it). */
  age?: number;
  /** The person's age group, when that is all that is known (plans/age-band.ts). */
  ageBand?: { min: number; max: number; label: string };
  /** The person's words rule out online services, as a digital barrier does (plans/reach.ts). */
  noOnline?: boolean;
  /** The person will not go over the bridge or the water: no venue across an estuary (places/estuaries.ts). */
  noCrossing?: boolean;
  /** Specific needs the person's own words name (alcohol_drugs, diabetes…; specific-topics.ts). */
  namedTopics?: string[];
  /** Preferred language, name or code ("Urdu", "ur"). English changes nothing. */
  language?: string;
  /** Hard requirements: in-person venues without confirmed access are excluded. */
  requiresWheelchair?: boolean;
  requiresHearingLoop?: boolean;
  /**
   * Hearing aids or deafness in the notes, no loop asked for: venues with a loop rank first, the
   * rest stay (a loop helps; its absence from a record does not shut a deaf man out of a men's shed).
   */
  prefersHearingLoop?: boolean;
  /** Nothing in person at all (cannot leave the house or the person they care for, or place unknown). */
  remoteOnly?: boolean;
  /** Phone, online and home visits first (cannot travel or leave someone). */
  remoteFirst?: boolean;
  /** Severe hearing loss: phone only when the service also works by text ('text_only'), or not at all ('none'). */
  phoneUse?: 'text_only' | 'none';
  /** The link worker widened a cost barrier: low-cost and paid services may be shown. */
  allowPaid?: boolean;
  prefersRemote?: boolean;
  day?: Weekday;
}

export interface ResourceSuggestion {
  service: DirectoryService;
  score: number;
  /** Plain-words "why"; caveats start with "Check:". */
  reasons: string[];
  /** The query's barriers this service works around. */
  respectsBarriers: Barrier[];
  distanceKm?: number;
  /** How the person would take part, as matched. */
  mode: UseMode;
}

export type UseMode = 'in_person' | 'home_visit' | 'phone' | 'online';

export const needBit = (n: NeedArea) => 1 << NEED_AREA_IDS.indexOf(n);

export function needMaskOf(needs: readonly NeedArea[]): number {
  let m = 0;
  for (const n of needs) m |= needBit(n);
  return m;
}

/** The query with everything derived once, shared by the index and the brute-force scan. */
export interface PreparedQuery {
  raw: MatchQuery;
  needMask: number;
  needCount: number;
  /** Unique stems in first-seen order. */
  tokens: string[];
  barriers: Set<Barrier>;
  radiusKm: number;
  remoteFirst: boolean;
  freeOnly: boolean;
  noOnline: boolean;
  /** Lower-cased home areas for service-area checks. */
  homeAreas: string[];
  /** The postcode districts among the home areas ("YO22"), for areas written as district lists (postcode-areas.ts). */
  homeDistricts: string[];
  /** The ferry island the person lives on (places/islands.ts), null on the mainland or with no place. */
  homeIsland?: string | null;
  language?: string;
  /** The ages the person may be: [age, age] when known, the band's edges, or undefined when unknown. */
  ageMin?: number;
  ageMax?: number;
}

export function prepareQuery(q: MatchQuery): PreparedQuery {
  const barriers = new Set(q.barriers);
  const needMask = needMaskOf(q.needs);
  const lang = q.language?.trim() ? normaliseLanguage(q.language) : undefined;
  const reach = reachFor(q.barriers, '');
  const p: PreparedQuery = {
    raw: q,
    needMask,
    needCount: q.needs.length === 0 ? 0 : new Set(q.needs).size,
    tokens: [...new Set(tokenize(q.text))],
    barriers,
    // Without explicit reach, the barriers decide it (the same rule the plan's search uses).
    radiusKm: q.maxDistanceKm ?? reach.radiusKm,
    remoteFirst: q.remoteFirst ?? reach.remoteFirst,
    freeOnly: barriers.has('cost') && !q.allowPaid,
    noOnline: barriers.has('digital') || q.noOnline === true,
    homeAreas: (q.homeAreas ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean),
    homeDistricts: districtsAmong(q.homeAreas ?? []),
    homeIsland: q.location ? islandAt(q.location.lat, q.location.lon) : null,
  };
  if (lang && lang !== 'English') p.language = lang;
  if (q.age !== undefined) {
    p.ageMin = q.age;
    p.ageMax = q.age;
  } else if (q.ageBand) {
    p.ageMin = q.ageBand.min;
    p.ageMax = q.ageBand.max;
  }
  return p;
}

/** Nearest of a service's mapped locations, in km; undefined without coordinates on either side. */
export function nearestKm(locations: readonly DirectoryLocation[], from: MatchQuery['location']): number | undefined {
  if (!from) return undefined;
  let best: number | undefined;
  for (const l of locations) {
    if (l.lat === undefined || l.lon === undefined) continue;
    const d = haversineKm(from.lat, from.lon, l.lat, l.lon);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/** Score desc, then name, then id: the same input always gives the same list. */
export function compareSuggestions(a: { score: number; service: DirectoryService }, b: { score: number; service: DirectoryService }): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.service.name !== b.service.name) return a.service.name < b.service.name ? -1 : 1;
  return a.service.id < b.service.id ? -1 : a.service.id > b.service.id ? 1 : 0;
}
