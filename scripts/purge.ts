import { parseCli, openStoreFromEnv, runCli, UsageError } from './cli-common';

/**
 * Retention purge: deletes completed and cancelled assessments (with their answer log and stored
 * replies) last updated before the cutoff. Audited as "retention.purge". Run it daily (cron).
 */
const USAGE = `Usage: tsx scripts/purge.ts --actor <name> [--days N | --before <ISO date>]
  Deletes completed/cancelled assessments older than the retention period (WMA_RETENTION_DAYS,
  default 2555 days) or the given cutoff. In-progress assessments are never purged.`;

const { values, actor } = parseCli(USAGE, ['days', 'before']);

await runCli(USAGE, async () => {
  if (values.days !== undefined && values.before !== undefined) throw new UsageError('give --days or --before, not both');
  const { store, retentionDays } = await openStoreFromEnv();
  try {
    let cutoff: Date;
    if (values.before !== undefined) {
      cutoff = new Date(values.before);
      if (Number.isNaN(cutoff.getTime())) throw new UsageError(`--before "${values.before}" is not a date (use e.g. 2026-01-31)`);
    } else {
      const days = values.days === undefined ? retentionDays : Number(values.days);
      if (!Number.isInteger(days) || days < 1) throw new UsageError('--days must be a whole number of days, at least 1');
      cutoff = new Date(Date.now() - days * 86_400_000);
    }
    const counts = await store.purgeOlderThan(cutoff.toISOString(), actor);
    return { action: 'retention.purge', cutoff: cutoff.toISOString(), ...counts };
  } finally {
    await store.close();
  }
});
