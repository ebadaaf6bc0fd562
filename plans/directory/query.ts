import { NEED_AREA_IDS, type Barrier, type NeedArea } from '../../dialogs/vocabulary';
import type { DirectoryLocation, DirectoryService, Weekday } from './model';
import { haversineKm } from './geo';
import { normaliseLanguage } from './text-signals';
import { tokenize } from './tokenize';

/** What the link worker and person have said, as the matcher needs it. */
export interface MatchQuery {
  needs: NeedArea[];
  /** "What matters to me" free text; only tokens are used, never logged. */
  text: string;
  barriers: Barrier[];
  location?: { lat: number; lon: number };
  /** In-person services further than this are excluded (remote ones stay). */
  maxDistanceKm?: number;
  age?: number;
  /** Preferred language, name or code ("Urdu", "ur"). English changes nothing. */
  language?: string;
  /** Hard requirements: in-person-only venues without confirmed access are excluded. */
  requiresWheelchair?: boolean;
  requiresHearingLoop?: boolean;
  remoteOnly?: boolean;
  prefersRemote?: boolean;
  day?: Weekday;
}

export interface ResourceSuggestion {
  service: DirectoryService;
  score: number;
  /** Human-readable "why"; caveats start with "Check:". */
  reasons: string[];
  /** The query's barriers this service works around. */
  respectsBarriers: Barrier[];
  distanceKm?: number;
}

export const needBit = (n: NeedArea) => 1 << NEED_AREA_IDS.indexOf(n);

export function needMaskOf(needs: readonly NeedArea[]): number {
  let m = 0;
  for (const n of needs) m |= needBit(n);
  return m;
}

export function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

/** The query with everything derived once, shared by the index and the brute-force scan. */
export interface PreparedQuery {
  raw: MatchQuery;
  needMask: number;
  needCount: number;
  /** Unique stems in first-seen order (summation order matters for identical floats). */
  tokens: string[];
  /** stem → the person's own word, for reasons ("walking", not "walk"). */
  wordForToken: Map<string, string>;
  barriers: Set<Barrier>;
  /** Transport or mobility barrier: nearness counts double. */
  travelBarrier: boolean;
  /** Normalised non-English language, if any. */
  language?: string;
}

export function prepareQuery(q: MatchQuery): PreparedQuery {
  const wordForToken = new Map<string, string>();
  for (const word of q.text.toLowerCase().split(/[^a-z0-9'’]+/)) {
    const [tok] = tokenize(word);
    if (tok && !wordForToken.has(tok)) wordForToken.set(tok, word.replace(/['’]/g, ''));
  }
  const needMask = needMaskOf(q.needs);
  const lang = q.language?.trim() ? normaliseLanguage(q.language) : undefined;
  const p: PreparedQuery = {
    raw: q,
    needMask,
    needCount: popcount(needMask),
    tokens: [...wordForToken.keys()],
    wordForToken,
    barriers: new Set(q.barriers),
    travelBarrier: q.barriers.includes('transport') || q.barriers.includes('mobility'),
  };
  if (lang && lang !== 'English') p.language = lang;
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
