import { COST_BANDS, WEEKDAYS, type DirectoryService, type Weekday } from './model';

/**
 * Everything scoreService and passesFilters read from a service, packed per service into typed
 * arrays at index build time. The matcher uses them to know each candidate's exact score bound
 * (bonus-bound.ts) and hard filters without touching the service objects, so only the few
 * candidates that can still reach the top `limit` are fully scored.
 *
 * A trait key is a small integer: the static bits below, plus three bits only a query knows
 * (language offered, open on the day, far away). Services with the same key get the same bonus
 * for a query, so the bonus is worked out once per distinct key, not once per candidate.
 */
export const T_IN_PERSON = 1 << 0;
export const T_REMOTE = 1 << 1; // online or phone
export const T_ONLINE_ONLY = 1 << 2;
export const T_WHEELCHAIR = 1 << 4;
export const T_HEARING_LOOP = 1 << 5;
export const T_SUPPORTED_FIRST_VISIT = 1 << 6;
export const T_CARING_NEED = 1 << 7;
export const T_TEMP_CLOSED = 1 << 8;
export const T_HAS_LANGUAGES = 1 << 9;
export const T_HAS_SCHEDULES = 1 << 10;
/** Cost band index (COST_BANDS order) in two bits. */
export const T_COST_SHIFT = 11;
export const T_COST_MASK = 3 << T_COST_SHIFT;
// Query-time bits.
export const T_LANGUAGE_OFFERED = 1 << 13;
export const T_OPEN_ON_DAY = 1 << 14;
export const T_FAR = 1 << 15;
/** Keys fit in 16 bits. */
export const TRAIT_KEYS = 1 << 16;

export interface ServiceTraits {
  /** Static trait bits per service. */
  readonly keys: Uint16Array;
  /** Bit per WEEKDAYS index the service has a session on. */
  readonly dayMasks: Uint8Array;
  /** Age limits per service; -Infinity / Infinity when none. */
  readonly minAges: Float64Array;
  readonly maxAges: Float64Array;
  /** Language name (as in DirectoryService.languages) → services offering it, ascending. */
  readonly languagePostings: ReadonlyMap<string, readonly number[]>;
}

export const dayBit = (d: Weekday) => 1 << WEEKDAYS.indexOf(d);

export function traitKeyOf(s: DirectoryService): number {
  const a = s.attendance;
  let k = COST_BANDS.indexOf(s.cost) << T_COST_SHIFT;
  if (a.inPerson) k |= T_IN_PERSON;
  if (a.online || a.phone) k |= T_REMOTE;
  if (a.online && !a.inPerson && !a.phone) k |= T_ONLINE_ONLY;
  if (s.accessibility.wheelchair) k |= T_WHEELCHAIR;
  if (s.accessibility.hearingLoop) k |= T_HEARING_LOOP;
  if (s.supportedFirstVisit) k |= T_SUPPORTED_FIRST_VISIT;
  if (s.needAreas.includes('caring')) k |= T_CARING_NEED;
  if (s.status === 'temporarily closed') k |= T_TEMP_CLOSED;
  if (s.languages.length > 0) k |= T_HAS_LANGUAGES;
  if (s.schedules.length > 0) k |= T_HAS_SCHEDULES;
  return k;
}

export function buildTraits(services: readonly DirectoryService[]): ServiceTraits {
  const n = services.length;
  const keys = new Uint16Array(n);
  const dayMasks = new Uint8Array(n);
  const minAges = new Float64Array(n);
  const maxAges = new Float64Array(n);
  const languagePostings = new Map<string, number[]>();
  services.forEach((s, i) => {
    keys[i] = traitKeyOf(s);
    for (const slot of s.schedules) dayMasks[i]! |= dayBit(slot.day);
    minAges[i] = s.minAge ?? -Infinity;
    maxAges[i] = s.maxAge ?? Infinity;
    for (const lang of new Set(s.languages)) {
      const p = languagePostings.get(lang);
      if (p) p.push(i);
      else languagePostings.set(lang, [i]);
    }
  });
  return { keys, dayMasks, minAges, maxAges, languagePostings };
}
