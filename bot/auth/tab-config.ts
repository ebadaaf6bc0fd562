import { z } from 'zod';
import { ConfigError, isLoopback, type AppConfig } from '../../service/config';

/**
 * Configuration of the managers' tab, read from its own variables so the bot's config module
 * stays untouched. With a tenant and client id the tab requires Entra SSO tokens; without them
 * it runs in an explicit local development mode — only when the bot itself is in local mode (no
 * app credentials) and listens on localhost.
 */
export const LOCAL_DEV_IDENTITY = 'local-dev-manager';
export const MANAGE_ROLE = 'Scripts.Manage';

export type TabConfig =
  | { mode: 'entra'; tenantId: string; clientId: string; issuer: string; jwksUrl: string; appIdUri?: string }
  | { mode: 'local'; identity: typeof LOCAL_DEV_IDENTITY }
  /** Not configured and not on localhost: the API answers 503 rather than trusting anyone. */
  | { mode: 'disabled'; reason: string };

const guidOrDomain = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/, 'must be a tenant id (GUID) or domain');

const keysUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => {
    const url = new URL(u);
    // Plain http only for a key server on this machine (tests); real keys come over https.
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  }, 'must be https (http is allowed only for localhost)');

const tabEnvSchema = z.object({
  WMA_TAB_TENANT_ID: guidOrDomain.optional(),
  WMA_TAB_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, "must be the tab app registration's client id")
    .optional(),
  WMA_TAB_JWKS_URL: keysUrl.optional(),
  WMA_TAB_ISSUER: z.string().url('must be a URL').optional(),
  /** The manifest's tab domain (manifest/manifest.ts); gives the default Application ID URI. */
  TAB_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9.-]+(:\d+)?$/, 'must be a host name with optional :port')
    .optional(),
  /** The tab app's Application ID URI, exactly as in the manifest: api://<tab domain>/<client id>. */
  WMA_TAB_APP_ID_URI: z
    .string()
    .regex(/^api:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9-]{8,64}$/, 'must be api://<tab domain>/<client id>')
    .optional(),
});

export function loadTabConfig(source: NodeJS.ProcessEnv, app: Pick<AppConfig, 'host' | 'localMode'>): TabConfig {
  const parsed = tabEnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '' && v !== undefined)));
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  if (e.WMA_TAB_TENANT_ID && e.WMA_TAB_CLIENT_ID) {
    const tenant = e.WMA_TAB_TENANT_ID;
    if (e.WMA_TAB_APP_ID_URI && !e.WMA_TAB_APP_ID_URI.endsWith(`/${e.WMA_TAB_CLIENT_ID}`))
      throw new ConfigError('Invalid configuration:\n  WMA_TAB_APP_ID_URI: must end with /<WMA_TAB_CLIENT_ID> (api://<tab domain>/<client id>)');
    return {
      mode: 'entra',
      tenantId: tenant,
      clientId: e.WMA_TAB_CLIENT_ID,
      issuer: e.WMA_TAB_ISSUER ?? `https://login.microsoftonline.com/${tenant}/v2.0`,
      jwksUrl: e.WMA_TAB_JWKS_URL ?? `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
      // The manifest's webApplicationInfo.resource is api://{{TAB_DOMAIN}}/{{BOT_ID}}: same value.
      ...(e.WMA_TAB_APP_ID_URI || e.TAB_DOMAIN ? { appIdUri: e.WMA_TAB_APP_ID_URI ?? `api://${e.TAB_DOMAIN}/${e.WMA_TAB_CLIENT_ID}` } : {}),
    };
  }
  if (e.WMA_TAB_TENANT_ID || e.WMA_TAB_CLIENT_ID)
    throw new ConfigError(
      `Invalid configuration:\n  ${e.WMA_TAB_TENANT_ID ? 'WMA_TAB_CLIENT_ID' : 'WMA_TAB_TENANT_ID'}: required when ${e.WMA_TAB_TENANT_ID ? 'WMA_TAB_TENANT_ID' : 'WMA_TAB_CLIENT_ID'} is set (the scripts tab needs both)`,
    );
  // The development identity belongs to a bot that authenticates nobody anyway. A bot with app
  // credentials behind a reverse proxy on the same host must not hand it to every caller.
  if (!app.localMode)
    return {
      mode: 'disabled',
      reason:
        'The scripts tab and service report are not configured: set WMA_TAB_TENANT_ID and WMA_TAB_CLIENT_ID (the local development identity exists only when the bot itself runs in local mode).',
    };
  if (!isLoopback(app.host))
    return { mode: 'disabled', reason: 'The scripts tab is not configured: set WMA_TAB_TENANT_ID and WMA_TAB_CLIENT_ID (local mode is localhost-only).' };
  return { mode: 'local', identity: LOCAL_DEV_IDENTITY };
}
