import type { CompiledScript, ResolvedQuestion } from '../script/compile';
import { firstPending } from './navigation';
import { parseTypedAnswer } from './parse-answer';
import type { AnswerValue, AssessmentState, PendingAnswer } from './types';

/**
 * Fast entry: several answers in one message, one per question, for the questions that follow
 * in the same section ("3 2 2 6" for ONS4, 18 numbers for MHLC, "full; 1; gp; phone"). Nothing
 * is recorded here: the entries are read back in words and recorded only on `yes`, so a slip
 * costs one `no`, never a wrong record. Free-text questions end a run (their words can contain
 * any separator), so a run covers choice, yes/no and scale questions — and short codes (a text
 * question limited to a few characters, such as the practice's ODS code), whose answer cannot
 * hold a sentence, so it cannot be cut apart by a separator.
 */

export type FastEntry = { ok: true; entries: PendingAnswer[] } | { ok: false; message: string };

const QUICK_TYPES = new Set<ResolvedQuestion['type']>(['single', 'likert', 'yesno', 'scale', 'multi']);

/** A text question this short asks for a code, not the person's words (ODS codes are 3–6 characters). */
export const SHORT_CODE_MAX_LENGTH = 12;

/** Whether a question can be answered inside a fast entry (after its first question). */
export function joinsFastEntry(q: ResolvedQuestion): boolean {
  return QUICK_TYPES.has(q.type) || (q.type === 'text' && q.maxLength <= SHORT_CODE_MAX_LENGTH);
}

/**
 * The separate answers in a message, or null when it is one answer. `;`, `|` and new lines
 * always separate; for a question that is not multi-choice, commas and spaces between plain
 * numbers do too ("3 2 2 6", "3, 2, 2, 6"). A multi-choice question keeps "1 3 5" as one list.
 */
export function splitAnswers(text: string, current: ResolvedQuestion): string[] | null {
  const trimmed = text.trim();
  const parts = (re: RegExp) =>
    trimmed
      .split(re)
      .map((s) => s.trim())
      .filter(Boolean);
  if (/[;|\n]/.test(trimmed)) return parts(/[;|\n]+/);
  if (current.type === 'multi') return null;
  if (/^\d+(\s*[,\s]\s*\d+)+$/.test(trimmed)) return parts(/[\s,]+/);
  if (trimmed.includes(',')) return parts(/,/);
  return null;
}

/**
 * Assigns each part to the next pending question, as the engine would ask them: conditions are
 * re-evaluated after each assignment, and the run stops at a free-text question or the section's end.
 */
export function readFastEntry(script: CompiledScript, state: AssessmentState, parts: string[]): FastEntry {
  const first = state.cursor ? script.byId.get(state.cursor) : undefined;
  if (!first) return { ok: false, message: 'There is no question to answer here.' };
  const answers: AssessmentState['answers'] = { ...state.answers };
  const entries: PendingAnswer[] = [];
  for (const [i, part] of parts.entries()) {
    const id = i === 0 ? first.id : firstPending(script, { answers, skipped: state.skipped });
    const q = id ? script.byId.get(id) : undefined;
    if (!q || q.sectionId !== first.sectionId || !joinsFastEntry(q)) {
      const room = entries.length;
      return {
        ok: false,
        message: `You typed ${parts.length} answers, but only ${room} question${room === 1 ? '' : 's'} from here in “${first.sectionTitle}” can be answered in one message${q && q.sectionId === first.sectionId ? ' (free-text questions are answered on their own)' : ''}. Nothing was recorded.`,
      };
    }
    const parsed = parseTypedAnswer(part, q);
    const value: AnswerValue | undefined = parsed.ok ? parsed.value : parsed.suggestion;
    if (value === undefined)
      return {
        ok: false,
        message: `Answer ${i + 1} (“${part.slice(0, 30)}”) does not fit “${q.text.slice(0, 60)}”: ${parsed.ok ? '' : parsed.message} Nothing was recorded.`,
      };
    answers[q.id] = { value, at: '', activityId: '' };
    entries.push({ questionId: q.id, value });
  }
  return { ok: true, entries };
}
