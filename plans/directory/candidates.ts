import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { termWeight, type DirectoryIndex } from './build-index';
import type { PreparedQuery } from './query';
import { TRAIT_KEYS } from './traits';

/**
 * Step 1 of matching: which services are worth scoring at all. A service is relevant when it
 * shares a need area or a word with the query (or the query has neither: "browse"). Candidates
 * come from the need and word postings, or — when a radius is set and the area holds fewer
 * services — from the spatial grid plus the services with no place (remote, unmapped).
 */

/** Per-index scratch, reused by every query so a query allocates nothing directory-sized. */
export interface Scratch {
  /** stamp[i] === gen: service i already seen in this query. */
  stamp: Uint32Array;
  gen: number;
  /** Un-normalised text relevance per service (valid for this query's candidates). */
  acc: Float64Array;
  /** Distance in km per candidate (NaN = unknown). */
  dist: Float64Array;
  candidates: Int32Array;
  /** Candidate positions ordered by bucket (step 2). */
  order: Int32Array;
  bucketOf: Int32Array;
  /** offered[i] === gen: service i offers the query's language. */
  offered: Uint32Array;
  /** Bonus per trait key, memoised for this query (valid when bonusGen[key] === gen). */
  bonusGen: Uint32Array;
  bonus: Float64Array;
}

const scratches = new WeakMap<DirectoryIndex, Scratch>();
const weightOf = termWeight; // module constant: no import getter in the hot loop

export function scratchFor(index: DirectoryIndex): Scratch {
  const n = index.services.length;
  let s = scratches.get(index);
  if (!s) {
    s = { stamp: new Uint32Array(n), gen: 0, acc: new Float64Array(n), dist: new Float64Array(n), candidates: new Int32Array(n), order: new Int32Array(n), bucketOf: new Int32Array(n),
      offered: new Uint32Array(n), bonusGen: new Uint32Array(TRAIT_KEYS), bonus: new Float64Array(TRAIT_KEYS) };
    scratches.set(index, s);
  }
  // Two stamps per query (cells pass, then the unplaced pass); wrap before overflow.
  s.gen += 2;
  if (s.gen >= 0xfffffff0) s.stamp.fill(0), s.offered.fill(0), s.bonusGen.fill(0), (s.gen = 2);
  return s;
}

/** Fills s.candidates (returning the count) and s.acc for each candidate. */
export function collectCandidates(index: DirectoryIndex, pq: PreparedQuery, terms: readonly string[], s: Scratch): number {
  const { stamp, gen, acc, candidates } = s;
  const q = pq.raw;
  const browse = pq.needCount === 0 && pq.tokens.length === 0;
  let count = 0;
  const needKs = NEED_AREA_IDS.flatMap((_, k) => (pq.needMask & (1 << k) ? [k] : []));
  const postingsSize = needKs.reduce((n, k) => n + index.needPostings[k]!.length, 0) + terms.reduce((n, t) => n + index.terms.get(t)!.ids.length, 0);
  const cells = q.location && q.maxDistanceKm !== undefined ? index.grid.bucketsWithin(q.location.lat, q.location.lon, q.maxDistanceKm) : undefined;
  // Cells cost a binary search per word per service; the unplaced part is read from its postings.
  const unplacedSize = browse
    ? index.unplaced.length
    : needKs.reduce((n, k) => n + index.unplacedNeedPostings[k]!.length, 0) + terms.reduce((n, t) => n + (index.unplacedTerms.get(t)?.ids.length ?? 0), 0);
  const gridCost = cells ? cells.reduce((n, c) => n + c.length, 0) * (1 + terms.length) + unplacedSize : Infinity;

  if (cells && (browse || gridCost < postingsSize)) {
    const postings = terms.map((t) => index.terms.get(t)!);
    const idfs = terms.map((t) => index.idf.get(t)!);
    for (const c of cells) {
      for (const i of c) {
        if (stamp[i] === gen) continue;
        stamp[i] = gen;
        let text = 0;
        for (let k = 0; k < postings.length; k++) {
          const w = weightOf(postings[k]!, i);
          if (w > 0) text += idfs[k]! * w;
        }
        if (!browse && !(index.needMasks[i]! & pq.needMask) && text === 0) continue;
        acc[i] = text;
        candidates[count++] = i;
      }
    }
    // Remote or unmapped services: same relevance rule, via their own postings. Those already
    // seen in a cell (stamp gen) are complete; gen + 1 marks this pass.
    const mark = gen + 1;
    const touch = (i: number) => {
      if (stamp[i] === gen || stamp[i] === mark) return false;
      stamp[i] = mark;
      acc[i] = 0;
      candidates[count++] = i;
      return true;
    };
    if (browse) for (const i of index.unplaced) touch(i);
    for (const k of needKs) for (const i of index.unplacedNeedPostings[k]!) touch(i);
    terms.forEach((t, k) => {
      const p = index.unplacedTerms.get(t);
      for (let j = 0; p && j < p.ids.length; j++) {
        const i = p.ids[j]!;
        if (stamp[i] === gen) continue;
        touch(i);
        acc[i]! += idfs[k]! * p.weights[j]!;
      }
    });
    return count;
  }
  if (browse) {
    for (let i = 0; i < index.services.length; i++) (acc[i] = 0), (candidates[count++] = i);
    return count;
  }
  for (const k of needKs) {
    for (const i of index.needPostings[k]!) if (stamp[i] !== gen) (stamp[i] = gen), (acc[i] = 0), (candidates[count++] = i);
  }
  for (const t of terms) {
    const p = index.terms.get(t)!;
    const idf = index.idf.get(t)!;
    for (let j = 0; j < p.ids.length; j++) {
      const i = p.ids[j]!;
      if (stamp[i] !== gen) (stamp[i] = gen), (acc[i] = 0), (candidates[count++] = i);
      acc[i]! += idf * p.weights[j]!;
    }
  }
  return count;
}
