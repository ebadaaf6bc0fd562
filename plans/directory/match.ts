import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { FLAG_EXCLUDED, FLAG_IN_PERSON, FLAG_MULTI_PLACE, idfFor, serviceTermWeights, termWeight, type DirectoryIndex } from './build-index';
import { haversineKm } from './geo';
import type { DirectoryService } from './model';
import { compareSuggestions, nearestKm, needMaskOf, popcount, prepareQuery, type MatchQuery, type PreparedQuery, type ResourceSuggestion } from './query';
import { maxBonusPoints, passesFilters, proximityPoints, relevancePoints, scoreService, type Explanation } from './score';

// Imported bindings copied to module constants: under tsx/esbuild each access to an imported
// binding can go through a getter, which is measurable in loops over 50k candidates.
const EXCLUDED = FLAG_EXCLUDED;
const IN_PERSON = FLAG_IN_PERSON;
const MULTI_PLACE = FLAG_MULTI_PLACE;
const distanceKm = haversineKm;
const relevance = relevancePoints;
const proximity = proximityPoints;
const bits = popcount;
const weightOf = termWeight;

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
    if (items.length >= this.limit && compareSuggestions(c, items[items.length - 1]!) >= 0) return;
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

/** Reasons are only worked out for the few results shown, not for every candidate. */
function explain(c: Scored, pq: PreparedQuery): ResourceSuggestion {
  const weights = serviceTermWeights(c.service);
  const ex: Explanation = { reasons: [], respects: new Set(), matchedTokens: pq.tokens.filter((t) => weights.has(t)) };
  const score = scoreService(c.service, pq, c.distanceKm, c.textScore, ex);
  const out: ResourceSuggestion = {
    service: c.service,
    score,
    reasons: ex.reasons,
    respectsBarriers: pq.raw.barriers.filter((b) => ex.respects.has(b)),
  };
  if (c.distanceKm !== undefined) out.distanceKm = Math.round(c.distanceKm * 10) / 10;
  return out;
}

function consider(top: TopK, s: DirectoryService, pq: PreparedQuery, textScore: number, distanceKm: number | undefined): void {
  if (!passesFilters(s, pq, distanceKm)) return;
  top.offer({ service: s, score: scoreService(s, pq, distanceKm, textScore), distanceKm, textScore });
}

const distances = new WeakMap<DirectoryIndex, Float64Array>();
function scratchDistances(index: DirectoryIndex): Float64Array {
  let d = distances.get(index);
  if (!d) distances.set(index, (d = new Float64Array(index.services.length)));
  return d;
}

/** Per-index scratch space, so a query allocates nothing proportional to the directory. */
const scratch = new WeakMap<DirectoryIndex, { stamp: Uint32Array; acc: Float64Array; gen: number }>();

function scratchFor(index: DirectoryIndex) {
  let s = scratch.get(index);
  if (!s) scratch.set(index, (s = { stamp: new Uint32Array(index.services.length), acc: new Float64Array(index.services.length), gen: 0 }));
  if (++s.gen === 0xffffffff) s.stamp.fill(0), (s.gen = 1);
  return s;
}

/**
 * Best `limit` suggestions for a query, in three steps:
 *  1. candidates — from the need and word postings, or (when a radius is set and the area holds
 *     fewer services) from the spatial grid plus the services with no place (remote, unmapped);
 *  2. rank candidates by their cheap relevance points (need + text) into integer buckets;
 *  3. fully score bucket by bucket, best first, and stop when even the best possible bonus could
 *     not lift the next bucket above the current k-th result.
 * Filters and scores are the same functions the brute-force scan uses, so results are identical.
 */
