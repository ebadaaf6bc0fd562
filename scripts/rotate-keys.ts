import { parseCli, openStoreFromEnv, runCli } from './cli-common';

/**
 * Key rotation, step 3 of docs/operations.md "Encryption keys and rotation": re-encrypts every
 * row not yet under the current (first) key in WMA_ENCRYPTION_KEYS. Safe to interrupt and rerun;
 * audited as "keys.reencrypt". Only after it reports success may the old key be removed.
 */
const USAGE = `Usage: tsx scripts/rotate-keys.ts --actor <name>
  Re-encrypts all stored data under the first key of WMA_ENCRYPTION_KEYS (keep the old key listed after it until this succeeds).`;

const { actor } = parseCli(USAGE, []);

await runCli(USAGE, async () => {
  const { store } = await openStoreFromEnv();
  try {
    return { action: 'keys.reencrypt', ...(await store.reencryptAll(actor)) };
  } finally {
    await store.close();
  }
});
