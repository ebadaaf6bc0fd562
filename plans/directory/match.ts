import { inverseDocumentFrequencies, serviceTermWeights } from './build-index';
import type { DirectoryService } from './model';
import { explain, idfTotalFor, judge, needMaskOfService, type Scored } from './judge';
import { compareSuggestions, prepareQuery, type MatchQuery, type PreparedQuery, type ResourceSuggestion } from './query';

/**
 * Best `limit` suggestions for a person. `scanResources` is the reference and the test oracle:
 * every service, one by one — relevant? usable? score (judge.ts) — then sorted. The indexed
 * `matchResources` (top-k.ts) gives the same answer from the index, judging only the few
 * services whose score bound could still reach the top k; the equivalence tests check they agree.
 */
export { matchResources } from './top-k';

function best(scored: Scored[], pq: PreparedQuery, limit: number): ResourceSuggestion[] {
  return scored
    .sort(compareSuggestions)
    .slice(0, limit)
    .map((c) => explain(c, pq));
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
