import { optionsOf, type CompiledScript, type ResolvedQuestion } from '../script/compile';
import { applicableQuestions, firstPending, interpolate, positionOf } from './navigation';
import { notice as makeNotice, type NoticeTone } from './notice';
import { brandFrozen, deepFrozen, freezeOver, isDeepFrozen } from './deep-frozen';
import { describeAnswer } from './parse-answer';
import type { AnswerValue, AssessmentState, EngineEvent, Prompt, RecordedAnswer, ReviewItem, SafeguardingFlag, TurnContext } from './types';

/** One turn's working set: a copy-on-write copy of the state (see `workingCopy`) plus what the turn has to say. */
export interface Turn {
  script: CompiledScript;
  state: AssessmentState;
  ctx: TurnContext;
  prompts: Prompt[];
  events: EngineEvent[];
  /** Flags a second opinion raised on this turn's text (never fewer than the rules'). */
  secondOpinion?: SafeguardingFlag[];
}

/** Adds a notice to this turn's reply (built by the shared `notice()` constructor). */
export const notice = (t: Turn, text: string, tone: NoticeTone = 'info'): void => {
  t.prompts.push(makeNotice(text, tone));
};

export function questionPrompt(t: Turn, id: string, showIntro: boolean): void {
  const q = t.script.byId.get(id);
  if (!q) return;
  const position = positionOf(t.script, t.state.answers, id) ?? { sectionTitle: q.sectionTitle, index: 1, count: 1 };
  const current = t.state.answers[id]?.value;
  t.prompts.push({
    kind: 'question',
    question: q,
    text: interpolate(q.text, t.state.answers),
    position,
    ...(current !== undefined ? { current } : {}),
    showIntro: showIntro && position.index === 1,
  });
}

export function reviewItems(script: CompiledScript, state: AssessmentState): ReviewItem[] {
  const skipped = new Set(state.skipped);
  return applicableQuestions(script, state.answers)
    .filter((q) => q.id in state.answers || skipped.has(q.id))
    .map((q, i) => {
      const a = state.answers[q.id];
      return {
        number: i + 1,
        questionId: q.id,
        sectionTitle: q.sectionTitle,
        text: interpolate(q.text, state.answers),
        answer: a ? describeAnswer(a.value, q) : null,
        skipped: !a,
        ...(q.instrument ? { instrument: { short: a ? shortAnswer(a.value, q) : '–', scale: scaleWords(q) } } : {}),
      };
    });
}

/** The wording (not the ids) of required questions still unanswered, for the link worker to read. */
function shortAnswer(value: AnswerValue, q: ResolvedQuestion): string {
  const i = optionsOf(q).findIndex((o) => o.value === value);
  return i >= 0 ? String(i + 1) : String(value);
}

// The scale in words depends only on the question (of an immutable compiled script): worked out once per question.
const scales = new WeakMap<ResolvedQuestion, string>();
function scaleWords(q: ResolvedQuestion): string {
  let words = scales.get(q);
  if (words === undefined) {
    words = scaleWordsOf(q);
    scales.set(q, words);
  }
  return words;
}

function scaleWordsOf(q: ResolvedQuestion): string {
  if (q.type === 'scale') return `${q.min} ${q.minLabel ?? ''} – ${q.max} ${q.maxLabel ?? ''}`.replace(/\s+/g, ' ').trim();
  return optionsOf(q)
    .map((o, i) => `${i + 1} ${o.label}`)
    .join(' · ');
}

