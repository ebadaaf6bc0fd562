import type { ScriptRegistry } from '../service/script-registry';
import { sessionCapsOf } from '../service/session-caps';
import type { Store } from '../store/types';
import { buildServiceReport } from './index';
import type { ReportPeriod } from './cohort';

/**
 * Reads what the report needs from the store: every assessment (decrypted by the store) and the
 * session cap of each script version in use. Shared by the report routes and the CLI.
 */
export async function loadServiceReport(store: Store, scripts: ScriptRegistry, period: ReportPeriod, now: Date) {
  const all = await store.listAssessments({});
  const capOf = await sessionCapsOf(scripts, all);
  return buildServiceReport(all, { period, capOf, generatedAt: now.toISOString() });
}
