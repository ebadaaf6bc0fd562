import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import type { DirectoryIndex } from './build-index';
import { haversineKm } from './geo';
import { explain, idfTotalFor, judge, relevant, type Scored } from './judge';
import { KeyHeap } from './key-heap';
import { compareSuggestions, nearestKm, prepareQuery, type MatchQuery, type PreparedQuery, type ResourceSuggestion } from './query';
import { blockNumber, blockUpperBound, BK, BLOCK_STRIDE, languageBit, type PackedList } from './record-blocks';
import { boundQuery, LOCAL_REACH_KM, needHitsOf, offersLanguage, scoreUpperBound, type BoundQuery } from './score-bound';
import { F, FACT, STRIDE } from './service-facts';
import { TextSums } from './text-postings';

/**
 * The indexed matcher: the same answer as scanResources (match.ts), from far fewer judgements.
 *  1. Candidate lists from the index only: venues in grid cells within reach, and the no-travel
 *     services for the person's need areas. Each list is cut into blocks (record-blocks.ts).
 *  2. A cheap upper bound on every block's score, then best first: the best block is opened
 *     (each record gets its own bound, score-bound.ts) while it could beat the best unjudged
 *     record, else the best record is judged in full (the shared judge()).
 *  3. It stops as soon as nobody left, in an open block or not, can beat the k-th best. Equal
 *     bounds go in name order, the tie-break of the ranking.
 * What it buys at 100k services: a few dozen full judgements per query instead of ~10,000, and
 * (the blocks) most of the ~10,000 candidates' own bounds never worked out.
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
  blockText: TextSums;
  queue: KeyHeap;
  /** Query number per name rank: a service met in two lists is queued once. */
  queued: Uint32Array;
  query: number;
  blockKeys: Float64Array;
  blockLists: Uint32Array;
  blockAt: Uint32Array;
}
const scratchFor = new WeakMap<DirectoryIndex, Scratch>();
function scratch(index: DirectoryIndex): Scratch {
  let s = scratchFor.get(index);
  if (!s) {
    const blocks = index.blocks;
    s = {
      text: new TextSums(index.services.length),
      blockText: new TextSums(blocks),
      queue: new KeyHeap(1024),
      queued: new Uint32Array(index.services.length),
      query: 0,
      blockKeys: new Float64Array(blocks),
      blockLists: new Uint32Array(blocks),
      blockAt: new Uint32Array(blocks),
    };
    scratchFor.set(index, s);
  }
  return s;
}

/** Which services could be usable for this query, as packed lists: the index's job. */
function candidateLists(index: DirectoryIndex, pq: PreparedQuery): PackedList[] {
  const q = pq.raw;
  const p = index.packed;
  const lists: PackedList[] = [];
  if (!q.remoteOnly) {
    const cells = q.location ? index.grid.keysWithin(q.location.lat, q.location.lon, pq.radiusKm) : undefined;
    // No place (reach not asked about) or a radius wider than the grid is worth: every venue.
    if (cells) for (const key of cells) lists.push(p.venues.get(key)!);
    else lists.push(p.inPerson);
  }
  // With a place, a local venue's no-travel options are looked up near the person only.
  const near = q.location ? p.localNoTravel.grid.keysWithin(q.location.lat, q.location.lon, LOCAL_REACH_KM) : undefined;
  if (near) for (const key of near) lists.push(p.localNoTravel.venues.get(key)!);
  const wide = near ? { all: p.wideNoTravel, byNeed: p.wideNoTravelByNeed } : { all: p.remote, byNeed: p.remoteByNeed };
  if (pq.needCount === 0) lists.push(wide.all);
  else
    NEED_AREA_IDS.forEach((_, k) => {
      if (pq.needMask & (1 << k)) lists.push(wide.byNeed[k]!);
    });
  return lists;
}

/** One query's search: its bounds, its queue and the best k so far. */
class Search {
  readonly top: Array<{ c: Scored; rank: number }> = [];
  private readonly bq: BoundQuery;
  private readonly languageBit: number;

  constructor(
    private readonly index: DirectoryIndex,
    private readonly pq: PreparedQuery,
    private readonly idfTotal: number,
    private readonly limit: number,
    private readonly work: Scratch,
    /** A power of two above every name rank: key = −(bound in 0.001 steps) × slot + rank. */
    private readonly slot: number,
  ) {
    this.bq = boundQuery(pq);
    this.languageBit = pq.language === undefined ? 0 : languageBit(pq.language);
    work.text.load(index.postings, index.idf, pq);
    work.blockText.load(index.blockPostings, index.idf, pq);
  }

  /** Smaller is better: best bound first, then name order. */
  key(bound: number, rank: number): number {
    return -Math.round(bound * BOUND_STEPS + SUM_ORDER_SLACK) * this.slot + rank;
  }

  /** Nobody with this key (or any larger) can get into the top k any more. */
  beaten(key: number): boolean {
    if (this.top.length < this.limit) return false;
    const steps = -Math.floor(key / this.slot);
    const rank = key + steps * this.slot;
    const kth = this.top[this.limit - 1]!;
    const bound = steps / BOUND_STEPS;
    return kth.c.score > bound || (kth.c.score === bound && kth.rank < rank);
  }

