import { DirectoryImportError, importDirectoryText, importOrukRecords } from './import';
import type { ImportResult } from './model';
import { orukPageSchema } from './open-referral-schema';

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface FetchOptions {
  fetch?: FetchLike;
  /** Safety stop for a feed that never says last_page. */
  maxPages?: number;
}

async function getText(fetchImpl: FetchLike, url: string): Promise<string> {
  let res;
  try {
    res = await fetchImpl(url);
  } catch (err) {
    throw new DirectoryImportError(`cannot fetch ${url}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new DirectoryImportError(`HTTP ${res.status} from ${url}`);
  return res.text();
}

/**
 * Imports from an Open Referral UK API URL (or any URL serving a supported file). A paged
 * `/services` response is followed page by page (`?page=N`, as the ORUK API does) until
 * last_page / total_pages, then imported as one list so duplicate ids across pages are caught.
 */
export async function fetchOpenReferral(url: string, options: FetchOptions = {}): Promise<ImportResult> {
  const fetchImpl = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const maxPages = options.maxPages ?? 1000;
  const first = await getText(fetchImpl, url);
  let doc: unknown;
  try {
    doc = JSON.parse(first);
  } catch {
    return importDirectoryText(first); // CSV, or a JSON error reported by the importer
  }
  const page = orukPageSchema.safeParse(doc);
  if (!page.success) return importDirectoryText(first);

  const records: unknown[] = [...page.data.contents];
  let current = page.data;
  let pagesRead = 1;
  let pageNumber = current.page_number ?? 1;
  const totalPages = current.total_pages ?? 1;
  while (current.last_page !== true && pageNumber < totalPages && current.contents.length > 0 && pagesRead < maxPages) {
    const next = new URL(url);
    next.searchParams.set('page', String(pageNumber + 1));
    const body = orukPageSchema.safeParse(JSON.parse(await getText(fetchImpl, next.toString())));
    if (!body.success) throw new DirectoryImportError(`page ${pageNumber + 1} of ${url} is not a /services page`);
    current = body.data;
    records.push(...current.contents);
    pageNumber = current.page_number ?? pageNumber + 1;
    pagesRead++;
  }
  const result = importOrukRecords(records, 'oruk-service-list');
  if (pageNumber < totalPages && current.last_page !== true) {
    result.warnings.push({ index: -1, path: '(document)', message: `stopped after ${pagesRead} pages of ${totalPages}` });
  }
  return result;
}
