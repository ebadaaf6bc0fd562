import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface Keyring {
  current: string;
  keys: Record<string, string>;
}

/**
 * WMA_ENCRYPTION_KEYS is "id:base64key[,id:base64key…]"; the first is used for new writes, the
 * rest stay readable until `npm run keys:rotate` has re-encrypted everything (store/README.md).
 */
export function parseKeyring(value: string): Keyring {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(':');
      if (i <= 0) throw new Error('WMA_ENCRYPTION_KEYS: each entry must be "keyId:base64key"');
      const key = s.slice(i + 1);
      if (Buffer.from(key, 'base64').length !== 32) throw new Error(`WMA_ENCRYPTION_KEYS: key "${s.slice(0, i)}" must be 32 bytes, base64-encoded`);
      return [s.slice(0, i), key] as const;
    });
  if (entries.length === 0) throw new Error('WMA_ENCRYPTION_KEYS: no keys given');
  return { current: entries[0]![0], keys: Object.fromEntries(entries) };
}

/** Local mode only: a development key kept beside the data, created on first run. */
export function localDevKeyring(dataDir: string): Keyring {
  const path = join(dataDir, 'dev-encryption-key');
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return { current: 'dev', keys: { dev: readFileSync(path, 'utf8').trim() } };
}
