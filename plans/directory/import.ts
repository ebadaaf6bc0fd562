import type { z } from 'zod';
import { csvColumnForPath, csvRowToOruk, CsvSyntaxError, parseCsv } from './csv';
import {
  directoryServiceSchema,
  NORMALISED_FORMAT,
  normalisedDirectorySchema,
  type DirectoryService,
  type ImportFormat,
  type ImportIssue,
  type ImportResult,
} from './model';
import { normaliseOrukService } from './normalise-service';
import { orukPageSchema, orukServiceSchema } from './open-referral-schema';

/** The whole document is unusable (not JSON/CSV, wrong shape): nothing is imported. */
export class DirectoryImportError extends Error {}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

const zodIssues = (error: z.ZodError) => error.issues.map((i) => ({ path: formatPath(i.path) || '(record)', message: i.message }));

function recordId(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

class Collector {
  readonly services: DirectoryService[] = [];
  readonly rejected: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  private readonly firstIndexById = new Map<string, number>();

  reject(index: number, id: string | undefined, issues: Array<{ path: string; message: string }>) {
    for (const issue of issues) this.rejected.push(id === undefined ? { index, ...issue } : { index, id, ...issue });
  }
  warn(index: number, id: string | undefined, issues: Array<{ path: string; message: string }>) {
    for (const issue of issues) this.warnings.push(id === undefined ? { index, ...issue } : { index, id, ...issue });
  }
  accept(index: number, service: DirectoryService): boolean {
    const first = this.firstIndexById.get(service.id);
    if (first !== undefined) {
      this.reject(index, service.id, [{ path: 'id', message: `duplicate id (first seen at record ${first}); later copy ignored` }]);
      return false;
    }
    this.firstIndexById.set(service.id, index);
    this.services.push(service);
    return true;
  }
  result(format: ImportFormat): ImportResult {
    const rejectedCount = new Set(this.rejected.filter((r) => r.index >= 0).map((r) => r.index)).size;
    return { format, services: this.services, rejected: this.rejected, rejectedCount, warnings: this.warnings };
  }
}

/**
 * Coordinates sent as text ("54.967") are read as numbers by the schema, but a feed that does it
 * is not following the standard, so the manager is told (JSON only: every CSV cell is text).
 */
function textCoordinates(raw: unknown): Array<{ path: string; message: string }> {
  const r = raw as { service_at_locations?: Array<{ location?: Record<string, unknown> }>; locations?: Array<Record<string, unknown>> } | null;
  const located = [
    ...(Array.isArray(r?.service_at_locations) ? r.service_at_locations : []).map((sal, i) => [sal?.location, `service_at_locations[${i}].location`] as const),
    ...(Array.isArray(r?.locations) ? r.locations : []).map((l, i) => [l, `locations[${i}]`] as const),
  ];
  return located.flatMap(([loc, path]) =>
    loc && (typeof loc.latitude === 'string' || typeof loc.longitude === 'string')
      ? [
          {
            path: `${path}.latitude`,
            message: `coordinates given as text (${JSON.stringify(loc.latitude)}, ${JSON.stringify(loc.longitude)}); read as numbers, check the feed`,
          },
        ]
      : [],
  );
}

/** One Open Referral record: schema check, normalise, collect; `mapPath` renames paths for CSV. */
function importOrukRecord(c: Collector, raw: unknown, index: number, mapPath?: (p: string) => string) {
  const isCsv = mapPath !== undefined;
  const id = recordId(raw);
  const rename = (issues: Array<{ path: string; message: string }>) => issues.map((i) => ({ ...i, path: mapPath ? mapPath(i.path) : i.path }));
  const parsed = orukServiceSchema.safeParse(raw);
  if (!parsed.success) return c.reject(index, id, rename(zodIssues(parsed.error)));
  const outcome = normaliseOrukService(parsed.data);
  if (!outcome.service) return c.reject(index, id, rename(outcome.errors));
  if (c.accept(index, outcome.service)) c.warn(index, id, rename([...(isCsv ? [] : textCoordinates(raw)), ...outcome.warnings]));
}

export function importOrukRecords(records: unknown[], format: ImportFormat, page?: z.infer<typeof orukPageSchema>): ImportResult {
  const c = new Collector();
  records.forEach((raw, i) => importOrukRecord(c, raw, i));
  const pages = page?.total_pages ?? 1;
  if (page && (pages > 1 || (page.total_items !== undefined && page.total_items > records.length))) {
    c.warn(-1, undefined, [
      {
        path: '(document)',
        message: `this is page ${page.page_number ?? '?'} of ${pages} (${records.length} of ${page.total_items ?? '?'} services); import from the API URL to follow every page`,
      },
    ]);
  }
  return c.result(format);
}

export function importCsvText(source: string): ImportResult {
  let rows: string[][];
  try {
    rows = parseCsv(source);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new DirectoryImportError(`CSV: ${err.message}`);
    throw err;
  }
  const [header, ...data] = rows;
  if (!header) throw new DirectoryImportError('CSV: the file is empty');
  const columns = header.map((h) => h.trim().toLowerCase());
  for (const required of ['id', 'name', 'status'])
    if (!columns.includes(required)) throw new DirectoryImportError(`CSV: missing required column "${required}"`);
  const c = new Collector();
  data.forEach((row, index) => {
    if (row.length !== columns.length) {
      const cells = Object.fromEntries(columns.map((col, i) => [col, row[i] ?? '']));
      return c.reject(index, recordId(cells), [{ path: `line ${index + 2}`, message: `expected ${columns.length} fields, got ${row.length}` }]);
    }
    const cells = Object.fromEntries(columns.map((col, i) => [col, row[i] ?? '']));
    importOrukRecord(c, csvRowToOruk(cells), index, csvColumnForPath);
  });
  return c.result('csv');
}

function importNormalised(doc: z.infer<typeof normalisedDirectorySchema>): ImportResult {
  const c = new Collector();
  doc.services.forEach((raw, index) => {
    const parsed = directoryServiceSchema.safeParse(raw);
    if (!parsed.success) return c.reject(index, recordId(raw), zodIssues(parsed.error));
    c.accept(index, parsed.data);
  });
  return c.result('normalised');
}

/** A parsed JSON document: normalised directory, paged /services list, one service or an array. */
export function importDirectoryDocument(doc: unknown): ImportResult {
  if (Array.isArray(doc)) return importOrukRecords(doc, 'oruk-service-array');
  if (doc === null || typeof doc !== 'object') throw new DirectoryImportError('expected a JSON object or array of services');
  if ((doc as { format?: unknown }).format === NORMALISED_FORMAT) {
    const parsed = normalisedDirectorySchema.safeParse(doc);
    if (!parsed.success)
      throw new DirectoryImportError(
        `normalised directory: ${zodIssues(parsed.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
      );
    return importNormalised(parsed.data);
  }
  if ('contents' in doc) {
    const page = orukPageSchema.safeParse(doc);
    if (!page.success)
      throw new DirectoryImportError(
        `services list: ${zodIssues(page.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
      );
    return importOrukRecords(page.data.contents, 'oruk-service-list', page.data);
  }
  if ('id' in doc || 'name' in doc) return importOrukRecords([doc], 'oruk-service');
  throw new DirectoryImportError('not an Open Referral UK document: expected a service, an array of services or a /services page with "contents"');
}

/** Text from a file or HTTP body. JSON is recognised by its first character, anything else is CSV. */
export function importDirectoryText(source: string): ImportResult {
  const trimmed = source.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (err) {
      throw new DirectoryImportError(`not valid JSON: ${(err as Error).message}`);
    }
    return importDirectoryDocument(doc);
  }
  return importCsvText(source);
}
