import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { usableMode } from './eligibility';
import type { DirectoryService } from './model';
import { nearestSameSideKm } from '../places/islands';
import { type PreparedQuery, type ResourceSuggestion, type UseMode } from './query';
import { scoreService, type Explanation } from './score';

/**
 * One service, one person: relevant? usable? score. The reference scan and the indexed matcher
 * both call judge(), so they can only differ in WHICH services they judge, never in how.
 */
export interface Scored {
  service: DirectoryService;
  score: number;
  mode: UseMode;
  distanceKm: number | undefined;
  textScore: number;
}

/** Text relevance: the person's words found in the service, weighted by rarity, 0–1. */
export function textScoreOf(weights: ReadonlyMap<string, number>, pq: PreparedQuery, idf: ReadonlyMap<string, number>, idfTotal: number): number {
  if (idfTotal === 0) return 0;
  let sum = 0;
  for (const t of pq.tokens) {
    const w = weights.get(t);
    if (w !== undefined) sum += idf.get(t)! * w;
  }
  return sum / idfTotal;
}

/** A service is worth suggesting when it shares a need area (or, with no needs given, a word). */
export function relevant(needMask: number, textScore: number, pq: PreparedQuery): boolean {
  if (pq.needCount > 0) return (needMask & pq.needMask) !== 0;
  return pq.tokens.length === 0 || textScore > 0;
}

/** Relevant? usable? then scored. Cheapest test first: with need areas, relevance needs no text. */
export function judge(
  s: DirectoryService,
  needMask: number,
  weights: ReadonlyMap<string, number>,
  pq: PreparedQuery,
  idf: ReadonlyMap<string, number>,
  idfTotal: number,
): Scored | null {
  if (pq.needCount > 0 && (needMask & pq.needMask) === 0) return null;
  // Venues across the water from the person (a ferry island) are not near, whatever the map says.
  const distanceKm = nearestSameSideKm(s.locations, pq.raw.location, pq.homeIsland ?? null, pq.raw.noCrossing === true);
  const mode = usableMode(s, pq, distanceKm);
  if (!mode) return null;
  const textScore = textScoreOf(weights, pq, idf, idfTotal);
  if (!relevant(needMask, textScore, pq)) return null;
  return { service: s, score: scoreService(s, pq, mode, distanceKm, textScore), mode, distanceKm, textScore };
}

/** Reasons are only worked out for the few results shown. */
export function explain(c: Scored, pq: PreparedQuery): ResourceSuggestion {
  const ex: Explanation = { reasons: [], respects: new Set() };
  const score = scoreService(c.service, pq, c.mode, c.distanceKm, c.textScore, ex);
  const out: ResourceSuggestion = {
    service: c.service,
    score,
    mode: c.mode,
    reasons: ex.reasons,
    respectsBarriers: pq.raw.barriers.filter((b) => ex.respects.has(b)),
  };
  if (c.distanceKm !== undefined && Number.isFinite(c.distanceKm)) out.distanceKm = Math.round(c.distanceKm * 10) / 10;
  return out;
}

export const idfTotalFor = (pq: PreparedQuery, idf: ReadonlyMap<string, number>) => pq.tokens.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);

export const needMaskOfService = (s: DirectoryService) => s.needAreas.reduce((m, n) => m | (1 << NEED_AREA_IDS.indexOf(n)), 0);
