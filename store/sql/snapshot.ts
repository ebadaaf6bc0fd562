import { brandFrozen, isDeepFrozen } from '../../dialogs/engine/deep-frozen';

/**
 * Immutable snapshots of stored documents, for the decrypted-state cache (state-cache.ts).
 *
 * A snapshot is deep-frozen, so it can be handed to any number of readers without copying: a
 * caller that tries to change one gets a TypeError instead of silently changing what the next turn
 * reads. Taking a snapshot of a new value reuses every part of the previous snapshot that is
 * deeply equal to it, so recording one answer copies the answer, its history line and the small
 * top-level fields — not the whole history again. Because unchanged parts are the very same
 * objects, "which history lines are new" is an identity check (assessment-layout.ts).
 *
 * Values are JSON-shaped (what the store validates and serialises): plain objects, arrays,
 * strings, numbers, booleans and null.
 */

/**
 * Each snapshot carries the deep-frozen brand (dialogs/engine/deep-frozen.ts): a non-enumerable,
 * symbol-keyed own property set just before the freeze. What it buys (issue 22, s22c, measured):
 * the brand was a WeakSet, and its lookups and inserts were most of snapshot.ts's ~4 % of an
 * in-process turn's CPU (microbenchmark: ~110 → ~70 µs per commit's snapshot). Since s22f the
 * brand is shared with the engine, which puts it on the answers maps and history lists it builds
 * from branded parts: `share` keeps those as they are, as it keeps any snapshot.
 */
export const isSnapshot: (value: unknown) => boolean = isDeepFrozen;

/** A deep-frozen copy of `value`, sharing every part that is deeply equal to the same place in `base`. */
export function snapshot<T>(value: T, base?: T): T {
  return share(value, base) as T;
}

function share(value: unknown, base: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isDeepFrozen(value)) return value;
  return Array.isArray(value) ? shareArray(value, base) : shareObject(value as Record<string, unknown>, base);
}

// Both walks allocate only once a difference is found: an unchanged history line costs a comparison, not a copy.
function shareArray(value: readonly unknown[], base: unknown): readonly unknown[] {
  const old = Array.isArray(base) && isSnapshot(base) ? (base as readonly unknown[]) : undefined;
  let out: unknown[] | undefined = old !== undefined && old.length === value.length ? undefined : new Array<unknown>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = share(value[i], old?.[i]);
    if (out === undefined && item !== old![i]) out = old!.slice(0, i);
    if (out !== undefined) out[i] = item;
  }
  return out === undefined ? old! : seal(out);
}

function shareObject(value: Record<string, unknown>, base: unknown): Readonly<Record<string, unknown>> {
  const old = base !== null && typeof base === 'object' && !Array.isArray(base) && isSnapshot(base) ? (base as Record<string, unknown>) : undefined;
  let out: Record<string, unknown> | undefined = old === undefined ? {} : undefined;
  let keys = 0;
  // for…in rather than Object.keys: no key array per object (these are plain JSON-shaped objects).
  for (const key in value) {
    keys++;
    const had = old !== undefined && Object.hasOwn(old, key);
    const item = share(value[key], had ? old![key] : undefined);
    if (out === undefined && (!had || item !== old![key])) out = copyKeysBefore(value, key, old!);
    if (out !== undefined) out[key] = item;
  }
  // Same values for every key of `value`: the base is kept only if it has no other keys.
  if (out === undefined && keys !== countKeys(old!)) out = copyKeysBefore(value, undefined, old!);
  return out === undefined ? old! : seal(out);
}

/** The keys of `value` before `stop` (all when undefined), each with the base's identical value. */
function copyKeysBefore(value: Record<string, unknown>, stop: string | undefined, old: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (key === stop) break;
    out[key] = old[key];
  }
  return out;
}

function countKeys(value: object): number {
  let n = 0;
  for (const _ in value) n++;
  return n;
}

/** Every child of `value` is a primitive or a snapshot by now (share made it so). */
const seal = brandFrozen;
