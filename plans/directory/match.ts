import { FLAG_EXCLUDED, FLAG_IN_PERSON, FLAG_MULTI_PLACE, idfFor, serviceTermWeights, type DirectoryIndex } from './build-index';
import { collectCandidates, scratchFor } from './candidates';
import { haversineKm, KM_PER_DEGREE_LAT } from './geo';
import type { DirectoryService } from './model';
import { compareSuggestions, nearestKm, needMaskOf, popcount, prepareQuery, type MatchQuery, type PreparedQuery, type ResourceSuggestion } from './query';
import { bonusForTraitKey, traitKeyPassesFilters } from './bonus-bound';
import { DEFAULT_PROXIMITY_KM, FAR_KM, passesFilters, proximityPoints, relevancePoints, scoreService, type Explanation } from './score';
import { dayBit, T_FAR, T_LANGUAGE_OFFERED, T_OPEN_ON_DAY, T_REMOTE } from './traits';

// Imported bindings copied to module constants: under tsx/esbuild each access to an imported
// binding can go through a getter, which is measurable in loops over 50k candidates.
const EXCLUDED = FLAG_EXCLUDED;
const IN_PERSON = FLAG_IN_PERSON;
const MULTI_PLACE = FLAG_MULTI_PLACE;
const kmBetween = haversineKm;
const relevance = relevancePoints;
const proximity = proximityPoints;
const bits = popcount;
const bonusFor = bonusForTraitKey;
const FAR = FAR_KM;
const LANGUAGE_OFFERED = T_LANGUAGE_OFFERED;
const OPEN_ON_DAY = T_OPEN_ON_DAY;
const FAR_AWAY = T_FAR;
const REMOTE = T_REMOTE;
const KM_PER_LAT = KM_PER_DEGREE_LAT;
/** dist[i] for a candidate known to be too far for any distance rule to tell apart: measured only if scored. */
const DEFERRED = -1;

/** Distance to the nearest mapped location, NaN when unknown (the scan's nearestKm, without object hops). */
function distanceKm(index: DirectoryIndex, i: number, from: MatchQuery['location']): number {
  if (!from) return NaN;
  if (index.flags[i]! & MULTI_PLACE) return nearestKm(index.services[i]!.locations, from) ?? NaN;
  const lat = index.firstCoords[2 * i]!;
  return Number.isNaN(lat) ? NaN : kmBetween(from.lat, from.lon, lat, index.firstCoords[2 * i + 1]!);
}

interface Scored {
  service: DirectoryService;
  score: number;
  distanceKm: number | undefined;
  textScore: number;
}

