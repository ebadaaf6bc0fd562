import { COST_BANDS } from './model';
import type { PreparedQuery } from './query';
import { WEIGHTS } from './score';
import {
  T_CARING_NEED, T_COST_MASK, T_COST_SHIFT, T_FAR, T_HAS_LANGUAGES, T_HAS_SCHEDULES, T_HEARING_LOOP, T_IN_PERSON,
  T_LANGUAGE_OFFERED, T_ONLINE_ONLY, T_OPEN_ON_DAY, T_REMOTE, T_SUPPORTED_FIRST_VISIT, T_TEMP_CLOSED, T_WHEELCHAIR,
} from './traits';

/**
 * scoreService's points beyond relevance and nearness, worked out from a trait key (traits.ts)
 * instead of the service object. It mirrors scoreService term by term; the matcher adds it to the
 * relevance and nearness it already knows, which gives each candidate's score before full scoring.
 * The matcher still fully scores every suggestion with scoreService and only uses this to decide
 * which candidates could still reach the top, so it is used as an upper bound: a mistake here that
 * overestimates costs time, one that underestimates would change results — the equivalence test
 * checks bound ≥ score for every service and query it runs.
 */
export function bonusForTraitKey(key: number, pq: PreparedQuery): number {
  const q = pq.raw;
  const b = pq.barriers;
  const inPerson = (key & T_IN_PERSON) !== 0;
  const remote = (key & T_REMOTE) !== 0;
  const cost = COST_BANDS[(key & T_COST_MASK) >> T_COST_SHIFT];
  let bonus = 0;

  if (b.has('cost')) {
    if (cost === 'free') bonus += WEIGHTS.freeWithCostBarrier;
    else if (cost === 'low') bonus += WEIGHTS.lowWithCostBarrier;
    else if (cost === 'unknown') bonus += WEIGHTS.unknownWithCostBarrier;
    else bonus += WEIGHTS.paidWithCostBarrier;
  } else if (cost === 'free') bonus += WEIGHTS.freeNoBarrier;

  // T_FAR is only set for candidates with a known distance; the penalty needs in person too.
  if (b.has('transport') && inPerson && !remote && key & T_FAR) bonus += WEIGHTS.farWithTransportBarrier;
  if (remote && (b.has('transport') || b.has('mobility'))) bonus += WEIGHTS.remoteForTravelBarrier;

  if (b.has('mobility') && inPerson) {
    if (key & T_WHEELCHAIR) bonus += WEIGHTS.wheelchairForMobility;
    else if (!remote) bonus += WEIGHTS.noAccessInfoForMobility;
  }
  if ((b.has('hearing_sight') || q.requiresHearingLoop) && inPerson && key & T_HEARING_LOOP) bonus += WEIGHTS.hearingLoop;

  if (pq.language) {
    if (key & T_LANGUAGE_OFFERED) bonus += WEIGHTS.languageOffered;
    else if (key & T_HAS_LANGUAGES) bonus += WEIGHTS.languageNotOffered;
  }
  if (q.day && key & T_HAS_SCHEDULES) bonus += key & T_OPEN_ON_DAY ? WEIGHTS.openOnDay : WEIGHTS.closedOnDay;

  if (q.prefersRemote && remote) bonus += WEIGHTS.prefersRemote;
  if (b.has('digital')) bonus += key & T_ONLINE_ONLY ? WEIGHTS.onlineOnlyWithDigitalBarrier : WEIGHTS.digitalFriendly;
  if (b.has('anxiety_new_places')) {
    if (key & T_SUPPORTED_FIRST_VISIT) bonus += WEIGHTS.supportedFirstVisit;
    else if (remote) bonus += WEIGHTS.remoteForAnxiety;
  }
  if (b.has('caring_duties')) {
    if (remote) bonus += WEIGHTS.remoteForCaring;
    if (key & T_CARING_NEED) bonus += WEIGHTS.carerAware;
  }
  if (key & T_TEMP_CLOSED) bonus += WEIGHTS.temporarilyClosed;
  return bonus;
}

/**
 * passesFilters' attendance and access rules from a trait key (status, age and distance are
 * checked by the matcher from its own arrays). Must never reject what passesFilters accepts.
 */
export function traitKeyPassesFilters(key: number, pq: PreparedQuery): boolean {
  const q = pq.raw;
  const remote = (key & T_REMOTE) !== 0;
  const inPersonOnly = (key & T_IN_PERSON) !== 0 && !remote;
  if (q.remoteOnly && !remote) return false;
  if (q.requiresWheelchair && inPersonOnly && !(key & T_WHEELCHAIR)) return false;
  if (q.requiresHearingLoop && inPersonOnly && !(key & T_HEARING_LOOP)) return false;
  return true;
}
