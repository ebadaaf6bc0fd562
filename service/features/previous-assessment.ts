import type { AssessmentState } from '../../dialogs/engine/types';
import type { Store } from '../../store/types';

/**
 * The same person's most recent completed assessment before this one, for "change since last
 * time". Only the owner's own records are searched.
 */
export async function previousCompleted(store: Store, current: AssessmentState): Promise<AssessmentState | undefined> {
  const mine = await store.listAssessments({ owner: current.owner, status: 'completed' });
  return mine
    .filter(
      (a) => a.id !== current.id && a.patient.value === current.patient.value && (a.completedAt ?? a.updatedAt) < (current.completedAt ?? current.updatedAt),
    )
    .sort((a, b) => (b.completedAt ?? b.updatedAt).localeCompare(a.completedAt ?? a.updatedAt))[0];
}
