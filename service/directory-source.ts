import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDirectoryIndex, loadDirectory, type DirectoryIndex } from '../plans/directory';
import { indexImportedDirectory } from '../plans/places/prepare-directory';

/**
 * The resource directory the plan feature matches against, loaded ONCE at start-up and indexed
 * (matching then touches only the index). The imported directory (`npm run directory:import`
 * writes data/directory.json) wins; without one, the small sample that ships with the project is
 * used and the source says so, so nobody mistakes sample services for real ones.
 */
export interface DirectorySource {
  index: DirectoryIndex;
  kind: 'imported' | 'sample' | 'empty';
  path: string | null;
  serviceCount: number;
  /** Records the importer refused when this file was read (reported, never silently dropped). */
  rejectedCount: number;
  /** Locations whose coordinates were unusable (outside the UK, far from their town, missing). */
  locationIssues?: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_DIRECTORY_PATH = join(repoRoot, 'data-samples', 'directory', 'services.json');

export function loadDirectoryFile(path: string, kind: 'imported' | 'sample'): DirectorySource {
  const result = loadDirectory(path);
  // Locations are checked against the map (and placed by town where safe) before indexing.
  const { index, issues } = indexImportedDirectory(result.services);
  return { index, kind, path, serviceCount: result.services.length, rejectedCount: result.rejectedCount, locationIssues: issues.length };
}

export function loadDirectorySource(options: { dataDir?: string; importedPath?: string; samplePath?: string } = {}): DirectorySource {
  const imported = options.importedPath ?? join(options.dataDir ?? 'data', 'directory.json');
  if (existsSync(imported)) return loadDirectoryFile(imported, 'imported');
  const sample = options.samplePath ?? SAMPLE_DIRECTORY_PATH;
  if (existsSync(sample)) return loadDirectoryFile(sample, 'sample');
  return { index: buildDirectoryIndex([]), kind: 'empty', path: null, serviceCount: 0, rejectedCount: 0 };
}

/** One line for the start-up log (no service content). */
export function describeDirectorySource(d: DirectorySource): string {
  if (d.kind === 'empty') return 'Resource directory: none found — plans will have no matched services. Run `npm run directory:import -- <file-or-url>`.';
  const sample = d.kind === 'sample' ? ' (SAMPLE data with fictional services — import a real directory for live use)' : '';
  return `Resource directory: ${d.serviceCount} services from ${d.path}${sample}${d.rejectedCount ? `; ${d.rejectedCount} records rejected on load` : ''}${d.locationIssues ? `; ${d.locationIssues} locations with unusable coordinates (see directory:import)` : ''}`;
}
