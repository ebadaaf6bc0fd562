import { z } from 'zod';
import { parseKeyring } from './keys';
import { purposeOf } from './config-purposes';

/**
 * The one place the bot's core environment is read. Parsed at start-up; a bad value stops the
 * process with a message naming the variable, rather than failing later mid-call. Every problem
 * is reported at once (with what the variable is for), so an operator fixes them in one go
 * instead of finding them one per restart.
 */
const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => ['1', 'true', 'yes'].includes(v))
  .optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  WMA_DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** SQLite durability (store/sqlite-store.ts): `full` (default) survives a power cut; `normal` only a process crash. */
  WMA_SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
  WMA_ENCRYPTION_KEYS: z.string().optional(),
  WMA_SCRIPT_ID: z.string().default('what_matters_default'),
  WMA_RETENTION_DAYS: z.coerce.number().int().min(1).default(2555),
  /** Lets local mode (no authentication) listen beyond localhost. Named to be impossible to set by accident. */
  WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE: bool,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WMA_INSTANCE: z.string().default('bot-1'),
  /** Where the private end-of-day check-in points the link worker (employee assistance, wellbeing lead). */
  WMA_EMPLOYEE_SUPPORT: z.string().min(1).max(300).optional(),
  /** Issue 21: the UK time of day reminders go out on the morning they are due (Europe/London). */
  WMA_REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour UK time of day, HH:MM (e.g. 08:30)')
    .default('08:30'),
  /** Reminders are on unless switched off (e.g. a read-only reporting instance). */
  WMA_REMINDERS: bool,
  /** Issue 22: turns answered in a worker thread (service/turn-worker/); off unless switched on (a second V8 heap). */
  WMA_TURN_WORKER: bool,
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env;
  /** No app credentials: inbound requests are not authenticated, so only localhost may reach us. */
  localMode: boolean;
  host: string;
  port: number;
}

/** One problem with one variable ('' when it concerns no single variable). */
export interface ConfigIssue {
  variable: string;
  problem: string;
}

/**
 * A refusal to start. Carries every issue found; the message lists them, each with what the
 * variable is for. Built from a string, it reads the modules' usual "  NAME: problem" lines.
 */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issuesOrMessage: ConfigIssue[] | string) {
    const issues = typeof issuesOrMessage === 'string' ? issuesFromMessage(issuesOrMessage) : issuesOrMessage;
    super(typeof issuesOrMessage === 'string' && !issues.some((i) => i.variable) ? issuesOrMessage : describeIssues(issues));
    this.issues = issues;
  }
}

/** "Invalid configuration:\n  NAME: problem\n  …" → issues; any other text is one issue as it stands. */
export function issuesFromMessage(message: string): ConfigIssue[] {
  const lines = message.split('\n').slice(1);
  const parsed = lines.map((l) => /^\s+([A-Za-z][\w.]*): (.+)$/.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (parsed.length === 0 || parsed.length !== lines.filter((l) => l.trim()).length) return [{ variable: '', problem: message }];
  return parsed.map((m) => ({ variable: m[1]!, problem: m[2]! }));
}

export function describeIssues(issues: readonly ConfigIssue[]): string {
  const lines = issues.map((i) => {
    if (!i.variable) return `  ${i.problem}`;
    const purpose = purposeOf(i.variable);
    return `  ${i.variable}: ${i.problem}${purpose ? `\n      (${purpose})` : ''}`;
  });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `Invalid configuration (${count}; fix all of them, then start again):\n${lines.join('\n')}`;
}

/**
 * Runs every check and throws one ConfigError with all their issues. A check reports problems by
 * throwing (ConfigError, or an error `isConfigError` accepts, e.g. the LLM module's own class).
 */
export function collectConfigIssues(checks: ReadonlyArray<() => unknown>, isConfigError: (err: unknown) => boolean = () => false): void {
  const issues: ConfigIssue[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (err) {
      if (err instanceof ConfigError) issues.push(...err.issues);
      else if (isConfigError(err)) issues.push(...issuesFromMessage((err as Error).message));
      else throw err;
    }
  }
  if (issues.length) throw new ConfigError(issues);
}

const present = (source: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '' && v !== undefined));

