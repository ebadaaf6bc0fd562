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
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  WMA_ENCRYPTION_KEYS: z.string().optional(),
  WMA_SCRIPT_ID: z.string().default('what_matters_default'),
  WMA_RETENTION_DAYS: z.coerce.number().int().min(1).default(2555),
  /** Lets local mode (no authentication) listen beyond localhost. Named to be impossible to set by accident. */
  WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE: bool,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WMA_INSTANCE: z.string().default('bot-1'),
  /** Where the private end-of-day check-in points the link worker (employee assistance, wellbeing lead). */
  WMA_EMPLOYEE_SUPPORT: z.string().min(1).max(300).optional(),
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
