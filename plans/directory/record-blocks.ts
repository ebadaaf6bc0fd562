import { minKmToBox } from './geo';
import type { DirectoryService } from './model';
import { needHitsOf, scoreUpperBound, type BoundQuery } from './score-bound';
import { F, FACT, STRIDE, type ServiceRanks } from './service-facts';

/**
 * A candidate list (a grid cell's venues, a need area's no-travel services) with its records cut
 * into blocks of up to BLOCK_SIZE, each block summarised so one bound covers all its records.
 * What it buys: the top-k matcher (top-k.ts) bounds ~30× fewer things first and opens only the
 * blocks whose bound could still reach the top k; at 100k services most records are never read.
 *
 * The summary is built so that scoreUpperBound (score-bound.ts) of it is never below the bound of
 * any record in the block (the property test checks this):
 *  - records of a block share their need areas and the facts the bound reads as "absent adds
 *    points" or "absent widens reach" (in person, a stated service area, someone meeting
 *    newcomers), so those bits are exact;
 *  - every other fact (access, cost, ways of taking part, open days, languages) is the union: a
 *    fact adds points or widens who can use it, never takes them away;
 *  - position is a box around the block's venues; a record without one mapped venue makes the
 *    block's distance "could be 0".
 * Nothing here decides anything; judge() still does, on the records the bound lets through.
 */
export const BLOCK_SIZE = 16;

/** Field offsets in a block summary. */
export const BK = {
  start: 0,
  end: 1,
  needMask: 2,
  flags: 3,
  days: 4,
  minLat: 5,
  maxLat: 6,
  minLon: 7,
  maxLon: 8,
  /** Best (lowest) name rank in the block: ties are broken by name, so it bounds the tie-break too. */
  minRank: 9,
  /** 1 when a record has no single mapped venue (its distance is then unknown or a second venue's). */
  unlocated: 10,
  /** Most need areas of a record that lists one twice (hand-written data), else 0: need hits can exceed the distinct count. */
  repeatedHits: 11,
  /** The union of languageBit() of every language its records list. */
  languages: 12,
} as const;
export const BLOCK_STRIDE = 13;

/** A language as one of 31 bits (a hash: two languages may share a bit, which only loosens a bound). */
export function languageBit(language: string): number {
  let h = 0;
  for (let i = 0; i < language.length; i++) h = (h * 31 + language.charCodeAt(i)) >>> 0;
  return 1 << (h % 31);
}

export interface PackedList {
  /** The records (service-facts.ts), block by block. */
  readonly records: Float64Array;
  readonly blocks: Float64Array;
  /** Blocks are numbered across the whole index (for their text postings): this list's first. */
  readonly firstBlock: number;
}

/** The index-wide number of the block at offset `b` of a list. */
export const blockNumber = (list: PackedList, b: number) => list.firstBlock + b / BLOCK_STRIDE;

/** The bits a block's records must share (see above). */
const EXACT_BITS = FACT.inPerson | FACT.serviceAreas | FACT.supportedFirstVisit;

/**
 * `facts`: every service's record (packFacts over the whole directory, service i at i × STRIDE),
 * worked out once and copied into each list the service is in.
 */
export function packList(
  services: readonly DirectoryService[],
  ranks: ServiceRanks,
  facts: Float64Array,
  ids: readonly number[],
  firstBlock: number,
): PackedList {
  const at = (i: number, field: number) => facts[i * STRIDE + field]!;
  // Like records side by side, so a block's union stays close to each of its records.
  const order = [...ids].sort(
    (a, b) =>
      at(a, F.needMask) - at(b, F.needMask) ||
      (at(a, F.flags) & EXACT_BITS) - (at(b, F.flags) & EXACT_BITS) ||
      at(a, F.flags) - at(b, F.flags) ||
      at(a, F.days) - at(b, F.days) ||
      at(a, F.rank) - at(b, F.rank),
  );
  const records = new Float64Array(ids.length * STRIDE);
  order.forEach((i, j) => records.set(facts.subarray(i * STRIDE, (i + 1) * STRIDE), j * STRIDE));

  const blocks: number[] = [];
  let start = 0;
  for (let j = 1; j <= ids.length; j++) {
    const sameKind =
      j < ids.length &&
      records[j * STRIDE + F.needMask] === records[start * STRIDE + F.needMask] &&
      ((records[j * STRIDE + F.flags]! ^ records[start * STRIDE + F.flags]!) & EXACT_BITS) === 0;
    if (sameKind && j - start < BLOCK_SIZE) continue;
    blocks.push(...summarise(services, ranks, records, start, j));
    start = j;
  }
  return { records, blocks: Float64Array.from(blocks), firstBlock };
}

function summarise(services: readonly DirectoryService[], ranks: ServiceRanks, records: Float64Array, start: number, end: number): number[] {
  const b = new Array<number>(BLOCK_STRIDE).fill(0);
  b[BK.start] = start * STRIDE;
  b[BK.end] = end * STRIDE;
  b[BK.minLat] = b[BK.minLon] = Infinity;
  b[BK.maxLat] = b[BK.maxLon] = -Infinity;
  b[BK.minRank] = Infinity;
  for (let o = start * STRIDE; o < end * STRIDE; o += STRIDE) {
    const flags = records[o + F.flags]!;
    b[BK.needMask] = b[BK.needMask]! | records[o + F.needMask]!;
    b[BK.flags] = b[BK.flags]! | flags;
    b[BK.days] = b[BK.days]! | records[o + F.days]!;
    b[BK.minRank] = Math.min(b[BK.minRank]!, records[o + F.rank]!);
    const lat = records[o + F.lat]!;
    const lon = records[o + F.lon]!;
    if (Number.isNaN(lat)) b[BK.unlocated] = 1;
    else {
      b[BK.minLat] = Math.min(b[BK.minLat]!, lat);
      b[BK.maxLat] = Math.max(b[BK.maxLat]!, lat);
      b[BK.minLon] = Math.min(b[BK.minLon]!, lon);
      b[BK.maxLon] = Math.max(b[BK.maxLon]!, lon);
    }
    const s = services[ranks.byRank[records[o + F.rank]!]!]!;
    if (flags & FACT.repeatedNeed) b[BK.repeatedHits] = Math.max(b[BK.repeatedHits]!, s.needAreas.length);
    for (const l of s.languages) b[BK.languages] = b[BK.languages]! | languageBit(l);
  }
  return b;
}

/**
 * The most any record of block `b` (offset into `blocks`) could score for this person: the
 * record bound (score-bound.ts) of the block's summary, at its nearest possible distance, with
 * `textScore` at least any of its records' (text-postings.ts buildBlockPostings). -Infinity: no
 * record can be used at all.
 */
export function blockUpperBound(bq: BoundQuery, blocks: Float64Array, b: number, textScore: number, queryLanguageBit: number): number {
  const pq = bq.pq;
  const here = pq.raw.location;
  const flags = blocks[b + BK.flags]!;
  const needMask = blocks[b + BK.needMask]!;
  let km: number | undefined;
  if (here)
    km = blocks[b + BK.unlocated]
      ? 0
      : minKmToBox(here.lat, here.lon, blocks[b + BK.minLat]!, blocks[b + BK.maxLat]!, blocks[b + BK.minLon]!, blocks[b + BK.maxLon]!);
  const hits = Math.max(needHitsOf(pq, 0, needMask, undefined), blocks[b + BK.repeatedHits]!);
  const language = (blocks[b + BK.languages]! & queryLanguageBit) !== 0;
  return scoreUpperBound(bq, flags, blocks[b + BK.days]!, hits, language, textScore, km);
}