  /** Each block's key from its bound and best rank, or nothing when no record in it can be used. */
  blockKey(list: PackedList, b: number): number | undefined {
    const { pq } = this;
    const blocks = list.blocks;
    if (pq.needCount > 0 && (blocks[b + BK.needMask]! & pq.needMask) === 0) return undefined;
    if (pq.freeOnly && !(blocks[b + BK.flags]! & (FACT.free | FACT.costUnknown))) return undefined;
    const text = this.idfTotal === 0 ? 0 : this.work.blockText.sumFor(blockNumber(list, b)) / this.idfTotal;
    // With no need areas given, a service is relevant only by its words.
    if (pq.needCount === 0 && pq.tokens.length > 0 && text === 0) return undefined;
    const bound = blockUpperBound(this.bq, blocks, b, text, this.languageBit);
    return bound === -Infinity ? undefined : this.key(bound, blocks[b + BK.minRank]!);
  }

  /** A block's records onto the queue, each with its own bound (the cheap hard rules first, as judge() applies them). */
  open(list: PackedList, b: number): void {
    const { pq, work, index } = this;
    const r = list.records;
    const here = pq.raw.location;
    const { ageMin, ageMax } = pq;
    for (let o = list.blocks[b + BK.start]!, end = list.blocks[b + BK.end]!; o < end; o += STRIDE) {
      const needMask = r[o + F.needMask]!;
      const flags = r[o + F.flags]!;
      if (pq.needCount > 0 && (needMask & pq.needMask) === 0) continue;
      if (pq.freeOnly && !(flags & (FACT.free | FACT.costUnknown))) continue;
      // No overlap between the person's possible ages and the service's limits (NaN: no limit).
      if (ageMin !== undefined && ageMax !== undefined && (ageMax < r[o + F.minAge]! || ageMin > r[o + F.maxAge]!)) continue;
      const rank = r[o + F.rank]!;
      if (work.queued[rank] === work.query) continue;
      const textScore = this.idfTotal === 0 ? 0 : work.text.sumFor(rank) / this.idfTotal;
      if (!relevant(needMask, textScore, pq)) continue;
      // The service object itself only when its record cannot answer (rare; see FACT).
      const s = flags & (FACT.manyVenues | FACT.languages | FACT.repeatedNeed) ? index.services[index.ranks.byRank[rank]!] : undefined;
      let km: number | undefined;
      if (here) {
        if (s && flags & FACT.manyVenues) km = nearestKm(s.locations, here);
        else if (!Number.isNaN(r[o + F.lat]!)) km = haversineKm(here.lat, here.lon, r[o + F.lat]!, r[o + F.lon]!);
      }
      const bound = scoreUpperBound(this.bq, flags, r[o + F.days]!, needHitsOf(pq, flags, needMask, s), offersLanguage(pq, flags, s), textScore, km);
      if (bound === -Infinity) continue;
      const key = this.key(bound, rank);
      if (this.beaten(key)) continue;
      work.queued[rank] = work.query;
      work.queue.push(key);
    }
  }

  /** Judge one queued service in full; keep the best `limit` in order, a newcomer in its place. */
  judge(key: number): void {
    const rank = key + -Math.floor(key / this.slot) * this.slot;
    const { index, pq, top, limit } = this;
    const i = index.ranks.byRank[rank]!;
    const c = judge(index.services[i]!, index.needMasks[i]!, index.termWeights[i]!, pq, index.idf, this.idfTotal);
    if (!c) return;
    let at = top.length;
    while (at > 0 && compareSuggestions(c, top[at - 1]!.c) < 0) at--;
    if (at >= limit) return;
    top.splice(at, 0, { c, rank });
    if (top.length > limit) top.pop();
  }
}

export function matchResources(index: DirectoryIndex, query: MatchQuery, limit = 10): ResourceSuggestion[] {
  if (limit <= 0 || index.services.length === 0) return [];
  const pq = prepareQuery(query);
  const work = scratch(index);
  work.query = (work.query + 1) >>> 0;
  if (work.query === 0) {
    // Wrapped after 2³² queries: start the marks afresh.
    work.queued.fill(0);
    work.query = 1;
  }
  work.queue.clear();
  const slot = 2 ** Math.ceil(Math.log2(index.services.length + 1));
  const search = new Search(index, pq, idfTotalFor(pq, index.idf), limit, work, slot);

  // Every block's key; then the blocks in key order (an index sort: blocks are few).
  const lists = candidateLists(index, pq);
  let blocks = 0;
  lists.forEach((list, l) => {
    for (let b = 0; b < list.blocks.length; b += BLOCK_STRIDE) {
      const key = search.blockKey(list, b);
      if (key === undefined) continue;
      work.blockKeys[blocks] = key;
      work.blockLists[blocks] = l;
      work.blockAt[blocks++] = b;
    }
  });
  const order = Array.from({ length: blocks }, (_, j) => j).sort((x, y) => work.blockKeys[x]! - work.blockKeys[y]!);

  // Best first over blocks and queued records together.
  let next = 0;
  for (;;) {
    const blockKey = next < blocks ? work.blockKeys[order[next]!]! : Infinity;
    if (work.queue.peek() <= blockKey) {
      const key = work.queue.pop();
      if (key === Infinity || search.beaten(key)) break;
      search.judge(key);
    } else {
      if (search.beaten(blockKey)) break;
      const j = order[next++]!;
      search.open(lists[work.blockLists[j]!]!, work.blockAt[j]!);
    }
  }
  return search.top.map((k) => explain(k.c, pq));
}
