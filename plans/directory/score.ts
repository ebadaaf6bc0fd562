import { NEED_AREA_IDS, NEED_AREAS, type Barrier, type NeedArea } from '../../dialogs/vocabulary';
import type { DirectoryService } from './model';
import { needBit, type PreparedQuery } from './query';

/**
 * How one service scores against one query. The index and the brute-force scan both call these
 * two functions, so they can only differ in which services they look at — which is exactly
 * what the equivalence test checks.
 *
 * Weights are points on a rough 0–100 scale: what the person needs and says matters most; barriers
 * then reorder within that (a paid service for someone with a cost barrier sinks below any free
 * one); small nudges (opening day, free without a cost barrier) break near-ties.
 */
export const WEIGHTS = {
  need: 40,
  text: 25,
  freeWithCostBarrier: 12,
  lowWithCostBarrier: 8,
  unknownWithCostBarrier: -4,
  paidWithCostBarrier: -45,
  freeNoBarrier: 2,
  proximity: 12,
  /** Proximity counts double for transport/mobility barriers. */
  proximityBarrierFactor: 2,
  remoteForTravelBarrier: 8,
  farWithTransportBarrier: -10,
  wheelchairForMobility: 10,
  noAccessInfoForMobility: -6,
  hearingLoop: 8,
  languageOffered: 12,
  languageNotOffered: -8,
  openOnDay: 5,
  closedOnDay: -8,
  prefersRemote: 10,
  digitalFriendly: 4,
  onlineOnlyWithDigitalBarrier: -25,
  supportedFirstVisit: 8,
  remoteForAnxiety: 5,
  remoteForCaring: 5,
  carerAware: 3,
  temporarilyClosed: -30,
} as const;

/** Default "near" scale when no maxDistanceKm is given: 0 km scores full, 15 km and beyond nothing. */
export const DEFAULT_PROXIMITY_KM = 15;
export const SHORT_TRIP_KM = 3;
export const FAR_KM = 10;

/** Bit per need area, resolved once (this file's hot path avoids per-call lookups). */
const NEED_BITS = Object.fromEntries(NEED_AREA_IDS.map((n) => [n, needBit(n)])) as Record<NeedArea, number>;
const remoteOf = (s: DirectoryService) => s.attendance.online || s.attendance.phone;

const inPersonOnly = (s: DirectoryService) => s.attendance.inPerson && !remoteOf(s);
const onlineOnly = (s: DirectoryService) => s.attendance.online && !s.attendance.inPerson && !s.attendance.phone;
const titleDay = (d: string) => d[0]!.toUpperCase() + d.slice(1);

/** Hard exclusions: true means the service may be suggested at all. */
export function passesFilters(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined): boolean {
  if (s.status === 'inactive' || s.status === 'defunct') return false;
  const q = pq.raw;
  if (q.age !== undefined && ((s.minAge !== undefined && q.age < s.minAge) || (s.maxAge !== undefined && q.age > s.maxAge))) return false;
  if (q.remoteOnly && !remoteOf(s)) return false;
  if (q.requiresWheelchair && inPersonOnly(s) && !s.accessibility.wheelchair) return false;
  if (q.requiresHearingLoop && inPersonOnly(s) && !s.accessibility.hearingLoop) return false;
  if (q.maxDistanceKm !== undefined && distanceKm !== undefined && !remoteOf(s) && distanceKm > q.maxDistanceKm) return false;
  return true;
}

/** The need + text part of the score; cheap, so the matcher ranks candidates by it first. */
export function relevancePoints(needHits: number, needCount: number, textScore: number): number {
  return (needCount > 0 ? (WEIGHTS.need * needHits) / needCount : 0) + WEIGHTS.text * textScore;
}

/** Nearness bonus, separate so the matcher can rank candidates by it before full scoring. */
export function proximityPoints(inPerson: boolean, pq: PreparedQuery, distanceKm: number | undefined): number {
  if (distanceKm === undefined || !inPerson) return 0;
  const scale = pq.raw.maxDistanceKm ?? DEFAULT_PROXIMITY_KM;
  const proximity = scale > 0 ? Math.max(0, 1 - distanceKm / scale) : 0;
  return WEIGHTS.proximity * proximity * (pq.travelBarrier ? WEIGHTS.proximityBarrierFactor : 1);
}

export interface Explanation {
  reasons: string[];
  respects: Set<Barrier>;
  /** Matched query stems, only needed when explaining. */
  matchedTokens: string[];
}

// Module-level helpers rather than per-call closures: this runs for thousands of candidates.
function say(ex: Explanation | undefined, reason: string): void {
  if (ex) ex.reasons.push(reason);
}
function respect(ex: Explanation | undefined, barriers: Set<Barrier>, barrier: Barrier): void {
  if (ex && barriers.has(barrier)) ex.respects.add(barrier);
}

const fmtKm = (d: number) => (d < 10 ? d.toFixed(1) : Math.round(d).toString());

/**
 * Points for a service that passed the filters; fills `ex` with reasons when given.
 * bonus-bound.ts mirrors every term after relevance and nearness (the matcher's bound before
 * scoring): a new or changed bonus here must change there too — the equivalence test checks it.
 */
