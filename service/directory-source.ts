import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDirectoryIndex, loadDirectory, type DirectoryIndex, type DirectoryService } from '../plans/directory';
import { indexImportedDirectory } from '../plans/places/prepare-directory';

/**
 * The resource directory the plan feature matches against. The file is read and validated ONCE at
 * start-up (so a missing or broken import still stops the bot with a clear message), but the index
 * and the checked locations (GeoNames gazetteer, coordinate checks) are built on first use
 * (issue 22: that work was most of a second, and for a large directory several seconds, on the
 * path to listening). The server builds them in the background just after it starts listening
 * (service/warm-up.ts); a turn that needs them first builds them itself. The imported directory
 * (`npm run directory:import` writes data/directory.json) wins; without one, the small sample that
 * ships with the project is used and the source says so, so nobody mistakes sample services for
 * real ones.
 */
export interface DirectorySource {
  /** Built on first read (and then kept): matching touches only the index. */
  readonly index: DirectoryIndex;
  /** Whether the index has been built yet. */
  readonly indexed: boolean;
  kind: 'imported' | 'sample' | 'empty';
  path: string | null;
  serviceCount: number;
  /** Records the importer refused when this file was read (reported, never silently dropped). */
  rejectedCount: number;
  /** Locations whose coordinates were unusable (outside the UK, far from their town, missing); known once indexed. */
  readonly locationIssues?: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_DIRECTORY_PATH = join(repoRoot, 'data-samples', 'directory', 'services.json');

export interface DirectoryLoadOptions {
  dataDir?: string;
  importedPath?: string;
  samplePath?: string;
  /** Told once the index is built (the start-up log's second line: time taken, unusable locations). */
  onIndexed?: (d: DirectorySource, ms: number) => void;
}

export function loadDirectoryFile(path: string, kind: 'imported' | 'sample', onIndexed?: DirectoryLoadOptions['onIndexed']): DirectorySource {
  const result = loadDirectory(path);
  // Held only until indexed: afterwards the index's own copy is the one kept.
  let pending: readonly DirectoryService[] = result.services;
  let built: { index: DirectoryIndex; issues: number } | null = null;
  const source: DirectorySource = {
    kind,
    path,
    serviceCount: result.services.length,
    rejectedCount: result.rejectedCount,
    get indexed() {
      return built !== null;
    },
    get locationIssues() {
      return built?.issues;
    },
    get index() {
      if (!built) {
        const t0 = performance.now();
        // Locations are checked against the map (and placed by town where safe) before indexing.
        const { index, issues } = indexImportedDirectory(pending);
        built = { index, issues: issues.length };
        pending = [];
        onIndexed?.(source, performance.now() - t0);
      }
      return built.index;
    },
  };
  return source;
}

export function loadDirectorySource(options: DirectoryLoadOptions = {}): DirectorySource {
  const imported = options.importedPath ?? join(options.dataDir ?? 'data', 'directory.json');
  if (existsSync(imported)) return loadDirectoryFile(imported, 'imported', options.onIndexed);
  const sample = options.samplePath ?? SAMPLE_DIRECTORY_PATH;
  if (existsSync(sample)) return loadDirectoryFile(sample, 'sample', options.onIndexed);
  return { index: buildDirectoryIndex([]), indexed: true, kind: 'empty', path: null, serviceCount: 0, rejectedCount: 0 };
}

/** The log's note on records whose coordinates could not be used ('' when none, or not indexed yet). */
export const locationIssuesNote = (d: DirectorySource): string =>
  d.locationIssues ? `; ${d.locationIssues} locations with unusable coordinates (see directory:import)` : '';

/** One line for the start-up log (no service content). */
export function describeDirectorySource(d: DirectorySource): string {
  if (d.kind === 'empty') return 'Resource directory: none found — plans will have no matched services. Run `npm run directory:import -- <file-or-url>`.';
  const sample = d.kind === 'sample' ? ' (SAMPLE data with fictional services — import a real directory for live use)' : '';
  return `Resource directory: ${d.serviceCount} services from ${d.path}${sample}${d.rejectedCount ? `; ${d.rejectedCount} records rejected on load` : ''}${locationIssuesNote(d)}`;
}
