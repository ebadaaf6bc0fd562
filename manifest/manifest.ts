import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Turns manifest.template.json into a concrete Teams app manifest using environment values.
 * Placeholders are substituted inside parsed JSON strings (never by text replacement on the
 * raw file) so an environment value containing a quote or brace cannot corrupt the JSON.
 */

/**
 * Used for the bot id, Teams app id and SSO app id when MicrosoftAppId is not set (local mode).
 * Fixed so a sideloaded development package keeps the same identity between builds; it is
 * not registered anywhere, so a package built with it only works against a local bot.
 */
export const DEVELOPMENT_APP_ID = '00000000-0000-4000-8000-00000000d3e0';
export const DEFAULT_TAB_DOMAIN = 'localhost:3978';
export const DEFAULT_APP_VERSION = '1.0.0';

/** The JSON object Teams reads; kept loose because the official schema is the real contract. */
export type TeamsManifest = Record<string, unknown>;
export type ManifestEnv = Record<string, string | undefined>;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** host or host:port, no scheme or path — Teams validDomains entries look like this. */
const DOMAIN = /^(?!-)[A-Za-z0-9.-]+(:\d{1,5})?$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = (schema: z.ZodString) => z.preprocess(blankToUndefined, schema.optional());
const httpsUrl = z.string().regex(/^https:\/\/\S+$/, 'must be an https:// URL');

const manifestEnvSchema = z.object({
  MicrosoftAppId: optional(z.string().regex(GUID, "must be a GUID (the bot's Microsoft App ID)")),
  TEAMS_APP_ID: optional(z.string().regex(GUID, 'must be a GUID')),
  TAB_DOMAIN: optional(z.string().regex(DOMAIN, 'must be a host name with optional :port, without https:// or a path')),
  APP_VERSION: optional(z.string().regex(SEMVER, 'must be MAJOR.MINOR.PATCH, e.g. 1.2.0')),
  DEVELOPER_WEBSITE_URL: optional(httpsUrl),
  PRIVACY_URL: optional(httpsUrl),
  TERMS_OF_USE_URL: optional(httpsUrl),
});

export class ManifestConfigError extends Error {
  override name = 'ManifestConfigError';
}

/** Resolves every template placeholder from the environment, applying documented defaults. */
export function resolvePlaceholders(env: ManifestEnv): Record<string, string> {
  const parsed = manifestEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ManifestConfigError(`Invalid manifest configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const botId = e.MicrosoftAppId ?? DEVELOPMENT_APP_ID;
  const tabDomain = e.TAB_DOMAIN ?? DEFAULT_TAB_DOMAIN;
  return {
    BOT_ID: botId,
    // One Entra registration serves the bot and the app unless a separate app id is given.
    TEAMS_APP_ID: e.TEAMS_APP_ID ?? botId,
    TAB_DOMAIN: tabDomain,
    APP_VERSION: e.APP_VERSION ?? DEFAULT_APP_VERSION,
    DEVELOPER_WEBSITE_URL: e.DEVELOPER_WEBSITE_URL ?? `https://${tabDomain}/`,
    PRIVACY_URL: e.PRIVACY_URL ?? `https://${tabDomain}/privacy`,
    TERMS_OF_USE_URL: e.TERMS_OF_USE_URL ?? `https://${tabDomain}/terms`,
  };
}

const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/** Replaces {{NAME}} in every string of a JSON value; unknown names are left for validation to catch. */
export function fillPlaceholders<T>(value: T, values: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, values)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, values)])) as T;
  }
  return value;
}

/** Every `{{NAME}}` still present, with its JSON path — a manifest with any is not deployable. */
export function findUnfilledPlaceholders(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    return [...value.matchAll(PLACEHOLDER)].map((m) => `${path || '/'} still contains placeholder ${m[0]}`);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findUnfilledPlaceholders(item, `${path}/${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findUnfilledPlaceholders(v, `${path}/${k}`));
  }
  return [];
}

export const TEMPLATE_PATH = new URL('./manifest.template.json', import.meta.url);

export function loadTemplate(): TeamsManifest {
  return JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8')) as TeamsManifest;
}

/**
 * The concrete manifest for an environment (pass `process.env`). Throws ManifestConfigError,
 * naming the variable, when a value is malformed. Does not validate against the schema —
 * call validateManifest for that.
 */
export function buildManifest(env: ManifestEnv, template: TeamsManifest = loadTemplate()): TeamsManifest {
  return fillPlaceholders(template, resolvePlaceholders(env));
}
