import type { PreparedQuery } from './query';

/**
 * Word → the services that have it, with its weight there (an inverted index). Summing over the
 * person's few words' lists gives every service's text score at once, where looking each word up
 * in every candidate's own map costs a hash lookup per word per candidate. The words are added in
 * the query's order, as textScoreOf adds them, so the sums are the same to the last bit.
 */
export interface Posting {
  ids: Uint32Array;
  weights: Float64Array;
}

/** Posting ids are `key[i]` (the matcher uses name ranks, so the sums sit in its records' order). */
export function buildPostings(termWeights: ReadonlyArray<ReadonlyMap<string, number>>, key: ArrayLike<number>): Map<string, Posting> {
  const lists = new Map<string, { ids: number[]; weights: number[] }>();
  termWeights.forEach((weights, i) => {
    for (const [t, w] of weights) {
      let l = lists.get(t);
      if (!l) {
        l = { ids: [], weights: [] };
        lists.set(t, l);
      }
      l.ids.push(key[i]!);
      l.weights.push(w);
    }
  });
  const out = new Map<string, Posting>();
  // In id order, so summing walks the sums array forwards (the memory prefetcher then keeps up).
  for (const [t, l] of lists) {
    const order = l.ids.map((_, j) => j).sort((a, b) => l.ids[a]! - l.ids[b]!);
    out.set(t, { ids: Uint32Array.from(order, (j) => l.ids[j]!), weights: Float64Array.from(order, (j) => l.weights[j]!) });
  }
  return out;
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
