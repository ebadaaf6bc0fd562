// @ts-check
// Codes managers never need to type: a new question's code follows its wording, and renaming
// one updates every condition and {placeholder} that pointed at the old code.
import { unique } from './fields.js';

/** @param {any} doc */
export function allQuestionIds(doc) {
  return new Set((doc.sections ?? []).flatMap((/** @type {any} */ s) => (s.questions ?? []).map((/** @type {any} */ q) => q.id)));
}

/** @param {any} doc @param {any} q @param {string} wanted */
export function renameQuestion(doc, q, wanted) {
  const taken = allQuestionIds(doc);
  taken.delete(q.id);
  const next = unique(wanted.slice(0, 60), taken);
  const old = q.id;
  if (next === old) return;
  q.id = next;
  for (const s of doc.sections ?? []) {
    if (s.when?.question === old) s.when.question = next;
    for (const other of s.questions ?? []) {
      if (other.when?.question === old) other.when.question = next;
      if (typeof other.text === 'string') other.text = other.text.split(`{${old}}`).join(`{${next}}`);
    }
  }
}
