import { randomBytes } from 'node:crypto';
import type { AssessmentState, EngineEvent } from '../../dialogs/engine/types';
import type { EncryptionKeys } from '../../store/crypto';
import type { TurnCommit } from '../../store/types';

/** A phrase no schema, key or id could contain by chance: if it shows up raw, encryption failed. */
export const SECRET_PHRASE = 'Blue Parrot Lane';
export const NHS_NUMBER = '9434765919';
export const OWNER = 'lw-entra-0001';

export function newKey(): string {
  return randomBytes(32).toString('base64');
}

export function keyring(current: string, keys: Record<string, string>): EncryptionKeys {
  return { current, keys };
}

export const KEYS_A: EncryptionKeys = keyring('a', { a: newKey() });

export function assessment(id: string, overrides: Partial<AssessmentState> = {}): AssessmentState {
  const at = '2025-03-01T10:00:00.000Z';
  return {
    id,
    scriptId: 'what_matters_default',
    scriptVersion: 1,
    owner: OWNER,
    patient: { kind: 'nhs_number', value: NHS_NUMBER, masked: '*** *** 5919' },
    status: 'active',
    mode: { kind: 'asking' },
    cursor: 'what_matters',
    answers: {},
    skipped: [],
    history: [],
    safeguarding: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The state after answering a free-text question with the secret phrase. */
export function answered(
  id: string,
  activityId: string,
  text = `I walk the dog along ${SECRET_PHRASE} every morning`,
): {
  state: AssessmentState;
  events: EngineEvent[];
} {
  const at = '2025-03-01T10:05:00.000Z';
  const state = assessment(id, {
    answers: { what_matters: { value: text, at, activityId } },
    history: [{ questionId: 'what_matters', action: 'answered', value: text, at, activityId }],
    cursor: 'next_question',
    updatedAt: at,
  });
  return { state, events: [{ type: 'answer_recorded', questionId: 'what_matters', value: text, activityId, at }] };
}

/** A turn that creates or advances the conversation (and optionally an assessment). */
export function turn(
  conversationId: string,
  activityId: string,
  opts: {
    conversationVersion?: number | null;
    assessment?: AssessmentState;
    assessmentVersion?: number | null;
    events?: EngineEvent[];
    replyText?: string;
  } = {},
): TurnCommit {
  return {
    conversationId,
    activityId,
    conversation: {
      value: { activeAssessmentId: opts.assessment?.id ?? null, awaitingPatientRef: false },
      expectedVersion: opts.conversationVersion ?? null,
    },
    ...(opts.assessment ? { assessment: { value: opts.assessment, expectedVersion: opts.assessmentVersion ?? null } } : {}),
    events: opts.events ?? [],
    reply: { payload: { items: [{ kind: 'notice', text: opts.replyText ?? `Reply to ${activityId}`, tone: 'info' }] } },
  };
}
