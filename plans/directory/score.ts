import { NEED_AREA_IDS, NEED_AREAS, type Barrier } from '../../dialogs/vocabulary';
import { isRemote, type DirectoryService } from './model';
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

const inPersonOnly = (s: DirectoryService) => s.attendance.inPerson && !isRemote(s);
const onlineOnly = (s: DirectoryService) => s.attendance.online && !s.attendance.inPerson && !s.attendance.phone;
const titleDay = (d: string) => d[0]!.toUpperCase() + d.slice(1);

/** Hard exclusions: true means the service may be suggested at all. */
export function passesFilters(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined): boolean {
  if (s.status === 'inactive' || s.status === 'defunct') return false;
  const q = pq.raw;
  if (q.age !== undefined && ((s.minAge !== undefined && q.age < s.minAge) || (s.maxAge !== undefined && q.age > s.maxAge))) return false;
  if (q.remoteOnly && !isRemote(s)) return false;
  if (q.requiresWheelchair && inPersonOnly(s) && !s.accessibility.wheelchair) return false;
  if (q.requiresHearingLoop && inPersonOnly(s) && !s.accessibility.hearingLoop) return false;
  if (q.maxDistanceKm !== undefined && distanceKm !== undefined && !isRemote(s) && distanceKm > q.maxDistanceKm) return false;
  return true;
}

export interface Explanation {
  reasons: string[];
  respects: Set<Barrier>;
  /** Matched query stems, only needed when explaining. */
  matchedTokens: string[];
}

const fmtKm = (d: number) => (d < 10 ? d.toFixed(1) : Math.round(d).toString());

/** Points for a service that passed the filters; fills `ex` with reasons when given. */
export function scoreService(s: DirectoryService, pq: PreparedQuery, distanceKm: number | undefined, textScore: number, ex?: Explanation): number {
  const q = pq.raw;
  const b = pq.barriers;
  const say = (r: string) => ex?.reasons.push(r);
  const respect = (barrier: Barrier) => b.has(barrier) && ex?.respects.add(barrier);
  const remote = isRemote(s);
  let score = 0;

  if (pq.needCount > 0) {
    let hits = 0;
    for (const need of NEED_AREA_IDS) {
      if (!(pq.needMask & needBit(need)) || !s.needAreas.includes(need)) continue;
      hits++;
      say(`Offers ${s.needEvidence[need] ?? NEED_AREAS[need].toLowerCase()} (${NEED_AREAS[need].toLowerCase()})`);
    }
    score += (WEIGHTS.need * hits) / pq.needCount;
  }
  if (textScore > 0) {
    score += WEIGHTS.text * textScore;
    if (ex?.matchedTokens.length) say(`Matches what matters: ${ex.matchedTokens.map((t) => pq.wordForToken.get(t) ?? t).join(', ')}`);
  }

  if (b.has('cost')) {
    if (s.cost === 'free') (score += WEIGHTS.freeWithCostBarrier), say('Free — respects the cost barrier'), respect('cost');
    else if (s.cost === 'low') (score += WEIGHTS.lowWithCostBarrier), say(`Low cost${s.costNote ? ` (${s.costNote})` : ''} — respects the cost barrier`), respect('cost');
    else if (s.cost === 'unknown') (score += WEIGHTS.unknownWithCostBarrier), say('Check: cost not stated');
    else (score += WEIGHTS.paidWithCostBarrier), say(`Check: paid${s.costNote ? ` (${s.costNote})` : ''} — may not suit the cost barrier`);
  } else if (s.cost === 'free') (score += WEIGHTS.freeNoBarrier), say('Free');

  const travelBarrier = b.has('transport') || b.has('mobility');
  if (distanceKm !== undefined && s.attendance.inPerson) {
    const scale = q.maxDistanceKm ?? DEFAULT_PROXIMITY_KM;
    const proximity = scale > 0 ? Math.max(0, 1 - distanceKm / scale) : 0;
    score += WEIGHTS.proximity * proximity * (travelBarrier ? WEIGHTS.proximityBarrierFactor : 1);
    say(`${fmtKm(distanceKm)} km away`);
    if (distanceKm <= SHORT_TRIP_KM) respect('transport');
    if (b.has('transport') && !remote && distanceKm > FAR_KM) (score += WEIGHTS.farWithTransportBarrier), say('Check: a long journey with the transport barrier');
  } else if (q.location && s.attendance.inPerson && !remote) say('Check: no map location published');
  if (remote && travelBarrier) {
    score += WEIGHTS.remoteForTravelBarrier;
    say('Can be joined from home — no travel needed');
    respect('transport');
    respect('mobility');
  }

  if (b.has('mobility') && s.attendance.inPerson) {
    if (s.accessibility.wheelchair) (score += WEIGHTS.wheelchairForMobility), say('Wheelchair accessible'), respect('mobility');
    else if (!remote) (score += WEIGHTS.noAccessInfoForMobility), say('Check: step-free access not stated');
  } else if (q.requiresWheelchair && s.accessibility.wheelchair) say('Wheelchair accessible');
  if ((b.has('hearing_sight') || q.requiresHearingLoop) && s.attendance.inPerson && s.accessibility.hearingLoop) {
    score += WEIGHTS.hearingLoop;
    say('Hearing loop at the venue');
    respect('hearing_sight');
  }

  if (pq.language) {
    if (s.languages.includes(pq.language)) (score += WEIGHTS.languageOffered), say(`Offered in ${pq.language}`), respect('language');
    else if (s.languages.length > 0) (score += WEIGHTS.languageNotOffered), say(`Check: ${pq.language} not listed (${s.languages.join(', ')})`);
  }

  if (q.day && s.schedules.length > 0) {
    const slot = s.schedules.find((x) => x.day === q.day);
    if (slot) (score += WEIGHTS.openOnDay), say(`Open on ${titleDay(q.day)}s${slot.opens && slot.closes ? ` (${slot.opens}–${slot.closes})` : ''}${slot.frequency === 'monthly' ? ', monthly' : ''}`);
    else (score += WEIGHTS.closedOnDay), say(`Check: not open on ${titleDay(q.day)}s`);
  }

  if (q.prefersRemote && remote) (score += WEIGHTS.prefersRemote), say(s.attendance.phone ? 'Available by phone' : 'Available online');
  if (b.has('digital')) {
    if (onlineOnly(s)) (score += WEIGHTS.onlineOnlyWithDigitalBarrier), say('Check: online only — needs internet access');
    else {
      score += WEIGHTS.digitalFriendly;
      say(s.attendance.inPerson ? 'In person — no computer needed' : 'By phone — no internet needed');
      respect('digital');
    }
  }
  if (b.has('anxiety_new_places')) {
    if (s.supportedFirstVisit) (score += WEIGHTS.supportedFirstVisit), say('Someone can meet you or come with you the first time'), respect('anxiety_new_places');
    else if (remote) (score += WEIGHTS.remoteForAnxiety), say('Can start from home, by phone or online'), respect('anxiety_new_places');
  }
  if (b.has('caring_duties')) {
    if (remote) (score += WEIGHTS.remoteForCaring), say('Can be joined from home — fits around caring'), respect('caring_duties');
    if (s.needAreas.includes('caring')) (score += WEIGHTS.carerAware), respect('caring_duties');
  }

  if (s.status === 'temporarily closed') (score += WEIGHTS.temporarilyClosed), say('Check: temporarily closed');
  return Math.round(score * 1000) / 1000;
}
