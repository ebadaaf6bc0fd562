/** One builder for completed assessments, shared with the plan evaluation (eval/plans/person-assessment.ts). */
export { completedState } from '../../dialogs/engine/completed-state';