export function matchResources(index: DirectoryIndex, query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0 || index.services.length === 0) return [];
  const pq = prepareQuery(query);
  const terms = pq.tokens.filter((t) => index.idf.has(t));
  const idfTotal = terms.reduce((sum, t) => sum + index.idf.get(t)!, 0);
  const browse = pq.needCount === 0 && pq.tokens.length === 0;
  const { stamp, acc, gen } = scratchFor(index);
  const candidates = browse && !query.location ? index.services.map((_, i) => i) : collectCandidates(index, pq, terms, browse, stamp, acc, gen);
  if (browse) for (const i of candidates) acc[i] = 0;

  // Step 2: bucket by the points known cheaply — relevance and nearness (dist[] keeps the km).
  const buckets: number[][] = [];
  const dist = scratchDistances(index);
  const { firstCoords, flags, needMasks } = index;
  const from = query.location;
  for (const i of candidates) {
    const f = flags[i]!;
    if (f & EXCLUDED) continue;
    let d: number | undefined;
    if (from && f & MULTI_PLACE) d = nearestKm(index.services[i]!.locations, from);
    else if (from && !Number.isNaN(firstCoords[2 * i]!)) d = distanceKm(from.lat, from.lon, firstCoords[2 * i]!, firstCoords[2 * i + 1]!);
    dist[i] = d ?? NaN;
    const textScore = idfTotal > 0 ? acc[i]! / idfTotal : 0;
    const known = relevance(bits(needMasks[i]! & pq.needMask), pq.needCount, textScore) + proximity((f & IN_PERSON) !== 0, pq, d);
    (buckets[Math.max(0, Math.floor(known))] ??= []).push(i);
  }
  // Step 3: full scoring, best bucket first, until nothing left can reach the top `limit`.
  const top = new TopK(limit);
  const maxBonus = maxBonusPoints(pq) + 0.001; // + rounding slack
  for (let b = buckets.length - 1; b >= 0; b--) {
    if (top.full && b + 1 + maxBonus < top.worstScore) break;
    for (const i of buckets[b] ?? []) {
      const d = dist[i]!;
      consider(top, index.services[i]!, pq, idfTotal > 0 ? acc[i]! / idfTotal : 0, Number.isNaN(d) ? undefined : d);
    }
  }
  return top.items.map((c) => explain(c, pq));
}

/** Step 1: relevant service positions; acc[i] holds each one's un-normalised text sum. */
function collectCandidates(index: DirectoryIndex, pq: PreparedQuery, terms: string[], browse: boolean, stamp: Uint32Array, acc: Float64Array, gen: number): number[] {
  const q = pq.raw;
  const candidates: number[] = [];
  const needKs = NEED_AREA_IDS.flatMap((_, k) => (pq.needMask & (1 << k) ? [k] : []));
  const postingsSize = needKs.reduce((n, k) => n + index.needPostings[k]!.length, 0) + terms.reduce((n, t) => n + index.terms.get(t)!.ids.length, 0);
  const cells = q.location && q.maxDistanceKm !== undefined ? index.grid.bucketsWithin(q.location.lat, q.location.lon, q.maxDistanceKm) : undefined;
  const gridSize = cells ? cells.reduce((n, c) => n + c.length, index.unplaced.length) : Infinity;

  if (cells && (browse || gridSize < postingsSize)) {
    const visit = (i: number) => {
      if (stamp[i] === gen) return;
      stamp[i] = gen;
      let text = 0;
      for (const t of terms) {
        const w = weightOf(index.terms.get(t)!, i);
        if (w > 0) text += index.idf.get(t)! * w;
      }
      if (!browse && !(index.needMasks[i]! & pq.needMask) && text === 0) return;
      acc[i] = text;
      candidates.push(i);
    };
    for (const c of cells) for (const i of c) visit(i);
    for (const i of index.unplaced) visit(i);
    return candidates;
  }
  if (browse) return index.services.map((_, i) => i);
  const touch = (i: number) => {
    if (stamp[i] !== gen) (stamp[i] = gen), (acc[i] = 0), candidates.push(i);
  };
  for (const k of needKs) for (const i of index.needPostings[k]!) touch(i);
  for (const t of terms) {
    const p = index.terms.get(t)!;
    const idf = index.idf.get(t)!;
    for (let j = 0; j < p.ids.length; j++) {
      const i = p.ids[j]!;
      touch(i);
      acc[i]! += idf * p.weights[j]!;
    }
  }
  return candidates;
}

/**
 * The reference implementation: every service, no index. Used to prove the index returns the
 * same results; far too slow for a request path at 100k services.
 */
export function scanResources(services: readonly DirectoryService[], query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0) return [];
  const pq = prepareQuery(query);
  const weights = services.map(serviceTermWeights);
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
