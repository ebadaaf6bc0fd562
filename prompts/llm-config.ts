import { z } from 'zod';

/**
 * The LLM drafter's configuration, from the environment. No WMA_LLM_PROVIDER → no LLM: the
 * deterministic drafter is used and nothing is sent anywhere. When a provider is named, its
 * usual variables are required and a missing one is reported by name at start-up.
 *
 *   WMA_LLM_PROVIDER=openai        OPENAI_API_KEY, WMA_LLM_MODEL (default gpt-4o-mini), OPENAI_BASE_URL?
 *   WMA_LLM_PROVIDER=azure-openai  AZURE_OPENAI_API_KEY, AZURE_OPENAI_API_DEPLOYMENT_NAME,
 *                                  AZURE_OPENAI_API_VERSION, and AZURE_OPENAI_API_INSTANCE_NAME or AZURE_OPENAI_ENDPOINT
 *   WMA_LLM_PROVIDER=ollama        WMA_LLM_MODEL, OLLAMA_BASE_URL (default http://127.0.0.1:11434)
 *   WMA_LLM_TIMEOUT_MS             default 20000; after it the deterministic draft is used
 */
const timeout = z.coerce.number().int().min(100).max(120_000).default(20_000);
const nonEmpty = z.string().trim().min(1, 'required');

const openai = z.object({
  WMA_LLM_PROVIDER: z.literal('openai'),
  OPENAI_API_KEY: nonEmpty,
  WMA_LLM_MODEL: nonEmpty.default('gpt-4o-mini'),
  OPENAI_BASE_URL: z.url().optional(),
  WMA_LLM_TIMEOUT_MS: timeout,
});
const azure = z
  .object({
    WMA_LLM_PROVIDER: z.literal('azure-openai'),
    AZURE_OPENAI_API_KEY: nonEmpty,
    AZURE_OPENAI_API_DEPLOYMENT_NAME: nonEmpty,
    AZURE_OPENAI_API_VERSION: nonEmpty,
    AZURE_OPENAI_API_INSTANCE_NAME: nonEmpty.optional(),
    AZURE_OPENAI_ENDPOINT: z.url().optional(),
    WMA_LLM_TIMEOUT_MS: timeout,
  })
  .refine((v) => v.AZURE_OPENAI_API_INSTANCE_NAME || v.AZURE_OPENAI_ENDPOINT, {
    path: ['AZURE_OPENAI_API_INSTANCE_NAME'],
    message: 'set AZURE_OPENAI_API_INSTANCE_NAME or AZURE_OPENAI_ENDPOINT',
  });
const ollama = z.object({
  WMA_LLM_PROVIDER: z.literal('ollama'),
  WMA_LLM_MODEL: nonEmpty,
  OLLAMA_BASE_URL: z.url().default('http://127.0.0.1:11434'),
  WMA_LLM_TIMEOUT_MS: timeout,
});

export type LlmConfig =
  | { provider: 'openai'; apiKey: string; model: string; baseUrl?: string; timeoutMs: number }
  | { provider: 'azure-openai'; apiKey: string; deployment: string; apiVersion: string; instanceName?: string; endpoint?: string; timeoutMs: number }
  | { provider: 'ollama'; model: string; baseUrl: string; timeoutMs: number };

export class LlmConfigError extends Error {}

const PROVIDERS = ['openai', 'azure-openai', 'ollama'] as const;

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join('.') || 'WMA_LLM_PROVIDER'}: ${i.message}`).join('\n');
}

/** null when no provider is configured (the default). Throws LlmConfigError naming the variable. */
export function loadLlmConfig(source: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const env = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const provider = env.WMA_LLM_PROVIDER;
  if (provider === undefined) return null;
  if (!(PROVIDERS as readonly string[]).includes(provider))
    throw new LlmConfigError(`Invalid LLM configuration:\n  WMA_LLM_PROVIDER: expected one of ${PROVIDERS.join(', ')}, got "${provider}"`);
  const schema = provider === 'openai' ? openai : provider === 'azure-openai' ? azure : ollama;
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new LlmConfigError(`Invalid LLM configuration:\n${issues(parsed.error)}`);
  const v = parsed.data as Record<string, string | number | undefined>;
  const timeoutMs = v.WMA_LLM_TIMEOUT_MS as number;
  const opt = <K extends string>(key: K, value: string | number | undefined) => (value === undefined ? {} : ({ [key]: String(value) } as Record<K, string>));
  if (provider === 'openai')
    return { provider, apiKey: String(v.OPENAI_API_KEY), model: String(v.WMA_LLM_MODEL), ...opt('baseUrl', v.OPENAI_BASE_URL), timeoutMs };
  if (provider === 'azure-openai')
    return {
      provider,
      apiKey: String(v.AZURE_OPENAI_API_KEY),
      deployment: String(v.AZURE_OPENAI_API_DEPLOYMENT_NAME),
      apiVersion: String(v.AZURE_OPENAI_API_VERSION),
      ...opt('instanceName', v.AZURE_OPENAI_API_INSTANCE_NAME),
      ...opt('endpoint', v.AZURE_OPENAI_ENDPOINT),
      timeoutMs,
    };
  return { provider: 'ollama', model: String(v.WMA_LLM_MODEL), baseUrl: String(v.OLLAMA_BASE_URL), timeoutMs };
}

/** Safe to log: which provider and model, never a key. */
export function describeLlmConfig(c: LlmConfig | null): string {
  if (!c) return 'LLM drafter off (no WMA_LLM_PROVIDER): plans are drafted by rules only';
  const model = c.provider === 'azure-openai' ? `deployment ${c.deployment}` : `model ${c.model}`;
  return `LLM drafter: ${c.provider}, ${model}, timeout ${c.timeoutMs} ms (falls back to the rules drafter)`;
}
