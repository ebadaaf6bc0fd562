import type { AnswerValue, AssessmentState } from '../../dialogs/engine/types';

/**
 * A completed assessment holding just the given answers — enough for scoring, insight,
 * planning and exports, without running the conversation.
 */
export function completedState(id: string, values: Record<string, AnswerValue>, overrides: Partial<AssessmentState> = {}): AssessmentState {
  const at = '2026-11-25T09:00:00.000Z';
  return {
    id,
    scriptId: 'what_matters_default',
    scriptVersion: 1,
    owner: 'lw-1',
    patient: { kind: 'local', value: 'SP-1', masked: 'SP-*' },
    status: 'completed',
    mode: { kind: 'review' },
    cursor: null,
    answers: Object.fromEntries(Object.entries(values).map(([q, value], i) => [q, { value, at, activityId: `act-${i}` }])),
    skipped: [],
    history: [],
    safeguarding: [],
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    ...overrides,
  };
}
