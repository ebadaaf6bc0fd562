/**
 * The deep-frozen brand, shared by the engine and the store's snapshots (store/sql/snapshot.ts).
 *
 * An object carrying it is frozen and so is everything below it, all the way down: whoever holds
 * one can share it without copying. The store's snapshots carry it; since issue 22 (s22f) the
 * engine also puts it on the answers maps and history lists it builds from branded parts, so the
 * store takes those as they are instead of walking and copying them again on every commit (the
 * answers map of dozens of keys and a history list that grows to ~130 lines were copied once by
 * the engine and once more by the snapshot).
 *
 * The brand is a non-enumerable, symbol-keyed own property set just before the freeze: never
 * serialised, spread, cloned or walked by for…in, and it cannot be added to anything frozen
 * elsewhere — so nothing is taken for deep-frozen that was not made so here.
 */
const DEEP_FROZEN: unique symbol = Symbol('wma.deep-frozen');
type Branded = { readonly [DEEP_FROZEN]?: true };

/** True when `value` is an object made deep-frozen by `brandFrozen` (directly or through `deepFrozen`). */
export function isDeepFrozen(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Branded)[DEEP_FROZEN] === true;
}

/**
 * Brands and freezes `value`, whose every child must already be a primitive or deep-frozen (the
 * caller's promise; `deepFrozen` checks it). Returns the same object.
 */
export function brandFrozen<T extends object>(value: T): T {
  Object.defineProperty(value, DEEP_FROZEN, { value: true });
  return Object.freeze(value);
}

/**
 * A deep-frozen copy of `value`, sharing every part of it that already is deep-frozen; `value`
 * itself is left as it was (it may be the caller's). For the small values a turn adds (an answer,
 * a history line), so the lists and maps holding them can be branded too. JSON-shaped values only
 * (plain objects, arrays, strings, numbers, booleans, null).
 */
export function deepFrozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || isDeepFrozen(value)) return value;
  if (Array.isArray(value)) return brandFrozen(value.map(deepFrozen)) as T;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key in record) out[key] = deepFrozen(record[key]);
  return brandFrozen(out) as T;
}

/**
 * Freezes `value` (a map or list the caller has just built), and brands it deep-frozen when every
 * child already is a primitive or deep-frozen — then it is, and the store keeps it without a copy.
 * Otherwise (the engine was handed a state that is not a snapshot) it is only frozen, as before.
 * A check of each child's brand: no copy, nothing below is touched.
 */
export function freezeOver<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (typeof child === 'object' && child !== null && !isDeepFrozen(child)) return Object.freeze(value);
  }
  return brandFrozen(value);
}