/**
 * Where the bot would listen and whether it is in local mode, read leniently so the other
 * modules' checks can run even when a core variable is invalid.
 */
export function listeningIntent(source: NodeJS.ProcessEnv): Pick<AppConfig, 'localMode' | 'host' | 'port'> {
  const localMode = !source.MicrosoftAppId;
  const port = Number(source.PORT);
  return { localMode, host: source.HOST || (localMode ? '127.0.0.1' : '0.0.0.0'), port: Number.isInteger(port) && port >= 0 ? port : 3978 };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(present(source));
  const issues: ConfigIssue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ variable: i.path.join('.'), problem: i.message }));
  const { localMode, host } = listeningIntent(source);
  const raw = present(source);
  if (!localMode && !raw.MicrosoftAppPassword && raw.MicrosoftAppType !== 'UserAssignedMSI')
    issues.push({ variable: 'MicrosoftAppPassword', problem: 'required when MicrosoftAppId is set' });
  if (localMode && !isLoopback(host) && !['1', 'true', 'yes'].includes(raw.WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE ?? ''))
    issues.push({
      variable: '',
      problem:
        `Refusing to start: local mode (no MicrosoftAppId) is unauthenticated and may only listen on localhost, but HOST=${host}. ` +
        'Configure app credentials, or set WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE=1 if you really mean it.',
    });
  if (!localMode && !raw.WMA_ENCRYPTION_KEYS) issues.push({ variable: 'WMA_ENCRYPTION_KEYS', problem: 'required outside local mode' });
  if (raw.WMA_ENCRYPTION_KEYS) {
    try {
      parseKeyring(raw.WMA_ENCRYPTION_KEYS);
    } catch (err) {
      // parseKeyring names the variable itself ("WMA_ENCRYPTION_KEYS: …"); never echo the keys.
      issues.push({ variable: 'WMA_ENCRYPTION_KEYS', problem: (err as Error).message.replace(/^WMA_ENCRYPTION_KEYS: /, '') });
    }
  }
  if (issues.length) throw new ConfigError(issues);
  const env = parsed.data!;
  return { env, localMode, host, port: env.PORT };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// ---------------------------------------------------------------------------------------------
// GP route (issue 17): who the sender is in exports, the base URI of local FHIR code systems,
// and the optional MESH route for GP Connect Send Document. A self-contained block: parsed on
// its own by loadGpRouteConfig, so it changes nothing above. MESH is off unless WMA_MESH_URL is
// set, and then every MESH variable is required (a half-configured route is refused at start).
// ---------------------------------------------------------------------------------------------
const odsCode = z.string().regex(/^[A-Z0-9]{3,10}$/, 'must be an ODS code such as DXX01');
const gpRouteSchema = z.object({
  WMA_SERVICE_ODS: odsCode.optional(),
  WMA_SERVICE_PHONE: z
    .string()
    .regex(/^[0-9 +()-]{6,24}$/, 'must be a telephone number')
    .optional(),
  WMA_SERVICE_EMAIL: z.string().email('must be an email address').optional(),
  WMA_FHIR_BASE_URI: z
    .string()
    .url('must be a URL')
    .refine((u) => u.startsWith('https://'), 'must be https')
    .refine((u) => !/\.example(\/|$|:)/.test(new URL(u).host + '/'), "must be the service's own domain, not a placeholder (.example)")
    .optional(),
  WMA_MESH_URL: z.string().url('must be a URL').optional(),
  WMA_MESH_MAILBOX: z
    .string()
    .regex(/^[A-Z0-9]{4,20}$/, 'must be a MESH mailbox id (uppercase letters and digits)')
    .optional(),
  WMA_MESH_PASSWORD: z.string().min(1).optional(),
  WMA_MESH_SHARED_SECRET: z.string().min(1).optional(),
  WMA_MESH_CLIENT_CERT: z.string().min(1).optional(),
  WMA_MESH_CLIENT_KEY: z.string().min(1).optional(),
  WMA_MESH_CA_CERT: z.string().min(1).optional(),
  WMA_MESH_WORKFLOW_ID: z
    .string()
    .regex(/^[A-Z0-9_-]{3,40}$/, 'must be a MESH workflow id')
    .optional(),
});

