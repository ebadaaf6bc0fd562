import { HOME_VISIT_KM, LOCAL_REMOTE_KM } from './eligibility';
import { WEEKDAYS, type DirectoryService } from './model';
import { needBit, type PreparedQuery } from './query';
import { relevancePoints, WEIGHTS } from './score';
import { FACT } from './service-facts';

/**
 * The most a service could score for this person, worked out without deciding how they would
 * take part. It buys the top-k early stop in top-k.ts: services are judged best bound first, and
 * once the k-th best real score beats the next bound nobody left can get in.
 *
 * It must never be BELOW the real score (the equivalence tests check this on random directories).
 * Need and text points are exact; of the ways of taking part, the larger of the in-person and the
 * no-travel bonuses counts; every positive nudge the service could earn is added; penalties are
 * left out (leaving out a minus only raises a bound). `-Infinity`: no way of taking part passes
 * even the distance rules, so judging it would be wasted (usableMode would say no).
 */
/** A service with a venue but no stated area serves people near it by phone, online or at home. */
export const LOCAL_REACH_KM = Math.max(LOCAL_REMOTE_KM, HOME_VISIT_KM);

const popcount = (x: number) => {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
};

/** The query's side of the bound, worked out once per query rather than once per candidate. */
export interface BoundQuery {
  pq: PreparedQuery;
  /** Facts a venue must have to be used in person (wheelchair or hearing loop when required). */
  inPersonNeeds: number;
  /** Ways of taking part without travel this person can use: any one will do. */
  noTravelWays: number;
  placed: boolean;
  hearing: boolean;
  /** Nearness points at distance 0. */
  proximity: number;
  wheelchairPoints: number;
  noTravelBase: number;
  homeVisitPoints: number;
  anxiety: boolean;
  /** Nudges every service gets regardless of its facts. */
  everyone: number;
  freePoints: number;
  dayBit: number;
  carerPoints: number;
}

export function boundQuery(pq: PreparedQuery): BoundQuery {
  const q = pq.raw;
  const b = pq.barriers;
  const travelBarrier = b.has('transport') || b.has('mobility');
  const phoneOk = q.phoneUse === 'none' ? 0 : q.phoneUse === 'text_only' ? FACT.phoneWithText : FACT.phone;
  return {
    pq,
    inPersonNeeds: FACT.inPerson | (q.requiresWheelchair ? FACT.wheelchair : 0) | (q.requiresHearingLoop ? FACT.hearingLoop : 0),
    noTravelWays: FACT.homeVisit | phoneOk | (pq.noOnline ? 0 : FACT.online),
    placed: q.location !== undefined,
    hearing: b.has('hearing_sight') || q.requiresHearingLoop === true,
    proximity: WEIGHTS.proximity * (travelBarrier ? WEIGHTS.proximityBarrierFactor : 1),
    wheelchairPoints: b.has('mobility') ? WEIGHTS.wheelchairForMobility : 0,
    noTravelBase: (pq.remoteFirst ? WEIGHTS.noTravelWhenCannotTravel : 0) + (q.prefersRemote ? WEIGHTS.prefersRemote : 0),
    homeVisitPoints: q.remoteOnly ? WEIGHTS.homeVisitWhenHousebound : 0,
    anxiety: b.has('anxiety_new_places'),
    everyone: b.has('digital') ? WEIGHTS.noComputerNeeded : 0,
    freePoints: WEIGHTS.free,
    dayBit: q.day ? 1 << WEEKDAYS.indexOf(q.day) : 0,
    carerPoints: b.has('caring_duties') ? WEIGHTS.carerAware : 0,
  };
}

/**
 * `f` and `days` are a service's packed facts (service-facts.ts), or a block's union of them
 * (record-blocks.ts); `needHits` how many of the person's need areas it lists; `languageOffered`
 * whether it offers the person's language (or, for a block, might).
 */
export function scoreUpperBound(
  bq: BoundQuery,
  f: number,
  days: number,
  needHits: number,
  languageOffered: boolean,
  textScore: number,
  distanceKm: number | undefined,
): number {
  const pq = bq.pq;
  const inPerson = (f & bq.inPersonNeeds) === bq.inPersonNeeds && !pq.raw.remoteOnly && (!bq.placed || (distanceKm !== undefined && distanceKm <= pq.radiusKm));
  // Only a venue's own phone line, online group or home visits are tied to its surroundings.
  const noTravel =
    (f & bq.noTravelWays) !== 0 &&
    (!bq.placed || distanceKm === undefined || (f & FACT.serviceAreas) !== 0 || !(f & FACT.inPerson) || distanceKm <= LOCAL_REACH_KM);
  if (!inPerson && !noTravel) return -Infinity;

  const relevance = relevancePoints(needHits, pq.needCount, textScore);

  let inPersonBonus = -Infinity;
  if (inPerson) {
    inPersonBonus = distanceKm !== undefined && pq.radiusKm > 0 ? bq.proximity * Math.max(0, 1 - distanceKm / pq.radiusKm) : 0;
    if (f & FACT.wheelchair) inPersonBonus += bq.wheelchairPoints;
    if (bq.hearing && f & FACT.hearingLoop) inPersonBonus += WEIGHTS.hearingLoop;
  }
  let noTravelBonus = -Infinity;
  if (noTravel) {
    noTravelBonus = bq.noTravelBase;
    if (f & FACT.homeVisit) noTravelBonus += bq.homeVisitPoints;
    if (bq.hearing && f & FACT.phoneWithText) noTravelBonus += WEIGHTS.textForHearing;
    if (bq.anxiety && !(f & FACT.supportedFirstVisit)) noTravelBonus += WEIGHTS.startFromHome;
  }

  let nudges = bq.everyone;
  if (f & FACT.free) nudges += bq.freePoints;
  if (languageOffered) nudges += WEIGHTS.languageOffered;
  if (days & bq.dayBit) nudges += WEIGHTS.openOnDay;
  if (bq.anxiety && f & FACT.supportedFirstVisit) nudges += WEIGHTS.supportedFirstVisit;
  if (f & FACT.caringNeed) nudges += bq.carerPoints;
  return relevance + Math.max(inPersonBonus, noTravelBonus) + nudges;
}

/** A service's need hits, as scoreService counts them (a need listed twice counts twice). */
export function needHitsOf(pq: PreparedQuery, flags: number, needMask: number, s: DirectoryService | undefined): number {
  return flags & FACT.repeatedNeed && s ? s.needAreas.filter((n) => pq.needMask & needBit(n)).length : popcount(needMask & pq.needMask);
}

/** The language nudge a service gets (its record flags whether it lists languages at all). */
export const offersLanguage = (pq: PreparedQuery, flags: number, s: DirectoryService | undefined) =>
  pq.language !== undefined && (flags & FACT.languages) !== 0 && s !== undefined && s.languages.includes(pq.language);
