import type { AnswerValue, AssessmentState } from './types';

const DEFAULT_AT = '2026-11-25T09:00:00.000Z';

/**
 * A completed assessment holding just the given answers, built without running the
 * conversation — enough for scoring, insight, planning and exports. The one builder for the
 * plan evaluation (eval/plans) and the test fixtures, so both hold the same shape of record.
 * Every answer and timestamp is at `overrides.completedAt` (a fixed default keeps runs repeatable).
 */
export function completedState(id: string, values: Record<string, AnswerValue>, overrides: Partial<AssessmentState> = {}): AssessmentState {
  const at = overrides.completedAt ?? DEFAULT_AT;
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
