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
const snapshots = new WeakSet<object>();

/** True when `value` was made by `snapshot` (and so is deep-frozen all the way down). */
export function isSnapshot(value: unknown): boolean {
  return typeof value === 'object' && value !== null && snapshots.has(value);
}

/** A deep-frozen copy of `value`, sharing every part that is deeply equal to the same place in `base`. */
export function snapshot<T>(value: T, base?: T): T {
  return share(value, base) as T;
}

function share(value: unknown, base: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (snapshots.has(value)) return value;
  return Array.isArray(value) ? shareArray(value, base) : shareObject(value as Record<string, unknown>, base);
}

// Both walks allocate only once a copy is needed. A part equal to the base's is the base's (an
// unchanged history line costs a comparison, not a copy), and a part the caller already froze, all
// of whose children are snapshots, is adopted as it is instead of copied: the engine records into
// frozen maps and lists (dialogs/engine/turn.ts), so a turn's new answers map and history list are
// not copied a second time here. `same`/`own` say whether every item so far is the base's / the
// value's own; the copy starts only when neither holds, from whichever held until then.
function shareArray(value: readonly unknown[], base: unknown): readonly unknown[] {
  const old = Array.isArray(base) && isSnapshot(base) ? (base as readonly unknown[]) : undefined;
  let same = old !== undefined && old.length === value.length;
  let own = Object.isFrozen(value);
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = share(value[i], old?.[i]);
    if (out === undefined) {
      const wasSame = same;
      if (same && item !== old![i]) same = false;
      if (own && item !== value[i]) own = false;
      if (!same && !own) out = (wasSame ? old! : value).slice(0, i);
    }
    if (out !== undefined) out[i] = item;
  }
  if (out === undefined) {
    if (same) return old!;
    if (own) return adopt(value);
    out = [];
  }
  return seal(out);
}

function shareObject(value: Record<string, unknown>, base: unknown): Readonly<Record<string, unknown>> {
  const old = base !== null && typeof base === 'object' && !Array.isArray(base) && isSnapshot(base) ? (base as Record<string, unknown>) : undefined;
  let same = old !== undefined;
  let own = Object.isFrozen(value) && adoptable(value);
  let out: Record<string, unknown> | undefined;
  let keys = 0;
  // for…in rather than Object.keys: no key array per object (these are plain JSON-shaped objects).
  for (const key in value) {
    keys++;
    const had = old !== undefined && Object.hasOwn(old, key);
    const item = share(value[key], had ? old![key] : undefined);
    if (out === undefined) {
      const wasSame = same;
      if (same && (!had || item !== old![key])) same = false;
      if (own && item !== value[key]) own = false;
      if (!same && !own) out = copyKeysBefore(value, key, wasSame ? old! : value);
    }
    if (out !== undefined) out[key] = item;
  }
  if (out === undefined) {
    // Same values for every key of `value`: the base is kept only if it has no other keys.
    if (same && keys === countKeys(old!)) return old!;
    if (own) return adopt(value);
    out = copyKeysBefore(value, undefined, same ? old! : value);
  }
  return seal(out);
}

/** The keys of `value` before `stop` (all when undefined), each with `from`'s value, which is identical to what sharing found. */
function copyKeysBefore(value: Record<string, unknown>, stop: string | undefined, from: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (key === stop) break;
    out[key] = from[key];
  }
  return out;
}

function countKeys(value: object): number {
  let n = 0;
  for (const _ in value) n++;
  return n;
}

/**
 * A frozen plain object (no class instance rides along as a snapshot). Frozen by its maker it cannot
 * change, and its enumerable children were just found to be snapshots, so it is deep-frozen as it
 * is; a non-enumerable or symbol-keyed property, which a copy would drop, is frozen too and never
 * serialised (values are JSON-shaped).
 */
function adoptable(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Takes a frozen value whose children are all snapshots as a snapshot itself, without a copy. */
function adopt<T extends object>(value: T): T {
  snapshots.add(value);
  return value;
}

function seal<T extends object>(value: T): T {
  snapshots.add(Object.freeze(value));
  return value;
}
