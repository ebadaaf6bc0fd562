import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import type { DirectoryIndex } from './build-index';
import { haversineKm } from './geo';
import { explain, idfTotalFor, judge, relevant, type Scored } from './judge';
import { compareSuggestions, nearestKm, prepareQuery, type MatchQuery, type PreparedQuery, type ResourceSuggestion } from './query';
import { boundQuery, LOCAL_REACH_KM, scoreUpperBound } from './score-bound';
import { F, FACT, STRIDE } from './service-facts';
import { TextSums } from './text-postings';

/**
 * The indexed matcher: the same answer as scanResources (match.ts), from far fewer judgements.
 *  1. Candidates from the index only: venues in grid cells within reach, and the no-travel
 *     services for the person's need areas.
 *  2. For each, a cheap upper bound on its score (score-bound.ts): exact need and text points
 *     plus the most its ways of taking part could add.
 *  3. Judged in full (the shared judge()) best bound first — equal bounds in name order, the
 *     tie-break of the ranking — stopping as soon as nobody left can beat the k-th best.
 * What it buys at 100k services: a few dozen full judgements per query instead of ~10,000.
 */

/**
 * Bounds are rounded to 0.001 exactly as scoreService rounds scores: rounding keeps order, so a
 * rounded bound is still ≥ the rounded score, and a service that scores its bound ties with it
 * exactly (then name order settles it without judging every equal service). The tiny nudge covers
 * sums added in another order.
 */
const BOUND_STEPS = 1000;
const SUM_ORDER_SLACK = 1e-6;

/** Reused per index (matching is synchronous, so one query uses it at a time). */
interface Scratch {
  text: TextSums;
  keys: Float64Array;
}
const scratchFor = new WeakMap<DirectoryIndex, Scratch>();
function scratch(index: DirectoryIndex): Scratch {
  let s = scratchFor.get(index);
  if (!s) {
    const p = index.packed;
    // Room for every record a query could meet (it uses either the cells or the whole in-person list).
    const records = [...p.venues.values(), p.inPerson, ...p.remoteByNeed, p.remote, ...p.localNoTravel.venues.values()].reduce(
      (n, b) => n + b.length / STRIDE,
      0,
    );
    s = { text: new TextSums(index.services.length), keys: new Float64Array(records) };
    scratchFor.set(index, s);
  }
  return s;
}

/** Which services could be usable for this query, as packed record lists: the index's job. */
function candidateBlocks(index: DirectoryIndex, pq: PreparedQuery): Float64Array[] {
  const q = pq.raw;
  const p = index.packed;
  const blocks: Float64Array[] = [];
  if (!q.remoteOnly) {
    const cells = q.location ? index.grid.keysWithin(q.location.lat, q.location.lon, pq.radiusKm) : undefined;
    // No place (reach not asked about) or a radius wider than the grid is worth: every venue.
    if (cells) for (const key of cells) blocks.push(p.venues.get(key)!);
    else blocks.push(p.inPerson);
  }
  // With a place, a local venue's no-travel options are looked up near the person only.
  const near = q.location ? p.localNoTravel.grid.keysWithin(q.location.lat, q.location.lon, LOCAL_REACH_KM) : undefined;
  if (near) for (const key of near) blocks.push(p.localNoTravel.venues.get(key)!);
  const lists = near ? { all: p.wideNoTravel, byNeed: p.wideNoTravelByNeed } : { all: p.remote, byNeed: p.remoteByNeed };
  if (pq.needCount === 0) blocks.push(lists.all);
  else
    NEED_AREA_IDS.forEach((_, k) => {
      if (pq.needMask & (1 << k)) blocks.push(lists.byNeed[k]!);
    });
  return blocks;
}

/**
 * Candidates as one number each, −(bound in 0.001 steps) × slot + name rank, so the engine's
 * native numeric sort puts them best bound first and equal bounds in name order (about 10×
 * quicker than sorting objects with a comparator). A service met twice (two venues, or a venue
 * and a need list) gets the same number twice, side by side.
 */
