import type { CompiledScript } from '../script/compile';
import { firstPending, positionOf } from './navigation';
import type { AdvanceResult, AssessmentState, PatientRef } from './types';

export interface StartParams {
  id: string;
  owner: string;
  patient: PatientRef;
  scriptVersion: number;
  now: string;
}

/** A new assessment on a given script version; it finishes on that version whatever is published later. */
export function startAssessment(script: CompiledScript, p: StartParams): AdvanceResult {
  const state: AssessmentState = {
    id: p.id,
    scriptId: script.script.id,
    scriptVersion: p.scriptVersion,
    owner: p.owner,
    patient: p.patient,
    status: 'active',
    mode: { kind: 'asking' },
    cursor: null,
    answers: {},
    skipped: [],
    history: [],
    safeguarding: [],
    createdAt: p.now,
    updatedAt: p.now,
  };
  state.cursor = firstPending(script, state);
  const q = state.cursor ? script.byId.get(state.cursor) : undefined;
  const position = state.cursor ? positionOf(script, state.answers, state.cursor) : null;
  return {
    state,
    events: [{ type: 'status_changed', from: 'active', to: 'active', at: p.now }],
    position,
    prompts: [
      { kind: 'notice', tone: 'info', text: `New assessment for ${p.patient.masked} (${script.script.title}). Type \`help\` at any time for commands.` },
      ...(q && position ? [{ kind: 'question' as const, question: q, text: q.text, position, showIntro: true }] : []),
    ],
  };
}
