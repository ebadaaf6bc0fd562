import type { z } from 'zod';

/**
 * Long-lived stored documents (assessments live for months) carry a `schemaVersion`. Reading one
 * runs the named migrations from its version up to the current one, then validates it against
 * the current schema; writing validates and stamps the current version. A document with no
 * `schemaVersion` was written before versions existed: version 0.
 */

type Json = Record<string, unknown>;

export interface Migration {
  /** What it changes, in a few words: it is named in tests and in the migration record. */
  name: string;
  /** Takes a document at version `from` to `from + 1`. Pure: returns a new object. */
  from: number;
  up(doc: Json): Json;
}

export interface DocumentType<T> {
  kind: string;
  version: number;
  /** The current version's shape (without `schemaVersion`). */
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
}

/** Where and what kind of problem — never the offending value, which may be patient text. */
export interface DocumentIssue {
  path: string;
  code: string;
}

export type Decoded<T> =
  | { ok: true; value: T; storedVersion: number; migrations: string[] }
  | { ok: false; reason: 'invalid'; storedVersion: number | null; issues: DocumentIssue[] }
  /** Written by a newer release (e.g. mid-deploy): not ours to migrate or to quarantine. */
  | { ok: false; reason: 'newer'; storedVersion: number; issues: DocumentIssue[] };

export function defineDocument<T>(type: DocumentType<T>): DocumentType<T> {
  type.migrations.forEach((m, i) => {
    if (m.from !== i) throw new Error(`${type.kind} migration "${m.name}" is out of order: expected from ${i}, got ${m.from}`);
  });
  if (type.migrations.length !== type.version) throw new Error(`${type.kind} v${type.version} needs ${type.version} migrations, has ${type.migrations.length}`);
  return type;
}

/** A path segment is a field name, an index or a record key; a key that does not look like an id is masked, in case it is free text. */
/** A path segment in an issue, masked unless it looks like an id (issues never carry patient text). */
export const safeSegment = (s: PropertyKey) => (typeof s === 'number' || /^[A-Za-z0-9_.-]{1,64}$/.test(String(s)) ? String(s) : '*');

export const zodIssues = (error: z.ZodError, prefix = ''): DocumentIssue[] =>
  error.issues.map((i) => ({ path: [prefix, ...i.path.map(safeSegment)].filter(Boolean).join('.') || '(root)', code: i.code }));

export const describeIssues = (issues: readonly DocumentIssue[]): string =>
  issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.code}`)
    .join('; ') + (issues.length > 5 ? ` (+${issues.length - 5} more)` : '');

/** Migrates (pure) without validating: the building block of `decode`, and what migration tests exercise. */
export function migrate<T>(type: DocumentType<T>, raw: Json): { doc: Json; from: number; applied: string[] } {
  const from = raw.schemaVersion === undefined ? 0 : (raw.schemaVersion as number);
  let doc: Json = { ...raw };
  delete doc.schemaVersion;
  const applied: string[] = [];
  for (const m of type.migrations.slice(from)) {
    doc = m.up(doc);
    applied.push(m.name);
  }
  return { doc, from, applied };
}

/**
 * Migrates then validates. On success the value is the migrated document itself (validation is a
 * gate, not a rewrite), so nothing unknown is dropped along the way.
 */
export function decode<T>(type: DocumentType<T>, raw: unknown): Decoded<T> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: 'invalid', storedVersion: null, issues: [{ path: '(root)', code: 'not_an_object' }] };
  const version = (raw as Json).schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 0))
    return { ok: false, reason: 'invalid', storedVersion: null, issues: [{ path: 'schemaVersion', code: 'invalid_version' }] };
  const stored = version ?? 0;
  if (stored > type.version)
    return { ok: false, reason: 'newer', storedVersion: stored, issues: [{ path: 'schemaVersion', code: `newer_than_${type.version}` }] };
  let migrated: ReturnType<typeof migrate>;
  try {
    migrated = migrate(type, raw as Json);
  } catch {
    return { ok: false, reason: 'invalid', storedVersion: stored, issues: [{ path: '(root)', code: 'migration_failed' }] };
  }
  const parsed = type.schema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, reason: 'invalid', storedVersion: stored, issues: zodIssues(parsed.error) };
  return { ok: true, value: migrated.doc as T, storedVersion: stored, migrations: migrated.applied };
}

export class DocumentInvalidError extends Error {
  override name = 'DocumentInvalidError';
  constructor(
    readonly kind: string,
    readonly issues: DocumentIssue[],
  ) {
    super(`${kind} document is invalid: ${describeIssues(issues)}`);
  }
}

/** Validates against the current schema and stamps the version; an invalid document is never written. */
export function encode<T>(type: DocumentType<T>, value: T): Json {
  const parsed = type.schema.safeParse(value);
  if (!parsed.success) throw new DocumentInvalidError(type.kind, zodIssues(parsed.error));
  return stamp(type, value);
}

/** The stored form of a value already known to be valid (encode() checks first): stamped with its schema version. */
export function stamp<T>(type: DocumentType<T>, value: T): Json {
  return { schemaVersion: type.version, ...(value as Json) };
}