export function missingRequired(script: CompiledScript, state: AssessmentState): string[] {
  return applicableQuestions(script, state.answers)
    .filter((q) => q.required && !(q.id in state.answers))
    .map((q) => {
      const text = interpolate(q.text, state.answers);
      return `${q.sectionTitle}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
    });
}

/** Moves to the first pending question, or to the review when none is left. */
export function moveOn(t: Turn): void {
  t.state.cursor = firstPending(t.script, t.state);
  if (t.state.cursor) {
    t.state.mode = { kind: 'asking' };
    questionPrompt(t, t.state.cursor, true);
  } else {
    t.state.mode = { kind: 'review' };
    t.prompts.push({ kind: 'review', items: reviewItems(t.script, t.state), missingRequired: missingRequired(t.script, t.state) });
  }
}

export function showCurrent(t: Turn): void {
  if (t.state.mode.kind === 'review' || !t.state.cursor) moveOn(t);
  else questionPrompt(t, t.state.cursor, false);
}

/**
 * The turn's own copy of the state, copy-on-write: only the top level is copied. Everything below
 * it is shared with the state the turn started from — in the running bot the store's deep-frozen
 * snapshot — so no engine step edits a nested map or list in place: each change replaces it
 * (`setAnswers`, `append`). What it buys: a turn no longer deep-copies the whole assessment and its
 * history (structuredClone was ~5 % of a turn's CPU), and the store, seeing the unchanged parts are
 * the very objects it cached, compares them by identity instead of walking them.
 */
export function workingCopy(state: AssessmentState): AssessmentState {
  return { ...state };
}

/**
 * Replaces the answers map with a new frozen one. Frozen, so no step can change a map another
 * state still holds. When every answer in it is deep-frozen (the turn started from the store's
 * snapshot, and new answers are made with `deepFrozen`) the map is branded deep-frozen too
 * (deep-frozen.ts), and the store keeps it as it is instead of walking and copying it again
 * (issue 22, s22f).
 */
function setAnswers(t: Turn, answers: AssessmentState['answers']): void {
  t.state.answers = freezeOver(answers);
}

/**
 * The turn's answers with one answer set (or, with `undefined`, removed), as a new frozen map —
 * `setAnswers(t, withAnswer(…))` without its walk over every answer: when the map it starts from
 * is branded deep-frozen, every answer in it already is, so the new map is branded as soon as the
 * one answer added is (issue 22, round 8: the check of each answer's brand was ~2 % of the engine's
 * turn). Otherwise it is `setAnswers` as before.
 */
export function setAnswer(t: Turn, id: string, answer: RecordedAnswer | undefined): void {
  const answers = withAnswer(t.state.answers, id, answer);
  if (isDeepFrozen(t.state.answers) && (answer === undefined || isDeepFrozen(answer))) t.state.answers = brandFrozen(answers);
  else setAnswers(t, answers);
}

/**
 * The answers map with one answer set (or, with `undefined`, removed), as a new map, in the same
 * key order (a replaced answer keeps its place, a new one comes last). Set by object spread: past
 * ~20 answers the map is a dictionary-mode object, and V8 clones a whole dictionary at its size
 * where for…in inserting key by key grows one step by step (issue 22, round 8: `record` allocated
 * 4.6 → 3.0 KiB a turn, `turn-cost.ts --alloc`; its CPU moved within noise). Removed key by key.
 */
export function withAnswer(answers: AssessmentState['answers'], id: string, answer: RecordedAnswer | undefined): AssessmentState['answers'] {
  if (answer !== undefined) {
    const out = { ...answers };
    out[id] = answer;
    return out;
  }
  const out: AssessmentState['answers'] = {};
  for (const key in answers) if (key !== id) out[key] = answers[key]!;
  return out;
}

/** A list of the state with one more item, as a new list (the old one may be shared and frozen). */
export function append<T>(list: readonly T[] | undefined, item: T): T[] {
  return [...(list ?? []), item];
}

/**
 * The history with one more line, as a new list. When the old list is deep-frozen (the store's
 * snapshot), the new one is too, holding a deep-frozen copy of the line: the store then keeps it
 * as it is rather than copying a list that grows to ~130 lines on every commit (issue 22, s22f).
 * Otherwise it is `append`.
 */
export function appendLine(history: AssessmentState['history'], line: AssessmentState['history'][number]): AssessmentState['history'] {
  if (!isDeepFrozen(history)) return append(history, line);
  const out = new Array<AssessmentState['history'][number]>(history.length + 1);
  for (let i = 0; i < history.length; i++) out[i] = history[i]!;
  out[history.length] = deepFrozen(line);
  return brandFrozen(out);
}

export function record(t: Turn, q: ResolvedQuestion, value: AnswerValue, activityId: string, confirmed?: { typed: string }): void {
  const previous = t.state.answers[q.id]?.value;
  // deepFrozen: a frozen copy the answers map can be branded over (setAnswer); `value` itself is left alone.
  setAnswer(t, q.id, deepFrozen({ value, at: t.ctx.now, activityId }));
  // The same list when the question was not skipped (nearly always): nothing in it changed.
  if (t.state.skipped.includes(q.id)) t.state.skipped = t.state.skipped.filter((id) => id !== q.id);
  t.state.history = appendLine(t.state.history, {
    questionId: q.id,
    action: previous === undefined ? 'answered' : 'changed',
    value,
    at: t.ctx.now,
    activityId,
    ...(confirmed ? { confirmed } : {}),
  });
  t.events.push({ type: 'answer_recorded', questionId: q.id, value, ...(previous !== undefined ? { previous } : {}), activityId, at: t.ctx.now });
}

export function setStatus(t: Turn, to: AssessmentState['status']): void {
  t.events.push({ type: 'status_changed', from: t.state.status, to, at: t.ctx.now });
  t.state.status = to;
}
