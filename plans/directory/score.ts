import { NEED_AREAS, type Barrier } from '../../dialogs/vocabulary';
import { needBit } from './query';
import { ageUncertain, areaCovers } from './eligibility';
import type { DirectoryService } from './model';
import type { PreparedQuery, UseMode } from './query';

/**
 * How well a usable service fits one person, in points on a rough 0–100 scale, with the reasons
 * in plain words. What the person needs and says matters most; then the way of taking part
 * (no-travel options first for someone who cannot travel or leave someone), nearness, and small
 * nudges (access, language, opening day) that reorder near-ties. Hard rules live in eligibility.ts.
 * This is the one scorer: the indexed matcher and the reference scan both call it.
 */
export const WEIGHTS = {
  need: 40,
  text: 25,
  proximity: 12,
  /** Nearness counts double when getting there is itself the problem. */
  proximityBarrierFactor: 2,
  /** Larger than nearness and access together, so no-travel options come first. */
  noTravelWhenCannotTravel: 40,
  homeVisitWhenHousebound: 6,
  /** Free beats "cost not stated" (and any charge), with or without a cost barrier. */
  free: 2,
  wheelchairForMobility: 10,
  noAccessInfoForMobility: -6,
  hearingLoop: 8,
  textForHearing: 6,
  languageOffered: 12,
  languageNotOffered: -8,
  openOnDay: 5,
  closedOnDay: -8,
  prefersRemote: 10,
  noComputerNeeded: 4,
  supportedFirstVisit: 8,
  startFromHome: 5,
  carerAware: 3,
  ageLimitUnknownAge: -12,
  areaUnknown: -6,
} as const;

export interface Explanation {
  reasons: string[];
  respects: Set<Barrier>;
}

const fmtKm = (d: number) => (d < 10 ? d.toFixed(1) : Math.round(d).toString());
const titleDay = (d: string) => d[0]!.toUpperCase() + d.slice(1);
const MODE_WORDS: Record<UseMode, string> = {
  in_person: 'In person',
  home_visit: 'Comes to the person’s home — no travel needed',
  phone: 'By phone — no travel needed',
  online: 'Online — join from home',
};

/** Need and word relevance: cheap, and the rule for whether a service is a candidate at all. */
export function relevancePoints(needHits: number, needCount: number, textScore: number): number {
  return (needCount > 0 ? (WEIGHTS.need * needHits) / needCount : 0) + WEIGHTS.text * textScore;
}

/**
 * An age limit that matters when the age is not known: most adults fit "16+" or "18+" and
 * "up to 100", but not "55+" or "16–25" (those are ranked down). Any limit at all is said, as a
 * "Check:", because the person might be 16. With an age group (plans/age-band.ts), a group that
 * straddles the limit is ranked down and said; a group inside it says nothing.
 */
export const ADULT_MIN_AGE = 18;
export const NO_REAL_MAX_AGE = 90;
const limitsAdults = (s: DirectoryService) => (s.minAge !== undefined && s.minAge > ADULT_MIN_AGE) || (s.maxAge !== undefined && s.maxAge < NO_REAL_MAX_AGE);

const hasAgeLimit = (s: DirectoryService) => (s.minAge !== undefined && s.minAge > 0) || (s.maxAge !== undefined && s.maxAge < NO_REAL_MAX_AGE);

function ageWords(s: DirectoryService): string {
  const max = s.maxAge !== undefined && s.maxAge < NO_REAL_MAX_AGE ? s.maxAge : undefined;
  const min = s.minAge !== undefined && s.minAge > 0 ? s.minAge : undefined;
  if (min !== undefined && max !== undefined) return `ages ${min}–${max}`;
  return max === undefined ? `age ${min} and over` : `up to age ${max}`;
}