function boundedCandidates(index: DirectoryIndex, pq: PreparedQuery, idfTotal: number, slot: number): Float64Array {
  const work = scratch(index);
  const { services } = index;
  const byRank = index.ranks.byRank;
  const bq = boundQuery(pq);
  const here = pq.raw.location;
  const { ageMin, ageMax } = pq;
  work.text.load(index.postings, index.idf, pq);
  let count = 0;
  for (const r of candidateBlocks(index, pq)) {
    for (let o = 0; o < r.length; o += STRIDE) {
      const needMask = r[o + F.needMask]!;
      const flags = r[o + F.flags]!;
      // The cheap hard rules first, as judge() and usableMode() apply them.
      if (pq.needCount > 0 && (needMask & pq.needMask) === 0) continue;
      if (pq.freeOnly && !(flags & FACT.free)) continue;
      // No overlap between the person's possible ages and the service's limits (NaN: no limit).
      if (ageMin !== undefined && ageMax !== undefined && (ageMax < r[o + F.minAge]! || ageMin > r[o + F.maxAge]!)) continue;
      const rank = r[o + F.rank]!;
      const textScore = idfTotal === 0 ? 0 : work.text.sumFor(rank) / idfTotal;
      if (!relevant(needMask, textScore, pq)) continue;
      // The service object itself only when its record cannot answer (rare; see FACT).
      const s = flags & (FACT.manyVenues | FACT.languages | FACT.repeatedNeed) ? services[byRank[rank]!] : undefined;
      let km: number | undefined;
      if (here) {
        if (s && flags & FACT.manyVenues) km = nearestKm(s.locations, here);
        else if (!Number.isNaN(r[o + F.lat]!)) km = haversineKm(here.lat, here.lon, r[o + F.lat]!, r[o + F.lon]!);
      }
      const bound = scoreUpperBound(bq, flags, r[o + F.days]!, needMask, s, textScore, km);
      if (bound === -Infinity) continue;
      work.keys[count++] = -Math.round(bound * BOUND_STEPS + SUM_ORDER_SLACK) * slot + rank;
    }
  }
  return work.keys.subarray(0, count).sort();
}

interface Kept {
  c: Scored;
  rank: number;
}

/** Keep the best `limit` in order; a newcomer goes in its place. */
function keepBest(top: Kept[], k: Kept, limit: number): void {
  let at = top.length;
  while (at > 0 && compareSuggestions(k.c, top[at - 1]!.c) < 0) at--;
  if (at >= limit) return;
  top.splice(at, 0, k);
  if (top.length > limit) top.pop();
}

export function matchResources(index: DirectoryIndex, query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0 || index.services.length === 0) return [];
  const pq = prepareQuery(query);
  const idfTotal = idfTotalFor(pq, index.idf);
  const slot = 2 ** Math.ceil(Math.log2(index.services.length + 1));
  const keys = boundedCandidates(index, pq, idfTotal, slot);
  const top: Kept[] = [];
  let previous = Number.NaN;
  for (const key of keys) {
    if (key === previous) continue;
    previous = key;
    const steps = -Math.floor(key / slot);
    const rank = key + steps * slot;
    const bound = steps / BOUND_STEPS;
    if (top.length === limit) {
      // Everyone left scores at most `bound`, and on an equal score loses to a lower rank.
      const kth = top[limit - 1]!;
      if (kth.c.score > bound || (kth.c.score === bound && kth.rank < rank)) break;
    }
    const i = index.ranks.byRank[rank]!;
    const c = judge(index.services[i]!, index.needMasks[i]!, index.termWeights[i]!, pq, index.idf, idfTotal);
    if (c) keepBest(top, { c, rank }, limit);
  }
  return top.map((k) => explain(k.c, pq));
}
