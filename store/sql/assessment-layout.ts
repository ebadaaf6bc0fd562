import type { AnswerHistoryEntry, AssessmentState, RecordedAnswer } from '../../dialogs/engine/types';

/**
 * How an assessment is laid out in storage (since SQL migration 2). The document in
 * `assessments.state_enc` holds everything except `answers` and `history`; those are kept as
 * appended rows in `assessment_entries`, each encrypted on its own. A turn that records one answer
 * therefore writes the small document plus two new rows (the answer and its history line) instead
 * of re-encrypting the whole history every time. Reading joins them back into the one document,
 * which is then migrated and validated exactly as before (store/documents/assessment.ts).
 *
 * `entry_count` NULL marks a row written before migration 2: its `state_enc` is the whole
 * document. It is read as it is and converted on its next write.
 */
export type Entry =
  /** One line appended to `history`. */
  | { h: AnswerHistoryEntry }
  /** `answers[q]` set to `a`, or removed when `a` is null (a skipped answer). */
  | { q: string; a: RecordedAnswer | null };

type Json = Record<string, unknown>;

/** The document without the parts that live in rows. */
export function coreOf(doc: Json): Json {
  const { answers: _answers, history: _history, ...core } = doc;
  return core;
}

/** The whole document again, as it would have been stored in one piece. */
export function joinEntries(core: Json, entries: readonly Entry[]): Json {
  const answers: Record<string, unknown> = {};
  const history: unknown[] = [];
  for (const e of entries) {
    if ('h' in e) history.push(e.h);
    else if (e.a === null) delete answers[e.q];
    else answers[e.q] = e.a;
  }
  return { ...core, answers, history };
}

/** Every row needed to rebuild `state` from nothing (a new assessment, or a rewrite). */
export function allEntries(state: AssessmentState): Entry[] {
  return [...Object.entries(state.answers).map(([q, a]) => ({ q, a })), ...state.history.map((h) => ({ h }))];
}

/**
 * The rows that take `base` (what is stored at the expected version) to `next`, or null when
 * `next` is not an extension of `base` — its history was rewritten rather than appended to — and
 * the rows must be rewritten. History lines are compared in full, so a changed old line is
 * never missed.
 */
export function appendedEntries(base: AssessmentState, next: AssessmentState): Entry[] | null {
  if (next.history.length < base.history.length) return null;
  for (let i = 0; i < base.history.length; i++) if (JSON.stringify(base.history[i]) !== JSON.stringify(next.history[i])) return null;
  const out: Entry[] = [];
  for (const [q, a] of Object.entries(next.answers)) {
    const before = base.answers[q];
    if (!before || JSON.stringify(before) !== JSON.stringify(a)) out.push({ q, a });
  }
  for (const q of Object.keys(base.answers)) if (!(q in next.answers)) out.push({ q, a: null });
  for (const h of next.history.slice(base.history.length)) out.push({ h });
  return out;
}