export interface MeshConfig {
  url: string;
  mailbox: string;
  password: string;
  sharedSecret: string;
  /** Paths to PEM files: client certificate and key (mutual TLS), and the MESH CA; optional only for a loopback stand-in. */
  clientCert?: string;
  clientKey?: string;
  caCert?: string;
  workflowId: string;
}

export interface GpRouteConfig {
  service: { odsCode?: string; phone?: string; email?: string };
  /** null = not configured: the caller falls back to the bot's own public origin + /fhir (https outside local mode). */
  fhirBaseUri: string | null;
  mesh: MeshConfig | null;
}

const MESH_REQUIRED = ['WMA_MESH_MAILBOX', 'WMA_MESH_PASSWORD', 'WMA_MESH_SHARED_SECRET', 'WMA_MESH_WORKFLOW_ID'] as const;
const MESH_TLS = ['WMA_MESH_CLIENT_CERT', 'WMA_MESH_CLIENT_KEY', 'WMA_MESH_CA_CERT'] as const;

export function loadGpRouteConfig(source: NodeJS.ProcessEnv): GpRouteConfig {
  const parsed = gpRouteSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '' && v !== undefined)));
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  const problems: string[] = [];
  let mesh: MeshConfig | null = null;
  if (e.WMA_MESH_URL) {
    for (const k of MESH_REQUIRED) if (!e[k]) problems.push(`  ${k}: required when WMA_MESH_URL is set`);
    const loopback = isLoopback(new URL(e.WMA_MESH_URL).hostname);
    if (!loopback) {
      if (!e.WMA_MESH_URL.startsWith('https://')) problems.push('  WMA_MESH_URL: must be https');
      for (const k of MESH_TLS) if (!e[k]) problems.push(`  ${k}: required for a real MESH endpoint (mutual TLS)`);
      if (!e.WMA_SERVICE_ODS) problems.push('  WMA_SERVICE_ODS: required when MESH is on (sender of the message)');
    }
    if (problems.length === 0)
      mesh = {
        url: e.WMA_MESH_URL.replace(/\/+$/, ''),
        mailbox: e.WMA_MESH_MAILBOX!,
        password: e.WMA_MESH_PASSWORD!,
        sharedSecret: e.WMA_MESH_SHARED_SECRET!,
        workflowId: e.WMA_MESH_WORKFLOW_ID!,
        ...(e.WMA_MESH_CLIENT_CERT ? { clientCert: e.WMA_MESH_CLIENT_CERT } : {}),
        ...(e.WMA_MESH_CLIENT_KEY ? { clientKey: e.WMA_MESH_CLIENT_KEY } : {}),
        ...(e.WMA_MESH_CA_CERT ? { caCert: e.WMA_MESH_CA_CERT } : {}),
      };
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    service: {
      ...(e.WMA_SERVICE_ODS ? { odsCode: e.WMA_SERVICE_ODS } : {}),
      ...(e.WMA_SERVICE_PHONE ? { phone: e.WMA_SERVICE_PHONE } : {}),
      ...(e.WMA_SERVICE_EMAIL ? { email: e.WMA_SERVICE_EMAIL } : {}),
    },
    fhirBaseUri: e.WMA_FHIR_BASE_URI?.replace(/\/+$/, '') ?? null,
    mesh,
  };
}

// ---------------------------------------------------------------------------------------------
// Places (issue 15): the optional online postcode lookup, off unless WMA_POSTCODE_LOOKUP_URL is
// set. It must speak the postcodes.io API; https, except a loopback stand-in in tests.
// ---------------------------------------------------------------------------------------------
export interface PlacesConfig {
  postcodeLookupUrl: string | null;
}

export function loadPlacesConfig(source: NodeJS.ProcessEnv): PlacesConfig {
  const raw = source.WMA_POSTCODE_LOOKUP_URL?.trim();
  if (!raw) return { postcodeLookupUrl: null };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError([{ variable: 'WMA_POSTCODE_LOOKUP_URL', problem: 'must be a URL, such as https://api.postcodes.io' }]);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname.replace(/^\[|\]$/g, ''))))
    throw new ConfigError([{ variable: 'WMA_POSTCODE_LOOKUP_URL', problem: 'must be https (plain http only for a loopback stand-in)' }]);
  return { postcodeLookupUrl: raw.replace(/\/+$/, '') };
}
