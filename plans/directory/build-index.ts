import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { SpatialGrid } from './geo';
import { isRemote, type DirectoryService } from './model';
import { needMaskOf } from './query';
import { tokenize } from './tokenize';
import { buildTraits, type ServiceTraits } from './traits';

/**
 * Per-service term weights: words in the name or a taxonomy term are what the service IS (1.0);
 * words only in the description are what it mentions (0.6). Shared with the brute-force scan.
 */
export const TITLE_WEIGHT = 1;
export const BODY_WEIGHT = 0.6;

export function serviceTermWeights(s: DirectoryService): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of tokenize([s.name, ...s.taxonomyTerms].join(' '))) weights.set(t, TITLE_WEIGHT);
  for (const t of tokenize(s.text)) if (!weights.has(t)) weights.set(t, BODY_WEIGHT);
  return weights;
}

/** Rarer words say more about a service: "bereavement" outweighs "group". */
export const idfFor = (total: number, df: number) => Math.log(1 + total / df);

export const FLAG_EXCLUDED = 1;
export const FLAG_IN_PERSON = 2;
export const FLAG_MULTI_PLACE = 4;

export interface Postings {
  /** Service positions, ascending (so membership is a binary search). */
  ids: number[];
  weights: number[];
}

export interface DirectoryIndex {
  readonly services: readonly DirectoryService[];
  readonly needMasks: Uint16Array;
  /** needPostings[k] = services in NEED_AREA_IDS[k]. */
  readonly needPostings: readonly number[][];
  readonly terms: ReadonlyMap<string, Postings>;
  readonly idf: ReadonlyMap<string, number>;
  readonly grid: SpatialGrid;
  /** First mapped location per service as [lat, lon] pairs (NaN when none): distance without object hops. */
  readonly firstCoords: Float64Array;
  /** Per service: EXCLUDED (inactive/defunct), IN_PERSON, MULTI_PLACE (more than one mapped location). */
  readonly flags: Uint8Array;
  /** Services a radius search must always consider: remote-capable, or no coordinates. */
  readonly unplaced: readonly number[];
  /** The same need/word postings restricted to `unplaced`, so a radius search stays local. */
  readonly unplacedNeedPostings: readonly number[][];
  readonly unplacedTerms: ReadonlyMap<string, Postings>;
  /** What scoring and filtering read, packed per service (traits.ts): exact bounds before scoring. */
  readonly traits: ServiceTraits;
}

function addPosting(map: Map<string, Postings>, term: string, i: number, w: number): void {
  const p = map.get(term);
  if (p) p.ids.push(i), p.weights.push(w);
  else map.set(term, { ids: [i], weights: [w] });
}

/** Build once at start-up (or after an import); queries then touch only the relevant postings. */
export function buildDirectoryIndex(services: readonly DirectoryService[]): DirectoryIndex {
  const needMasks = new Uint16Array(services.length);
  const needPostings: number[][] = NEED_AREA_IDS.map(() => []);
  const terms = new Map<string, Postings>();
  const grid = new SpatialGrid();
  const unplaced: number[] = [];
  const unplacedNeedPostings: number[][] = NEED_AREA_IDS.map(() => []);
  const unplacedTerms = new Map<string, Postings>();
  const firstCoords = new Float64Array(services.length * 2).fill(NaN);
  const flags = new Uint8Array(services.length);

  services.forEach((s, i) => {
    needMasks[i] = needMaskOf(s.needAreas);
    NEED_AREA_IDS.forEach((need, k) => s.needAreas.includes(need) && needPostings[k]!.push(i));
    const weights = serviceTermWeights(s);
    for (const [term, w] of weights) addPosting(terms, term, i, w);
    let places = 0;
    for (const l of s.locations) {
      if (l.lat === undefined || l.lon === undefined) continue;
      grid.add(l.lat, l.lon, i);
      if (places++ === 0) (firstCoords[2 * i] = l.lat), (firstCoords[2 * i + 1] = l.lon);
    }
    flags[i] = (s.status === 'inactive' || s.status === 'defunct' ? FLAG_EXCLUDED : 0) | (s.attendance.inPerson ? FLAG_IN_PERSON : 0) | (places > 1 ? FLAG_MULTI_PLACE : 0);
    if (places === 0 || isRemote(s)) {
      unplaced.push(i);
      NEED_AREA_IDS.forEach((need, k) => s.needAreas.includes(need) && unplacedNeedPostings[k]!.push(i));
      for (const [term, w] of weights) addPosting(unplacedTerms, term, i, w);
    }
  });

  const idf = new Map<string, number>();
  for (const [term, p] of terms) idf.set(term, idfFor(services.length, p.ids.length));
  return { services, needMasks, needPostings, terms, idf, grid, firstCoords, flags, unplaced, unplacedNeedPostings, unplacedTerms, traits: buildTraits(services) };
}

/** Weight of `term` for service `i`, 0 when absent. */
export function termWeight(p: Postings, i: number): number {
  let lo = 0;
  let hi = p.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.ids[mid]!;
    if (v === i) return p.weights[mid]!;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
