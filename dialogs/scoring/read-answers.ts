import type { AnswerValue } from '../engine/types';

/** What scoring reads: the assessment's answers (AssessmentState['answers'] fits as is). */
export type ScoringAnswers = Readonly<Record<string, { readonly value: AnswerValue }>>;

export type IntegerRead = { kind: 'ok'; value: number } | { kind: 'missing' } | { kind: 'invalid' };

/**
 * An integer answer inside [min, max]. A stored value outside the published range (a corrupted
 * or hand-edited record) is reported as invalid rather than scored, so a wrong number can never
 * leak into a total. Integer strings are accepted because some stores round-trip values as text.
 */
export function readInteger(answers: ScoringAnswers, id: string, min: number, max: number): IntegerRead {
  const recorded = answers[id];
  if (recorded === undefined) return { kind: 'missing' };
  const raw = recorded.value;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) return { kind: 'invalid' };
  return { kind: 'ok', value: n };
}

/** A free-text answer, verbatim; blank counts as not answered. */
export function readText(answers: ScoringAnswers, id: string): string | null {
  const raw = answers[id]?.value;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return raw;
}

/** A single-choice answer's value as a string, or null. */
export function readChoice(answers: ScoringAnswers, id: string): string | null {
  const raw = answers[id]?.value;
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw);
  return null;
}

/** A multi-choice answer's values as strings (a lone value counts as a list of one). */
export function readMulti(answers: ScoringAnswers, id: string): string[] {
  const raw = answers[id]?.value;
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map(String);
}
