import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import appManifest from '@microsoft/app-manifest';
import { findUnfilledPlaceholders, type TeamsManifest } from './manifest';

/**
 * Offline validation against the official Teams JSON schema bundled in @microsoft/app-manifest.
 * The library would otherwise fetch `$schema` over the network for versions it does not
 * carry; we read the bundled file ourselves and hand it over, so validation never goes online
 * and a manifest that names an unbundled version is an error rather than a silent fetch.
 */

export const SCHEMA_URL_PREFIX = 'https://developer.microsoft.com/json-schemas/teams/';
const SCHEMA_FILE = 'MicrosoftTeams.schema.json';

const { AppManifestUtils } = appManifest;
type LibrarySchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
type LibraryManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

function bundledSchemaRoot(): string {
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  return join(dirname(packageJson), 'build', 'json-schemas', 'teams');
}

/** "v1.30" from the official schema URL, or null if the URL is not an official Teams schema. */
export function schemaVersionFromUrl(url: string): string | null {
  const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/i.exec(url);
  return match?.[1] ?? null;
}

const schemaCache = new Map<string, object>();

/** Loads the bundled schema for a version such as "v1.30"; throws if that version is not bundled. */
export function loadBundledSchema(version: string): object {
  const cached = schemaCache.get(version);
  if (cached) return cached;
  const file = join(bundledSchemaRoot(), version, SCHEMA_FILE);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Teams schema ${version} is not bundled with @microsoft/app-manifest (looked for ${file})`);
  }
  // Same clean-up the library applies to downloaded schemas: some patterns use \a and \v,
  // which ajv's unicode-mode regular expressions reject.
  const schema = JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
  schemaCache.set(version, schema);
  return schema;
}

/**
 * All problems with a manifest: schema violations (as "/json/path message. Details: …") plus
 * unfilled {{PLACEHOLDER}}s. An empty array means it is valid. Never touches the network.
 */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  const schemaUrl = manifest['$schema'];
  if (typeof schemaUrl !== 'string') return ['/$schema is missing; it must name the official Teams schema URL'];
  const version = schemaVersionFromUrl(schemaUrl);
  if (!version) return [`/$schema ${schemaUrl} is not an official Teams schema URL (${SCHEMA_URL_PREFIX}vX.Y/${SCHEMA_FILE})`];
  let schema: object;
  try {
    schema = loadBundledSchema(version);
  } catch (err) {
    return [(err as Error).message];
  }
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as LibraryManifest, schema as unknown as LibrarySchema);
  return [...schemaErrors, ...findUnfilledPlaceholders(manifest)];
}