export function scoreService(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined, textScore: number, ex?: Explanation): number {
  const q = pq.raw;
  const b = pq.barriers;
  const remote = remoteOf(s);
  let hits = 0;
  for (const need of s.needAreas) {
    if (!(pq.needMask & NEED_BITS[need])) continue;
    hits++;
    if (ex) {
      const label = NEED_AREAS[need].toLowerCase();
      const evidence = s.needEvidence[need];
      say(ex, evidence && evidence !== label ? `Offers ${evidence} (${label})` : `Supports ${label}`);
    }
  }
  let score = relevancePoints(hits, pq.needCount, textScore);
  if (textScore > 0 && ex?.matchedTokens.length) say(ex, `Matches what matters: ${ex.matchedTokens.map((t) => pq.wordForToken.get(t) ?? t).join(', ')}`);

  if (b.has('cost')) {
    if (s.cost === 'free') (score += WEIGHTS.freeWithCostBarrier), ex && say(ex, 'Free — respects the cost barrier'), respect(ex, b, 'cost');
    else if (s.cost === 'low') (score += WEIGHTS.lowWithCostBarrier), ex && say(ex, `Low cost${s.costNote ? ` (${s.costNote})` : ''} — respects the cost barrier`), respect(ex, b, 'cost');
    else if (s.cost === 'unknown') (score += WEIGHTS.unknownWithCostBarrier), ex && say(ex, 'Check: cost not stated');
    else (score += WEIGHTS.paidWithCostBarrier), ex && say(ex, `Check: paid${s.costNote ? ` (${s.costNote})` : ''} — may not suit the cost barrier`);
  } else if (s.cost === 'free') (score += WEIGHTS.freeNoBarrier), ex && say(ex, 'Free');

  const travelBarrier = b.has('transport') || b.has('mobility');
  if (distanceKm !== undefined && s.attendance.inPerson) {
    score += proximityPoints(true, pq, distanceKm);
    ex && say(ex, `${fmtKm(distanceKm)} km away`);
    if (distanceKm <= SHORT_TRIP_KM) respect(ex, b, 'transport');
    if (b.has('transport') && !remote && distanceKm > FAR_KM) (score += WEIGHTS.farWithTransportBarrier), ex && say(ex, 'Check: a long journey with the transport barrier');
  } else if (q.location && s.attendance.inPerson && !remote) ex && say(ex, 'Check: no map location published');
  if (remote && travelBarrier) {
    score += WEIGHTS.remoteForTravelBarrier;
    ex && say(ex, 'Can be joined from home — no travel needed');
    respect(ex, b, 'transport');
    respect(ex, b, 'mobility');
  }

  if (b.has('mobility') && s.attendance.inPerson) {
    if (s.accessibility.wheelchair) (score += WEIGHTS.wheelchairForMobility), ex && say(ex, 'Wheelchair accessible'), respect(ex, b, 'mobility');
    else if (!remote) (score += WEIGHTS.noAccessInfoForMobility), ex && say(ex, 'Check: step-free access not stated');
  } else if (q.requiresWheelchair && s.accessibility.wheelchair) ex && say(ex, 'Wheelchair accessible');
  if ((b.has('hearing_sight') || q.requiresHearingLoop) && s.attendance.inPerson && s.accessibility.hearingLoop) {
    score += WEIGHTS.hearingLoop;
    ex && say(ex, 'Hearing loop at the venue');
    respect(ex, b, 'hearing_sight');
  }

  if (pq.language) {
    if (s.languages.includes(pq.language)) (score += WEIGHTS.languageOffered), ex && say(ex, `Offered in ${pq.language}`), respect(ex, b, 'language');
    else if (s.languages.length > 0) (score += WEIGHTS.languageNotOffered), ex && say(ex, `Check: ${pq.language} not listed (${s.languages.join(', ')})`);
  }

  if (q.day && s.schedules.length > 0) {
    const slot = s.schedules.find((x) => x.day === q.day);
    if (slot) (score += WEIGHTS.openOnDay), ex && say(ex, `Open on ${titleDay(q.day)}s${slot.opens && slot.closes ? ` (${slot.opens}–${slot.closes})` : ''}${slot.frequency === 'monthly' ? ', monthly' : ''}`);
    else (score += WEIGHTS.closedOnDay), ex && say(ex, `Check: not open on ${titleDay(q.day)}s`);
  }

  if (q.prefersRemote && remote) (score += WEIGHTS.prefersRemote), ex && say(ex, s.attendance.phone ? 'Available by phone' : 'Available online');
  if (b.has('digital')) {
    if (onlineOnly(s)) (score += WEIGHTS.onlineOnlyWithDigitalBarrier), ex && say(ex, 'Check: online only — needs internet access');
    else {
      score += WEIGHTS.digitalFriendly;
      ex && say(ex, s.attendance.inPerson ? 'In person — no computer needed' : 'By phone — no internet needed');
      respect(ex, b, 'digital');
    }
  }
  if (b.has('anxiety_new_places')) {
    if (s.supportedFirstVisit) (score += WEIGHTS.supportedFirstVisit), ex && say(ex, 'Someone can meet you or come with you the first time'), respect(ex, b, 'anxiety_new_places');
    else if (remote) (score += WEIGHTS.remoteForAnxiety), ex && say(ex, 'Can start from home, by phone or online'), respect(ex, b, 'anxiety_new_places');
  }
  if (b.has('caring_duties')) {
    if (remote) (score += WEIGHTS.remoteForCaring), ex && say(ex, 'Can be joined from home — fits around caring'), respect(ex, b, 'caring_duties');
    if (s.needAreas.includes('caring')) (score += WEIGHTS.carerAware), ex && say(ex, 'Set up for carers'), respect(ex, b, 'caring_duties');
  }

  if (s.status === 'temporarily closed') (score += WEIGHTS.temporarilyClosed), ex && say(ex, 'Check: temporarily closed');
  return Math.round(score * 1000) / 1000;
}
