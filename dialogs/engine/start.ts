import type { CompiledScript } from '../script/compile';
import { firstPending, interpolate, positionOf } from './navigation';
import { notice } from './notice';
import type { AdvanceResult, AnswerValue, AssessmentState, PatientRef } from './types';

export interface StartParams {
  id: string;
  owner: string;
  patient: PatientRef;
  scriptVersion: number;
  now: string;
  /**
   * Answers copied from an earlier assessment (issue 10: a review copies the baseline's goal
   * texts so it can ask about them in the person's own words without asking them again).
   * Recorded with activity id "prefill:<from>" in answers and history, so a prefilled answer is
   * always distinguishable from one given in this conversation. Ids not in the script are ignored.
   */
  prefill?: { from: string; answers: Record<string, AnswerValue> };
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
  if (p.prefill) {
    const activityId = `prefill:${p.prefill.from}`;
    for (const [questionId, value] of Object.entries(p.prefill.answers)) {
      if (!script.byId.has(questionId)) continue;
      state.answers[questionId] = { value, at: p.now, activityId };
      state.history.push({ questionId, action: 'answered', value, at: p.now, activityId });
    }
  }
  state.cursor = firstPending(script, state);
  const q = state.cursor ? script.byId.get(state.cursor) : undefined;
  const position = state.cursor ? positionOf(script, state.answers, state.cursor) : null;
  return {
    state,
    events: [{ type: 'status_changed', from: 'active', to: 'active', at: p.now }],
    position,
    prompts: [
      notice(`New assessment for ${p.patient.masked} (${script.script.title}). Type \`help\` at any time for commands.`),
      ...(q && position ? [{ kind: 'question' as const, question: q, text: interpolate(q.text, state.answers), position, showIntro: true }] : []),
    ],
  };
}
