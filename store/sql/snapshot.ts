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

function shareArray(value: readonly unknown[], base: unknown): readonly unknown[] {
  const old = Array.isArray(base) && isSnapshot(base) ? (base as readonly unknown[]) : undefined;
  const out = new Array<unknown>(value.length);
  let same = old !== undefined && old.length === value.length;
  for (let i = 0; i < value.length; i++) {
    const item = share(value[i], old?.[i]);
    out[i] = item;
    if (same && item !== old![i]) same = false;
  }
  return same ? old! : seal(out);
}

function shareObject(value: Record<string, unknown>, base: unknown): Readonly<Record<string, unknown>> {
  const old = base !== null && typeof base === 'object' && !Array.isArray(base) && isSnapshot(base) ? (base as Record<string, unknown>) : undefined;
  const keys = Object.keys(value);
  const out: Record<string, unknown> = {};
  let same = old !== undefined && Object.keys(old).length === keys.length;
  for (const key of keys) {
    const before = old && Object.hasOwn(old, key) ? old[key] : undefined;
    const item = share(value[key], before);
    out[key] = item;
    if (same && (item !== before || !Object.hasOwn(old!, key))) same = false;
  }
  return same ? old! : seal(out);
}

function seal<T extends object>(value: T): T {
  snapshots.add(Object.freeze(value));
  return value;
}
