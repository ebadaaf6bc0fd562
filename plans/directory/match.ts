import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { inverseDocumentFrequencies, serviceTermWeights, type DirectoryIndex } from './build-index';
import { usableMode } from './eligibility';
import type { DirectoryService } from './model';
import { compareSuggestions, nearestKm, prepareQuery, type MatchQuery, type PreparedQuery, type ResourceSuggestion, type UseMode } from './query';
import { scoreService, type Explanation } from './score';

/**
 * Best `limit` suggestions for a person. `scanResources` is the reference: every service, one
 * by one — relevant? usable? score — then sorted. `matchResources` gives the same answer from the
 * index by scoring only services that could be usable: venues in the grid cells within the
 * person's reach, plus the no-travel services for their need areas. Both share judge() below,
 * so they can only differ in which services they look at; the equivalence test checks they don't.
 */
interface Scored {
  service: DirectoryService;
  score: number;
  mode: UseMode;
  distanceKm: number | undefined;
  textScore: number;
}

/** Text relevance: the person's words found in the service, weighted by rarity, 0–1. */
function textScoreOf(weights: ReadonlyMap<string, number>, pq: PreparedQuery, idf: ReadonlyMap<string, number>, idfTotal: number): number {
  if (idfTotal === 0) return 0;
  let sum = 0;
  for (const t of pq.tokens) {
    const w = weights.get(t);
    if (w !== undefined) sum += idf.get(t)! * w;
  }
  return sum / idfTotal;
}

/** A service is worth suggesting when it shares a need area (or, with no needs given, a word). */
function relevant(needMask: number, textScore: number, pq: PreparedQuery): boolean {
  if (pq.needCount > 0) return (needMask & pq.needMask) !== 0;
  return pq.tokens.length === 0 || textScore > 0;
}

/** Relevant? usable? then scored. Cheapest test first: with need areas, relevance needs no text. */
function judge(s: DirectoryService, needMask: number, weights: ReadonlyMap<string, number>, pq: PreparedQuery, idf: ReadonlyMap<string, number>, idfTotal: number): Scored | null {
  if (pq.needCount > 0 && (needMask & pq.needMask) === 0) return null;
  const distanceKm = nearestKm(s.locations, pq.raw.location);
  const mode = usableMode(s, pq, distanceKm);
  if (!mode) return null;
  const textScore = textScoreOf(weights, pq, idf, idfTotal);
  if (!relevant(needMask, textScore, pq)) return null;
  return { service: s, score: scoreService(s, pq, mode, distanceKm, textScore), mode, distanceKm, textScore };
}

/** Reasons are only worked out for the few results shown. */
function explain(c: Scored, pq: PreparedQuery): ResourceSuggestion {
  const ex: Explanation = { reasons: [], respects: new Set() };
  const score = scoreService(c.service, pq, c.mode, c.distanceKm, c.textScore, ex);
  const out: ResourceSuggestion = { service: c.service, score, mode: c.mode, reasons: ex.reasons, respectsBarriers: pq.raw.barriers.filter((b) => ex.respects.has(b)) };
  if (c.distanceKm !== undefined) out.distanceKm = Math.round(c.distanceKm * 10) / 10;
  return out;
}

const idfTotalFor = (pq: PreparedQuery, idf: ReadonlyMap<string, number>) => pq.tokens.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);

function best(scored: Scored[], pq: PreparedQuery, limit: number): ResourceSuggestion[] {
  return scored.sort(compareSuggestions).slice(0, limit).map((c) => explain(c, pq));
}

/** The scan re-reads the whole directory per query; caching per service object keeps tests and the bench baseline quick. */
const termWeightCache = new WeakMap<DirectoryService, Map<string, number>>();
function cachedTermWeights(s: DirectoryService): Map<string, number> {
  let w = termWeightCache.get(s);
  if (!w) {
    w = serviceTermWeights(s);
    termWeightCache.set(s, w);
  }
  return w;
}

/** The reference implementation and test oracle: every service, no index. */
export function scanResources(services: readonly DirectoryService[], query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0) return [];
  const pq = prepareQuery(query);
  const weights = services.map(cachedTermWeights);
  const idf = inverseDocumentFrequencies(weights);
  const idfTotal = idfTotalFor(pq, idf);
  const scored: Scored[] = [];
  services.forEach((s, i) => {
    const c = judge(s, needMaskOfService(s), weights[i]!, pq, idf, idfTotal);
    if (c) scored.push(c);
  });
  return best(scored, pq, limit);
}

const needMaskOfService = (s: DirectoryService) => s.needAreas.reduce((m, n) => m | (1 << NEED_AREA_IDS.indexOf(n)), 0);

/** Which services could be usable for this query: the index's whole job. */
function candidatesFor(index: DirectoryIndex, pq: PreparedQuery): Iterable<number> {
  const q = pq.raw;
  const seen = new Set<number>();
  // (A Set is enough: a candidate list is at most a few thousand services.)
  if (!q.remoteOnly) {
    const cells = q.location ? index.grid.bucketsWithin(q.location.lat, q.location.lon, pq.radiusKm) : undefined;
    if (cells) for (const cell of cells) for (const i of cell) seen.add(i);
    // No place (reach not asked about) or a radius wider than the grid is worth: every venue (slow path).
    else for (const i of index.inPerson) seen.add(i);
  }
  if (pq.needCount > 0) {
    NEED_AREA_IDS.forEach((_, k) => {
      if (pq.needMask & (1 << k)) for (const i of index.remoteByNeed[k]!) seen.add(i);
    });
  } else for (const i of index.remote) seen.add(i);
  return seen;
}

export function matchResources(index: DirectoryIndex, query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0 || index.services.length === 0) return [];
  const pq = prepareQuery(query);
  const idfTotal = idfTotalFor(pq, index.idf);
  const scored: Scored[] = [];
  for (const i of candidatesFor(index, pq)) {
    const c = judge(index.services[i]!, index.needMasks[i]!, index.termWeights[i]!, pq, index.idf, idfTotal);
    if (c) scored.push(c);
  }
  return best(scored, pq, limit);
}
