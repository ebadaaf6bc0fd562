import type { AnswerHistoryEntry, AssessmentState, RecordedAnswer } from '../../dialogs/engine/types';

/**
 * How an assessment is laid out in storage (since SQL migration 2). The document in
 * `assessments.state_enc` holds everything except `answers` and `history`; those are kept as
 * appended rows in `assessment_entries`, each encrypted on its own. A turn that records one answer
 * therefore writes the small document plus one new row (since migration 4 holding both the answer
 * and its history line; before, a row each) instead of re-encrypting the whole history every
 * time. `entry_count` counts rows. Reading joins them back into the one document,
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

/**
 * What one `assessment_entries` row holds. Since SQL migration 4 a commit writes all of its
 * entries (usually an answer and its history line) as one row holding the list, so a turn
 * encrypts and stores one row instead of one per entry; rows written before hold one entry.
 */
export type EntryRow = Entry | Entry[];

/** The rows to store for a commit's entries: one row holding them all (none when nothing was added). */
export function rowsOf(entries: readonly Entry[]): EntryRow[] {
  if (entries.length === 0) return [];
  return [entries.length === 1 ? entries[0]! : [...entries]];
}

/** Every entry of the stored rows, in order: a list row stands for its entries one after another. */
export function entriesOf(rows: readonly EntryRow[]): Entry[] {
  const out: Entry[] = [];
  for (const row of rows) {
    if (Array.isArray(row)) out.push(...row);
    else out.push(row);
  }
  return out;
}

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
 * the rows must be rewritten. Both are snapshots (snapshot.ts) and `next` was taken against
 * `base`, so every part of `next` deeply equal to `base` is the very same object: a history line
 * or answer that is not identical has changed, and an old line that changed is never missed.
 */
export function appendedEntries(base: AssessmentState, next: AssessmentState): Entry[] | null {
  // A malformed state is not an extension of anything: the full check then refuses it, clearly.
  const answers: unknown = next.answers;
  if (!Array.isArray(next.history) || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  if (next.history.length < base.history.length) return null;
  for (let i = 0; i < base.history.length; i++) if (base.history[i] !== next.history[i]) return null;
  const out: Entry[] = [];
  // for…in, not Object.entries/keys: an answers map has dozens of keys and this runs on every
  // turn; the entries array of pairs it replaces was ~4 KiB of garbage a turn (issue 22, s22c).
  // Snapshots are plain objects, so for…in sees exactly their own keys.
  if (next.answers !== base.answers) {
    for (const q in next.answers) {
      const a = next.answers[q]!;
      if (base.answers[q] !== a) out.push({ q, a });
    }
    for (const q in base.answers) if (!Object.hasOwn(next.answers, q)) out.push({ q, a: null });
  }
  for (let i = base.history.length; i < next.history.length; i++) out.push({ h: next.history[i]! });
  return out;
}

/** The answers and history lines among appended rows, as encodeAssessmentChange validates them. */
export function changedRows(base: AssessmentState, appended: readonly Entry[]) {
  return {
    answers: appended.flatMap((e) => ('q' in e && e.a !== null ? [[e.q, e.a] as const] : [])),
    history: appended.flatMap((e) => ('h' in e ? [e.h] : [])),
    firstLine: base.history.length,
    /** What the rest was validated as: fields and slots identical to it are not checked again. */
    base,
  };
}