export function scoreService(
  s: DirectoryService,
  pq: PreparedQuery,
  mode: UseMode,
  distanceKm: number | undefined,
  textScore: number,
  ex?: Explanation,
): number {
  const q = pq.raw;
  const b = pq.barriers;
  // Reasons are only built when explaining (a few results): scoring thousands of candidates builds no strings.
  const reasons = ex?.reasons;
  const respects = ex?.respects;
  const respect = (barrier: Barrier) => {
    if (respects && b.has(barrier)) respects.add(barrier);
  };

  let hits = 0;
  for (const need of s.needAreas) {
    if (!(pq.needMask & needBit(need))) continue;
    hits++;
    if (reasons) {
      const label = NEED_AREAS[need].toLowerCase();
      const evidence = s.needEvidence[need];
      reasons.push(evidence && evidence !== label ? `Offers ${evidence} (${label})` : `Supports ${label}`);
    }
  }
  let score = relevancePoints(hits, pq.needCount, textScore);

  const remote = mode !== 'in_person';
  reasons?.push(
    mode === 'in_person' && distanceKm !== undefined
      ? `In person, ${fmtKm(distanceKm)} km away${s.locations.some((l) => l.approximate) ? ' (town centre: exact venue not mapped)' : ''}`
      : MODE_WORDS[mode],
  );
  if (mode === 'in_person' && distanceKm !== undefined) {
    const nearness = pq.radiusKm > 0 ? Math.max(0, 1 - distanceKm / pq.radiusKm) : 0;
    const travelBarrier = b.has('transport') || b.has('mobility');
    score += WEIGHTS.proximity * nearness * (travelBarrier ? WEIGHTS.proximityBarrierFactor : 1);
    respect('transport');
  }
  if (remote) {
    respect('transport');
    respect('mobility');
    respect('caring_duties');
    if (pq.remoteFirst) score += WEIGHTS.noTravelWhenCannotTravel;
    if (mode === 'home_visit' && q.remoteOnly) score += WEIGHTS.homeVisitWhenHousebound;
  }

  if (s.cost === 'free') {
    reasons?.push('Free');
    respect('cost');
    // Free ranks above "cost not stated" under a cost barrier too (both may be shown then).
    score += WEIGHTS.free;
  } else if (s.cost === 'unknown') reasons?.push('Check: cost not stated');
  else reasons?.push(`Check: ${s.cost === 'low' ? 'small charge' : 'paid'}${s.costNote ? ` (${s.costNote})` : ''}`);

  if (mode === 'in_person' && b.has('mobility')) {
    if (s.accessibility.wheelchair) {
      score += WEIGHTS.wheelchairForMobility;
      reasons?.push('Step-free access');
      respect('mobility');
    } else {
      score += WEIGHTS.noAccessInfoForMobility;
      reasons?.push('Check: step-free access not stated');
    }
  }
  if (b.has('hearing_sight') || q.requiresHearingLoop || q.prefersHearingLoop) {
    if (mode === 'in_person' && s.accessibility.hearingLoop) {
      score += WEIGHTS.hearingLoop;
      reasons?.push('Hearing loop at the venue');
      respect('hearing_sight');
    }
    if (mode === 'phone' && s.attendance.text) {
      score += WEIGHTS.textForHearing;
      reasons?.push('Also by text message');
      respect('hearing_sight');
    }
    if (mode === 'home_visit') respect('hearing_sight');
  }
  if (pq.language) {
    if (s.languages.includes(pq.language)) {
      score += WEIGHTS.languageOffered;
      reasons?.push(`Offered in ${pq.language}`);
      respect('language');
    } else if (s.languages.length > 0) {
      score += WEIGHTS.languageNotOffered;
      reasons?.push(`Check: ${pq.language} not listed (${s.languages.join(', ')})`);
    }
  }
  const day = q.day;
  if (day && s.schedules.length > 0) {
    const slot = s.schedules.find((x) => x.day === day);
    score += slot ? WEIGHTS.openOnDay : WEIGHTS.closedOnDay;
    reasons?.push(slot ? `Open on ${titleDay(day)}s` : `Check: not open on ${titleDay(day)}s`);
  }
  if (q.prefersRemote && remote) score += WEIGHTS.prefersRemote;
  if (b.has('digital') && mode !== 'online') {
    score += WEIGHTS.noComputerNeeded;
    respect('digital');
  }
  if (b.has('anxiety_new_places')) {
    if (s.supportedFirstVisit) {
      score += WEIGHTS.supportedFirstVisit;
      reasons?.push('Someone meets newcomers the first time');
      respect('anxiety_new_places');
    } else if (remote) {
      score += WEIGHTS.startFromHome;
      respect('anxiety_new_places');
    }
  }
  if (b.has('caring_duties') && s.needAreas.includes('caring')) {
    score += WEIGHTS.carerAware;
    reasons?.push('Set up for carers');
  }
  if (pq.ageMin === undefined) {
    if (limitsAdults(s)) score += WEIGHTS.ageLimitUnknownAge;
    if (hasAgeLimit(s)) reasons?.push(`Check: only for ${ageWords(s)} (age not known)`);
  } else if (q.age === undefined && ageUncertain(s, pq)) {
    score += WEIGHTS.ageLimitUnknownAge;
    reasons?.push(`Check: only for ${ageWords(s)} (age group ${q.ageBand?.label ?? 'given'})`);
  }
  if (areaCovers(s, pq, distanceKm) === 'unknown') {
    score += WEIGHTS.areaUnknown;
    reasons?.push(`Check: only for people in ${s.serviceAreas!.join(', ')}`);
  }
  return Math.round(score * 1000) / 1000;
}
