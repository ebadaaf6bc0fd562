import type { CompiledScript, ResolvedQuestion } from '../script/compile';
import { applicableFor } from './applicable';
import type { AssessmentState, Position } from './types';

type Answers = AssessmentState['answers'];

/** The applicable questions in script order (shared, read-only: see applicable.ts). */
export function applicableQuestions(script: CompiledScript, answers: Answers): readonly ResolvedQuestion[] {
  return applicableFor(script, answers).questions;
}

/**
 * The next question is always the first applicable one not yet answered or skipped. Deriving
 * it (rather than storing a path) means `back`, corrections and changed conditions can never
 * leave a hole: after a change the link worker returns to exactly where they were.
 */
export function firstPending(script: CompiledScript, state: Pick<AssessmentState, 'answers' | 'skipped'>): string | null {
  const skipped = state.skipped;
  const q = applicableFor(script, state.answers).questions.find((x) => !(x.id in state.answers) && !skipped.includes(x.id));
  return q?.id ?? null;
}

/** The applicable, already answered or skipped question just before `cursor` (or the last one). */
export function previousVisited(script: CompiledScript, state: AssessmentState): string | null {
  const list = applicableQuestions(script, state.answers);
  const end = state.cursor ? list.findIndex((q) => q.id === state.cursor) : list.length;
  const skipped = new Set(state.skipped);
  for (let i = (end < 0 ? list.length : end) - 1; i >= 0; i--) {
    const q = list[i]!;
    if (q.id in state.answers || skipped.has(q.id)) return q.id;
  }
  return null;
}

export function positionOf(script: CompiledScript, answers: Answers, questionId: string): Position | null {
  const q = script.byId.get(questionId);
  if (!q) return null;
  return { sectionTitle: q.sectionTitle, ...applicableFor(script, answers).placeIn(q) };
}

/**
 * Fills "{goal.1}" references with earlier answers. The person's words are quoted (“…”): a goal
 * may be a verb phrase ("get back to my allotment") or a noun phrase ("Getting an hour to
 * myself"), and only a quotation reads grammatically in every question either way.
 */
export function interpolate(text: string, answers: Answers): string {
  // Most question texts refer to no answer (61 of the default script's 69): no regex pass for those.
  if (!text.includes('{')) return text;
  return text.replace(/\{([a-z][a-z0-9_.]*)\}/g, (_whole, id: string) => {
    const v = answers[id]?.value;
    if (v === undefined) return 'this goal';
    const words = (Array.isArray(v) ? v.join(', ') : String(v)).trim().replace(/^["“”']+|["“”'.!?]+$/g, '');
    return `“${words}”`;
  });
}
