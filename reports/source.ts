import type { AssessmentState } from '../dialogs/engine/types';
import { DEFAULT_SESSION_CAP } from '../dialogs/script/schema';
import type { ScriptRegistry } from '../service/script-registry';
import type { Store } from '../store/types';
import { buildServiceReport } from './index';
import type { ReportPeriod } from './cohort';

/**
 * Reads what the report needs from the store: every assessment (decrypted by the store) and the
 * session cap of each script version in use. Shared by the report routes and the CLI.
 */
export async function loadServiceReport(store: Store, scripts: ScriptRegistry, period: ReportPeriod, now: Date) {
  const all = await store.listAssessments({});
  const caps = new Map<string, number>();
  for (const a of all) {
    const key = `${a.scriptId}@${a.scriptVersion}`;
    if (caps.has(key)) continue;
    try {
      caps.set(key, (await scripts.get(a.scriptId, a.scriptVersion)).script.sessionCap);
    } catch {
      // A missing or unreadable script version falls back to the default cap rather than failing the report.
      caps.set(key, 6);
    }
  }
  const capOf = (a: AssessmentState) => caps.get(`${a.scriptId}@${a.scriptVersion}`) ?? DEFAULT_SESSION_CAP;
  return buildServiceReport(all, { period, capOf, generatedAt: now.toISOString() });
}