/** Keeps the best `limit` in order without sorting every candidate. */
class TopK {
  readonly items: Scored[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  get worstScore(): number {
    return this.items[this.items.length - 1]?.score ?? -Infinity;
  }
  offer(c: Scored): void {
    const items = this.items;
    if (this.full && compareSuggestions(c, items[items.length - 1]!) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareSuggestions(items[mid]!, c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, c);
    if (items.length > this.limit) items.pop();
  }
}

function consider(top: TopK, s: DirectoryService, pq: PreparedQuery, textScore: number, distanceKm: number | undefined): void {
  if (!passesFilters(s, pq, distanceKm)) return;
  top.offer({ service: s, score: scoreService(s, pq, distanceKm, textScore), distanceKm, textScore });
}

/** Reasons are only worked out for the few results shown, not for every candidate. */
function explain(c: Scored, pq: PreparedQuery): ResourceSuggestion {
  const weights = serviceTermWeights(c.service);
  const ex: Explanation = { reasons: [], respects: new Set(), matchedTokens: pq.tokens.filter((t) => weights.has(t)) };
  const score = scoreService(c.service, pq, c.distanceKm, c.textScore, ex);
  const out: ResourceSuggestion = { service: c.service, score, reasons: ex.reasons, respectsBarriers: pq.raw.barriers.filter((b) => ex.respects.has(b)) };
  if (c.distanceKm !== undefined) out.distanceKm = Math.round(c.distanceKm * 10) / 10;
  return out;
}

/** Known points are bucketed in quarter points; OFFSET keeps the most negative bonus (≈ -132) in range. */
const BUCKETS_PER_POINT = 4;
const OFFSET_POINTS = 160;
/** scoreService rounds to 3 decimals and adds in a different order: allow for both. */
const SLACK = 0.001;

/**
 * Best `limit` suggestions for a query:
 *  1. candidates from the index (see candidates.ts);
 *  2. drop those the hard filters exclude, and work out each one's score from the packed traits
 *     (relevance + nearness + bonusForTraitKey) without touching the service object; bucket by it;
 *  3. fully score bucket by bucket, best first, and stop once the next bucket's upper edge cannot
 *     reach the current k-th result.
 * Filters and final scores are the functions the brute-force scan uses, so the results are identical;
 * step 2 only decides the order candidates are looked at and when looking can stop.
 */
export function matchResources(index: DirectoryIndex, query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0 || index.services.length === 0) return [];
  const pq = prepareQuery(query);
  const terms = pq.tokens.filter((t) => index.idf.has(t));
  const idfTotal = terms.reduce((sum, t) => sum + index.idf.get(t)!, 0);
  const scratch = scratchFor(index);
  const count = collectCandidates(index, pq, terms, scratch);
  const { acc, dist, candidates, order, bucketOf, offered, bonusGen, bonus, gen } = scratch;
  const { firstCoords, flags, needMasks } = index;
  const { keys, dayMasks, minAges, maxAges, languagePostings } = index.traits;
  const from = query.location;
  const age = query.age;
  const maxKm = query.maxDistanceKm;
  const openBit = query.day ? dayBit(query.day) : 0;
  if (pq.language) for (const i of languagePostings.get(pq.language) ?? []) offered[i] = gen;
  // + 0.001 km: room for rounding between the latitude bound and haversine.
  const decidedKm = Math.max(maxKm ?? DEFAULT_PROXIMITY_KM, FAR) + 0.001;

  // Step 2: filter, then counting sort into buckets of known points.
  const bucketCounts: number[] = [];
  for (let c = 0; c < count; c++) {
    bucketOf[c] = -1;
    const i = candidates[c]!;
    const f = flags[i]!;
    if (f & EXCLUDED) continue;
    if (age !== undefined && (age < minAges[i]! || age > maxAges[i]!)) continue;
    // Trigonometry is most of this loop's cost. Latitude alone bounds the distance from below, and
    // beyond `decidedKm` every distance rule has the same answer: no nearness points, "far", and
    // outside any radius. Those candidates get their exact distance only if they are scored.
    const lat = firstCoords[2 * i]!;
    const d = from && !(f & MULTI_PLACE) && Math.abs(lat - from.lat) * KM_PER_LAT > decidedKm ? DEFERRED : distanceKm(index, i, from);
    const beyond = d === DEFERRED;
    const key = keys[i]! | (offered[i] === gen ? LANGUAGE_OFFERED : 0) | (dayMasks[i]! & openBit ? OPEN_ON_DAY : 0) | (beyond || d > FAR ? FAR_AWAY : 0);
    if (maxKm !== undefined && (beyond || d > maxKm) && !(key & REMOTE)) continue; // NaN (unknown) never compares true
    if (bonusGen[key] !== gen) (bonusGen[key] = gen), (bonus[key] = traitKeyPassesFilters(key, pq) ? bonusFor(key, pq) : -Infinity);
    const extra = bonus[key]!;
    if (extra === -Infinity) continue;
    dist[i] = d;
    const textScore = idfTotal > 0 ? acc[i]! / idfTotal : 0;
    const known = relevance(bits(needMasks[i]! & pq.needMask), pq.needCount, textScore) + (beyond ? 0 : proximity((f & IN_PERSON) !== 0, pq, Number.isNaN(d) ? undefined : d)) + extra;
    const b = Math.max(0, Math.floor((known + OFFSET_POINTS) * BUCKETS_PER_POINT));
    bucketOf[c] = b;
    bucketCounts[b] = (bucketCounts[b] ?? 0) + 1;
  }
  const starts: number[] = [];
  let offset = 0;
  for (let b = bucketCounts.length - 1; b >= 0; b--) (starts[b] = offset), (offset += bucketCounts[b] ?? 0);
  const fill = starts.slice();
  for (let c = 0; c < count; c++) {
    const b = bucketOf[c]!;
    if (b >= 0) order[fill[b]!++] = candidates[c]!;
  }

  // Step 3: full scoring, best bucket first; a bucket's upper edge bounds every score in it.
  const top = new TopK(limit);
  for (let b = bucketCounts.length - 1; b >= 0; b--) {
    if (top.full && (b + 1) / BUCKETS_PER_POINT - OFFSET_POINTS + SLACK < top.worstScore) break;
    const end = starts[b]! + (bucketCounts[b] ?? 0);
    for (let j = starts[b]!; j < end; j++) {
      const i = order[j]!;
      const d = dist[i] === DEFERRED ? distanceKm(index, i, from) : dist[i]!;
      consider(top, index.services[i]!, pq, idfTotal > 0 ? acc[i]! / idfTotal : 0, Number.isNaN(d) ? undefined : d);
    }
  }
  return top.items.map((c) => explain(c, pq));
}

/** The scan re-reads the whole directory per query; caching per service object keeps tests quick. */
const termWeightCache = new WeakMap<DirectoryService, Map<string, number>>();
function cachedTermWeights(s: DirectoryService): Map<string, number> {
  let w = termWeightCache.get(s);
  if (!w) termWeightCache.set(s, (w = serviceTermWeights(s)));
  return w;
}

/**
 * The reference implementation: every service, no index, no pruning. Used to prove the index
 * returns the same results; far too slow for a request path at 100k services.
 */
export function scanResources(services: readonly DirectoryService[], query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0) return [];
  const pq = prepareQuery(query);
  const weights = services.map(cachedTermWeights);
  const df = new Map<string, number>();
  for (const w of weights) for (const t of w.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = pq.tokens.filter((t) => df.has(t));
  const idf = new Map(terms.map((t) => [t, idfFor(services.length, df.get(t)!)]));
  const idfTotal = terms.reduce((sum, t) => sum + idf.get(t)!, 0);
  const browse = pq.needCount === 0 && pq.tokens.length === 0;
  const all: Scored[] = [];
  services.forEach((s, i) => {
    let text = 0;
    for (const t of terms) {
      const w = weights[i]!.get(t) ?? 0;
      if (w > 0) text += idf.get(t)! * w;
    }
    if (!browse && !(needMaskOf(s.needAreas) & pq.needMask) && text === 0) return;
    if (s.status === 'inactive' || s.status === 'defunct') return;
    const distanceKm = nearestKm(s.locations, query.location);
    if (!passesFilters(s, pq, distanceKm)) return;
    const textScore = idfTotal > 0 ? text / idfTotal : 0;
    all.push({ service: s, score: scoreService(s, pq, distanceKm, textScore), distanceKm, textScore });
  });
  return all.sort(compareSuggestions).slice(0, limit).map((c) => explain(c, pq));
}
