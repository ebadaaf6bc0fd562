import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../service/config';
import { localDevKeyring, parseKeyring } from '../service/keys';
import { createStore } from '../store/create-store';
import type { Store } from '../store/types';

/**
 * Shared by the operator CLIs (purge, erase-patient, rotate-keys): the same configuration as the
 * bot (DATABASE_URL or WMA_DATA_DIR, WMA_ENCRYPTION_KEYS), a named actor for the audit log, and
 * exit code 2 with a one-line message for any usage or configuration problem.
 */
export class UsageError extends Error {}

/** Every option is a string flag ("--days 30"); returns them with the required --actor. */
export function parseCli(usage: string, names: string[]): { values: Record<string, string | undefined>; actor: string } {
  try {
    const options = Object.fromEntries([...names, 'actor'].map((n) => [n, { type: 'string' as const }]));
    const { values } = parseArgs({ options: { ...options, help: { type: 'boolean' } }, strict: true, allowPositionals: false });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const strings = values as Record<string, string | undefined>;
    const actor = (strings.actor ?? '').trim();
    // The audit log must say who did it; an anonymous deletion is not acceptable.
    if (!actor) throw new UsageError('--actor is required (your name or staff id, recorded in the audit log)');
    return { values: strings, actor };
  } catch (error) {
    fail(error, usage);
  }
}

export async function openStoreFromEnv(): Promise<{ store: Store; retentionDays: number }> {
  const config = loadConfig({ ...process.env, PORT: process.env.PORT ?? '0' });
  const e = config.env;
  const store = createStore({
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    sqlitePath: join(e.WMA_DATA_DIR, 'wma.sqlite'),
    encryptionKeys: e.WMA_ENCRYPTION_KEYS ? parseKeyring(e.WMA_ENCRYPTION_KEYS) : localDevKeyring(e.WMA_DATA_DIR),
  });
  await store.init();
  return { store, retentionDays: e.WMA_RETENTION_DAYS };
}

/** Runs a CLI body: prints its JSON result on stdout, or a message on stderr with exit code 2. */
export async function runCli(usage: string, body: () => Promise<unknown>): Promise<void> {
  try {
    console.log(JSON.stringify(await body()));
  } catch (error) {
    fail(error, usage);
  }
}

function fail(error: unknown, usage: string): never {
  const known =
    error instanceof UsageError ||
    error instanceof ConfigError ||
    (error as Error)?.name === 'StoreInputError' ||
    (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
  console.error(
    known ? `${(error as Error).message}\n\n${usage}` : `Failed: ${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`,
  );
  process.exit(2);
}
