import { readFileSync } from 'node:fs';
import { parseCli, openStoreFromEnv, runCli, UsageError } from './cli-common';

/**
 * Right to erasure: deletes every assessment of one person (with answers and stored replies).
 * Audited as "patient.erase" with assessment ids only — the audit never keeps the reference.
 */
const USAGE = `Usage: tsx scripts/erase-patient.ts --actor <name> --patient <NHS number | local ref | hash | ->
  "--patient -" reads the reference from standard input, so it stays out of shell history.`;

const { values, actor } = parseCli(USAGE, ['patient']);

await runCli(USAGE, async () => {
  let ref = values.patient ?? '';
  if (ref === '-') ref = readFileSync(0, 'utf8');
  ref = ref.trim();
  if (!ref) throw new UsageError('--patient is required');
  const { store } = await openStoreFromEnv();
  try {
    const counts = await store.erasePatient(ref, actor);
    // The reference is deliberately not echoed: this output may end up in a ticket or a log.
    return { action: 'patient.erase', ...counts };
  } finally {
    await store.close();
  }
});
