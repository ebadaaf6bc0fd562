import { buildCaseload, type CaseloadEntry } from '../reports/caseload/caseload';
import type { Store } from '../store/types';
import { peopleOf } from './features/people';
import type { ScriptRegistry } from './script-registry';
import { sessionCapsOf } from './session-caps';

/**
 * Reads one link worker's caseload: only their own records (listAssessments by owner, through
 * people.ts's grouping), with each script version's session cap. Shared by the `caseload`
 * command and the "My caseload" tab, so both show the same rows in the same order.
 */
export async function loadCaseload(store: Store, scripts: ScriptRegistry, owner: string, now: string): Promise<CaseloadEntry[]> {
  const people = await peopleOf(store, owner);
  const capOf = await sessionCapsOf(
    scripts,
    people.flatMap((p) => p.assessments),
  );
  return buildCaseload(people, { now, capOf });
}
