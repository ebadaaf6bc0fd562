import type { AnswerValue } from '../dialogs/engine/types';
import type { CompiledScript } from '../dialogs/script/compile';

/**
 * "Preview from this section": answers for every question before the chosen section, made up
 * so that the chosen section is reached. A value a later section's condition asks for wins
 * (screening "accept" opens the consent section), then a question's own condition value, then a
 * neutral first choice. The page says these answers were filled in; nothing is saved.
 */
export function answersBefore(script: CompiledScript, sectionId: string): Record<string, AnswerValue> | null {
  const index = script.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) return null;
  const wanted = new Map<string, AnswerValue>();
  // Section conditions first: they decide whether whole sections are reached.
  for (const s of script.script.sections) if (s.when) remember(wanted, s.when);
  for (const q of script.questions) for (const c of q.conditions) remember(wanted, c);
  const out: Record<string, AnswerValue> = {};
  for (const s of script.sections.slice(0, index))
    for (const id of s.questionIds) {
      const q = script.byId.get(id);
      if (!q) continue;
      out[id] = wanted.get(id) ?? neutral(q);
    }
  return out;
}

function remember(wanted: Map<string, AnswerValue>, c: { question: string; equals?: unknown; in?: unknown[]; answered?: boolean }): void {
  if (wanted.has(c.question)) return;
  const v = c.equals ?? c.in?.[0];
  if (typeof v === 'string' || typeof v === 'number') wanted.set(c.question, v);
  else if (typeof v === 'boolean') wanted.set(c.question, v ? 'yes' : 'no');
}

function neutral(q: NonNullable<ReturnType<CompiledScript['byId']['get']>>): AnswerValue {
  if (q.type === 'yesno') return 'yes';
  if (q.type === 'scale') return q.min;
  if (q.type === 'text') return '(filled in for the preview)';
  const first = q.options[0];
  if (q.type === 'multi') return first ? ([first.value] as AnswerValue) : [];
  return first ? (first.value as AnswerValue) : '(filled in for the preview)';
}
