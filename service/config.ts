import { z } from 'zod';

/**
 * The one place the environment is read. Parsed at start-up; a bad value stops the process
 * with a message naming the variable, rather than failing later mid-call.
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

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const localMode = !env.MicrosoftAppId;
  if (!localMode && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI')
    throw new ConfigError('Invalid configuration:\n  MicrosoftAppPassword: required when MicrosoftAppId is set');
  const host = env.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0');
  if (localMode && !isLoopback(host) && !env.WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE)
    throw new ConfigError(
      `Refusing to start: local mode (no MicrosoftAppId) is unauthenticated and may only listen on localhost, but HOST=${host}. ` +
        'Configure app credentials, or set WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE=1 if you really mean it.',
    );
  if (!localMode && !env.WMA_ENCRYPTION_KEYS)
    throw new ConfigError('Invalid configuration:\n  WMA_ENCRYPTION_KEYS: required outside local mode (patient data is encrypted at rest)');
  return { env, localMode, host, port: env.PORT };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
