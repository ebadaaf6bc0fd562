import type { PreparedQuery } from './query';
import { BK, BLOCK_STRIDE, blockNumber, type PackedList } from './record-blocks';
import { F, STRIDE } from './service-facts';

/**
 * Word → the things that have it (services, or the matcher's candidate blocks), with its weight
 * there: an inverted index. The words are added in the query's order, as textScoreOf adds them.
 */
export interface Posting {
  ids: Uint32Array;
  weights: Float64Array;
}

/** Reused per index: sums for the current query, valid where `mark` equals the query number. */
export class TextSums {
  private readonly sums: Float64Array;
  private readonly mark: Uint32Array;
  private query = 0;

  constructor(size: number) {
    this.sums = new Float64Array(size);
    this.mark = new Uint32Array(size);
  }

  /** Σ idf × weight of the query's words, per posting id (0 for a service with none of them). */
  load(postings: ReadonlyMap<string, Posting>, idf: ReadonlyMap<string, number>, pq: PreparedQuery): void {
    this.query = (this.query + 1) >>> 0;
    if (this.query === 0) {
      this.mark.fill(0);
      this.query = 1;
    }
    for (const t of pq.tokens) {
      const p = postings.get(t);
      if (!p) continue;
      const w = idf.get(t)!;
      for (let j = 0; j < p.ids.length; j++) {
        const i = p.ids[j]!;
        if (this.mark[i] !== this.query) {
          this.mark[i] = this.query;
          this.sums[i] = 0;
        }
        this.sums[i]! += w * p.weights[j]!;
      }
    }
  }

  sumFor(i: number): number {
    return this.mark[i] === this.query ? this.sums[i]! : 0;
  }
}

/**
 * Word → ids, from each id's word weights given in ascending id order (so the lists need no
 * sort). An id given again straight after itself (a block's next service) keeps the larger weight.
 */
function postingsOf(entries: Iterable<readonly [number, ReadonlyMap<string, number>]>): Map<string, Posting> {
  const byWord = new Map<string, { ids: number[]; weights: number[] }>();
  for (const [id, weights] of entries) {
    for (const [t, w] of weights) {
      const l = byWord.get(t);
      if (!l) byWord.set(t, { ids: [id], weights: [w] });
      else if (l.ids[l.ids.length - 1] === id) l.weights[l.ids.length - 1] = Math.max(l.weights[l.ids.length - 1]!, w);
      else {
        l.ids.push(id);
        l.weights.push(w);
      }
    }
  }
  return new Map([...byWord].map(([t, l]) => [t, { ids: Uint32Array.from(l.ids), weights: Float64Array.from(l.weights) }]));
}

/**
 * Word → services by name rank (the matcher's records carry ranks, and summing walks the sums
 * array forwards, which the memory prefetcher keeps up with). Summing over the person's few
 * words gives every service's text score to the last bit of textScoreOf, for the price of the
 * words' lists, where looking each word up in every candidate's own map costs far more.
 */
export function buildServicePostings(termWeights: ReadonlyArray<ReadonlyMap<string, number>>, byRank: ArrayLike<number>): Map<string, Posting> {
  return postingsOf(Array.from({ length: byRank.length }, (_, r) => [r, termWeights[byRank[r]!]!] as const));
}

/**
 * Word → the candidate blocks (record-blocks.ts) holding a service with it, at the largest weight
 * any of them has. A block's sum is then at least the text sum of each of its services (every
 * term is at least theirs, added in the same order), which is all a block bound needs.
 */
export function buildBlockPostings(
  lists: readonly PackedList[],
  termWeights: ReadonlyArray<ReadonlyMap<string, number>>,
  byRank: ArrayLike<number>,
): Map<string, Posting> {
  function* services(): Generator<readonly [number, ReadonlyMap<string, number>]> {
    // Lists in block-number order, so every word's ids come out ascending.
    for (const list of [...lists].sort((a, b) => a.firstBlock - b.firstBlock)) {
      for (let b = 0; b < list.blocks.length; b += BLOCK_STRIDE) {
        const id = blockNumber(list, b);
        for (let o = list.blocks[b + BK.start]!; o < list.blocks[b + BK.end]!; o += STRIDE) yield [id, termWeights[byRank[list.records[o + F.rank]!]!]!];
      }
    }
  }
  return postingsOf(services());
}
