import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { SpatialGrid } from './geo';
import { isRemote, type DirectoryService } from './model';
import { needMaskOf } from './query';
import { BLOCK_STRIDE, packList, type PackedList } from './record-blocks';
import { packFacts, rankServices, type ServiceRanks } from './service-facts';
import { buildBlockPostings, buildServicePostings, type Posting } from './text-postings';
import { tokenize } from './tokenize';

/**
 * What the matcher looks up instead of reading every service: in-person venues on a spatial
 * grid (so a radius search reads only nearby cells), and the services usable without travel
 * (phone, online, home visits) listed per need area. The speed-up is only in WHICH services get
 * scored; they are then judged by the same eligibility and scorer as the reference scan.
 *
 * Per-service term weights: words in the name or a taxonomy term are what the service IS (1.0);
 * words only in the description are what it mentions (0.6).
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

export function inverseDocumentFrequencies(weights: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const w of weights) for (const t of w.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, idfFor(weights.length, n));
  return idf;
}

export interface DirectoryIndex {
  readonly services: readonly DirectoryService[];
  readonly needMasks: Uint16Array;
  readonly termWeights: ReadonlyArray<ReadonlyMap<string, number>>;
  readonly idf: ReadonlyMap<string, number>;
  /** Active in-person services by venue (a service with two venues is in two cells). */
  readonly grid: SpatialGrid;
  /** All active in-person services, for a query with no place or a very wide radius. */
  readonly inPerson: readonly number[];
  /** Active services usable without travel, per NEED_AREA_IDS index, and all of them. */
  readonly remoteByNeed: readonly (readonly number[])[];
  readonly remote: readonly number[];
  /** For the top-k matcher (top-k.ts): word → services (by rank) and word → blocks of the packed lists. */
  readonly postings: ReadonlyMap<string, Posting>;
  readonly blockPostings: ReadonlyMap<string, Posting>;
  /** How many blocks all the packed lists hold. */
  readonly blocks: number;
  readonly ranks: ServiceRanks;
  readonly packed: {
    /** Grid cell key → its venues' records. */
    readonly venues: ReadonlyMap<number, PackedList>;
    readonly inPerson: PackedList;
    readonly remoteByNeed: readonly PackedList[];
    readonly remote: PackedList;
    /**
     * The same no-travel services split by reach, for a person with a place: a local venue's phone,
     * online and home-visit options (in-person venue, no stated area) serve only people near it
     * (eligibility.ts LOCAL_REMOTE_KM, HOME_VISIT_KM), so they sit on their own grid; the rest
     * (no mapped venue, a stated area, or a phone line with only an office) are per need area.
     */
    readonly localNoTravel: { grid: SpatialGrid; venues: ReadonlyMap<number, PackedList> };
    readonly wideNoTravelByNeed: readonly PackedList[];
    readonly wideNoTravel: PackedList;
  };
}

/** Only near one of its venues (see packed.localNoTravel). */
const servesOnlyNearVenues = (s: DirectoryService) =>
  s.attendance.inPerson && (s.serviceAreas?.length ?? 0) === 0 && s.locations.some((l) => l.lat !== undefined && l.lon !== undefined);

/** Build once at start-up (or after an import). */
export function buildDirectoryIndex(services: readonly DirectoryService[]): DirectoryIndex {
  const grid = new SpatialGrid();
  const inPerson: number[] = [];
  const remote: number[] = [];
  const remoteByNeed: number[][] = NEED_AREA_IDS.map(() => []);
  const localGrid = new SpatialGrid();
  const wide: number[] = [];
  const wideByNeed: number[][] = NEED_AREA_IDS.map(() => []);
  const needMasks = new Uint16Array(services.length);
  const termWeights = services.map(serviceTermWeights);
  services.forEach((s, i) => {
    needMasks[i] = needMaskOf(s.needAreas);
    // Inactive services can never be suggested, so they are not indexed at all.
    if (s.status !== 'active') return;
    if (s.attendance.inPerson) {
      inPerson.push(i);
      for (const l of s.locations) if (l.lat !== undefined && l.lon !== undefined) grid.add(l.lat, l.lon, i);
    }
    if (isRemote(s)) {
      remote.push(i);
      NEED_AREA_IDS.forEach((need, k) => {
        if (s.needAreas.includes(need)) remoteByNeed[k]!.push(i);
      });
      if (servesOnlyNearVenues(s)) {
        for (const l of s.locations) if (l.lat !== undefined && l.lon !== undefined) localGrid.add(l.lat, l.lon, i);
      } else {
        wide.push(i);
        NEED_AREA_IDS.forEach((need, k) => {
          if (s.needAreas.includes(need)) wideByNeed[k]!.push(i);
        });
      }
    }
  });
  const idf = inverseDocumentFrequencies(termWeights);
  const ranks = rankServices(services);
  let blocks = 0;
  const facts = packFacts(
    services,
    ranks,
    services.map((_, i) => i),
  );
  const pack = (ids: readonly number[]) => {
    const list = packList(services, ranks, facts, ids, blocks);
    blocks += list.blocks.length / BLOCK_STRIDE;
    return list;
  };
  const cellsOf = (g: SpatialGrid) => new Map([...g.entries()].map(([key, ids]) => [key, pack(ids)]));
  const packed = {
    venues: cellsOf(grid),
    inPerson: pack(inPerson),
    remoteByNeed: remoteByNeed.map(pack),
    remote: pack(remote),
    localNoTravel: { grid: localGrid, venues: cellsOf(localGrid) },
    wideNoTravelByNeed: wideByNeed.map(pack),
    wideNoTravel: pack(wide),
  };
  const lists = [
    ...packed.venues.values(),
    packed.inPerson,
    ...packed.remoteByNeed,
    packed.remote,
    ...packed.localNoTravel.venues.values(),
    ...packed.wideNoTravelByNeed,
    packed.wideNoTravel,
  ];
  const blockPostings = buildBlockPostings(lists, termWeights, ranks.byRank);
  const postings = buildServicePostings(termWeights, ranks.byRank);
  return { services, needMasks, termWeights, idf, grid, inPerson, remoteByNeed, remote, postings, blockPostings, blocks, ranks, packed };
}
