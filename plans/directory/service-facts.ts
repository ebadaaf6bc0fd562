import { NEED_AREA_IDS } from '../../dialogs/vocabulary';
import { WEEKDAYS, type DirectoryService } from './model';
import { compareSuggestions } from './query';
import { needMaskOf } from './query';

/**
 * What the score bound (score-bound.ts) needs to know about a service, packed at index time as
 * one 64-byte record (8 numbers) per entry of each candidate list, the list's records side by
 * side. What it buys: bounding a candidate reads one cache line, in order, instead of a scattered
 * service object (at 100k services that memory traffic, not the arithmetic, was the cost).
 * Nothing here decides anything; judge() still does.
 */
export const FACT = {
  inPerson: 1 << 0,
  homeVisit: 1 << 2,
  phoneWithText: 1 << 3,
  free: 1 << 4,
  wheelchair: 1 << 5,
  hearingLoop: 1 << 6,
  supportedFirstVisit: 1 << 7,
  caringNeed: 1 << 8,
  serviceAreas: 1 << 9,
  languages: 1 << 10,
  /** More than one mapped venue: the bound then measures distance from the service itself. */
  manyVenues: 1 << 11,
  /** A need area listed twice (hand-written data): need hits are then counted from the service. */
  repeatedNeed: 1 << 12,
  phone: 1 << 13,
  online: 1 << 14,
  /** No cost stated: under a cost barrier shown, marked "Check: cost not stated", never as free. */
  costUnknown: 1 << 15,
} as const;

/** Field offsets in a record. Ages are NaN without a limit; lat/lon NaN without one mapped venue. */
export const F = { needMask: 0, flags: 1, days: 2, minAge: 3, maxAge: 4, lat: 5, lon: 6, rank: 7 } as const;
export const STRIDE = 8;

export interface ServiceRanks {
  /** Position in name-then-id order, the tie-break of compareSuggestions. */
  rank: Uint32Array;
  /** Service index for each rank. */
  byRank: Uint32Array;
}

export function rankServices(services: readonly DirectoryService[]): ServiceRanks {
  const order = services.map((_, i) => i).sort((x, y) => compareSuggestions({ score: 0, service: services[x]! }, { score: 0, service: services[y]! }));
  const rank = new Uint32Array(services.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  return { rank, byRank: Uint32Array.from(order) };
}

function flagsOf(s: DirectoryService, located: number): number {
  const a = s.attendance;
  let flags = 0;
  if (a.inPerson) flags |= FACT.inPerson;
  if (a.homeVisit) flags |= FACT.homeVisit;
  if (a.phone && a.text) flags |= FACT.phoneWithText;
  if (a.phone) flags |= FACT.phone;
  if (a.online) flags |= FACT.online;
  if (s.cost === 'free') flags |= FACT.free;
  if (s.cost === 'unknown') flags |= FACT.costUnknown;
  if (s.accessibility.wheelchair) flags |= FACT.wheelchair;
  if (s.accessibility.hearingLoop) flags |= FACT.hearingLoop;
  if (s.supportedFirstVisit) flags |= FACT.supportedFirstVisit;
  if (s.needAreas.includes('caring')) flags |= FACT.caringNeed;
  if ((s.serviceAreas?.length ?? 0) > 0) flags |= FACT.serviceAreas;
  if (s.languages.length > 0) flags |= FACT.languages;
  if (located > 1) flags |= FACT.manyVenues;
  if (new Set(s.needAreas).size !== s.needAreas.length || s.needAreas.some((x) => !NEED_AREA_IDS.includes(x))) flags |= FACT.repeatedNeed;
  return flags;
}

function writeRecord(out: Float64Array, at: number, s: DirectoryService, rank: number): void {
  const located = s.locations.filter((l) => l.lat !== undefined && l.lon !== undefined);
  let days = 0;
  for (const slot of s.schedules) days |= 1 << WEEKDAYS.indexOf(slot.day);
  out[at + F.needMask] = needMaskOf(s.needAreas);
  out[at + F.flags] = flagsOf(s, located.length);
  out[at + F.days] = days;
  out[at + F.minAge] = s.minAge ?? Number.NaN;
  out[at + F.maxAge] = s.maxAge ?? Number.NaN;
  out[at + F.lat] = located.length === 1 ? located[0]!.lat! : Number.NaN;
  out[at + F.lon] = located.length === 1 ? located[0]!.lon! : Number.NaN;
  out[at + F.rank] = rank;
}

/** The records of one candidate list (a grid cell, a need area's no-travel services), in its order. */
export function packFacts(services: readonly DirectoryService[], ranks: ServiceRanks, ids: readonly number[]): Float64Array {
  const out = new Float64Array(ids.length * STRIDE);
  ids.forEach((i, k) => writeRecord(out, k * STRIDE, services[i]!, ranks.rank[i]!));
  return out;
}
