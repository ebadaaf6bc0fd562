import { readFileSync } from 'node:fs';
import { DirectoryImportError, importDirectoryText } from './import';
import { NORMALISED_FORMAT, type DirectoryService, type ImportResult } from './model';

/**
 * Reads a directory file: the normalised JSON written by `directory-import`, an Open Referral UK
 * JSON document (service, array, /services page) or the flat CSV. Record problems come back in
 * the result; a missing or unreadable file is a DirectoryImportError with the path in it.
 */
export function loadDirectory(path: string): ImportResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DirectoryImportError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(err as Error).message}`);
  }
  return importDirectoryText(text);
}

/** The normalised file body; stable key order so re-imports diff cleanly. */
export function toNormalisedDocument(services: readonly DirectoryService[], source?: string, importedAt = new Date().toISOString()) {
  return {
    format: NORMALISED_FORMAT,
    version: 1 as const,
    ...(source ? { source } : {}),
    importedAt,
    services: [...services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
