import { completedState } from '../../dialogs/engine/completed-state';
import type { AnswerValue, AssessmentState } from '../../dialogs/engine/types';
import type { Person } from './data';
import { ageBandValueFor } from '../../plans/age-band';

/**
 * A person from the evaluation set as a completed assessment: only the answers the real
 * conversation would hold (needs, barriers, the area as the area question recorded it, goals in their words, what matters
 * most, adjustments from the notes). The script has no exact-age question: the person's age
 * group is given, as they would answer the optional About-you question (plans/age-band.ts); the
 * score still checks age eligibility against the person's true age.
 */
/** Goals the script holds (dialogs: goal.1..goal.3). */
const SCRIPT_GOALS = 3;

export function assessmentFor(p: Person, area: string = p.area): AssessmentState {
  const values: Record<string, AnswerValue> = {
    'screen.outcome': 'accept',
    'wmtm.matters_most': p.mattersMost,
    'needs.areas': p.needs,
    'needs.barriers': p.barriers,
    'needs.area_home': area,
  };
  // The script asks for three goals (goal.1..3). What the person said beyond them ("it has to be
  // free") the link worker writes in the notes, so it is still on the record; before round 5b a
  // fourth statement was set as goal.4, which the script does not have, and silently lost (RESULTS.md §15).
  const extra = p.goals.slice(SCRIPT_GOALS);
  const notes = [p.notes, ...extra].filter(Boolean).join(' ');
  if (notes) values['context.adjustments'] = notes;
  if (p.age !== null) values['about.age_band'] = ageBandValueFor(p.age);
  p.goals.slice(0, SCRIPT_GOALS).forEach((g, i) => (values[`goal.${i + 1}`] = g));
  return completedState(`eval-${p.id}`, values, {
    owner: 'eval',
    patient: { kind: 'local', value: p.id, masked: '***' },
    completedAt: '2026-12-01T09:00:00.000Z',
  });
}
