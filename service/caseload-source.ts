import type { AssessmentState } from '../dialogs/engine/types';
import { DEFAULT_SESSION_CAP } from '../dialogs/script/schema';
import { buildCaseload, type CaseloadEntry } from '../reports/caseload/caseload';
import type { Store } from '../store/types';
import { peopleOf } from './features/people';
import type { ScriptRegistry } from './script-registry';

/**
 * Reads one link worker's caseload: only their own records (listAssessments by owner, through
 * people.ts's grouping), with each script version's session cap. Shared by the `caseload`
 * command and the "My caseload" tab, so both show the same rows in the same order.
 */
export async function loadCaseload(store: Store, scripts: ScriptRegistry, owner: string, now: string): Promise<CaseloadEntry[]> {
  const people = await peopleOf(store, owner);
  const caps = new Map<string, number>();
  for (const a of people.flatMap((p) => p.assessments)) {
    const key = `${a.scriptId}@${a.scriptVersion}`;
    if (caps.has(key)) continue;
    try {
      caps.set(key, (await scripts.get(a.scriptId, a.scriptVersion)).script.sessionCap);
    } catch {
      // An unreadable script version keeps the default cap, as the progress card and the report do.
      caps.set(key, DEFAULT_SESSION_CAP);
    }
  }
  const capOf = (a: AssessmentState) => caps.get(`${a.scriptId}@${a.scriptVersion}`) ?? DEFAULT_SESSION_CAP;
  return buildCaseload(people, { now, capOf });
}
