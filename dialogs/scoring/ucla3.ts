import { UCLA3 } from '../instruments/ucla3';
import { readChoice, readInteger, type ScoringAnswers } from './read-answers';
import type { CategoricalAnswer, UclaItemKey, Ucla3Scores, UclaTotalResult } from './types';
import { QUESTION } from '../question-ids';

export const UCLA_ITEM_KEYS: readonly UclaItemKey[] = ['companionship', 'left_out', 'isolated'];

/** The direct question's GSS categories, most to least frequent, read from the locked definition. */
const DIRECT_OPTIONS = (UCLA3.groups.find((g) => g.items.some((i) => i.key === 'direct'))?.response.options ?? []).map((o) => ({
  value: String(o.value),
  label: o.label,
}));

/** Ordinal rank of a direct answer: 0 = often/always (loneliest) … 4 = never. Unknown → null. */
export function directRank(value: string): number | null {
  const i = DIRECT_OPTIONS.findIndex((o) => o.value === value);
  return i < 0 ? null : i;
}

/**
 * Loneliness types from instruments.md §3 — a classification the link worker records, not a
 * scored scale. A manager's script may add others; those are reported with the value as label.
 */
export const LONELINESS_TYPE_LABELS: Record<string, string> = {
  social: 'Social',
  emotional: 'Emotional',
  existential: 'Existential',
  not_lonely: 'Not lonely',
};

function scoreTotal(answers: ScoringAnswers): UclaTotalResult {
  const missingItems: string[] = [];
  const invalidItems: string[] = [];
  const items: Partial<Record<UclaItemKey, number>> = {};
  for (const key of UCLA_ITEM_KEYS) {
    const id = `${UCLA3.id}.${key}`;
    const read = readInteger(answers, id, 1, 3);
    if (read.kind === 'ok') items[key] = read.value;
    else (read.kind === 'missing' ? missingItems : invalidItems).push(id);
  }
  const { companionship, left_out, isolated } = items;
  if (companionship === undefined || left_out === undefined || isolated === undefined) return { scored: false, missingItems, invalidItems };
  return { scored: true, total: companionship + left_out + isolated, items: { companionship, left_out, isolated } };
}

function direct(answers: ScoringAnswers): CategoricalAnswer | null {
  const value = readChoice(answers, `${UCLA3.id}.direct`);
  if (value === null) return null;
  const option = DIRECT_OPTIONS.find((o) => o.value === value);
  return { value, label: option?.label ?? value };
}

function lonelinessType(answers: ScoringAnswers): CategoricalAnswer | null {
  const value = readChoice(answers, QUESTION.lonelinessType);
  return value === null ? null : { value, label: LONELINESS_TYPE_LABELS[value] ?? value };
}

/** Loneliness: UCLA 3-item total (3–9, only when complete), the direct question, and the recorded type. */
export function scoreUcla3(answers: ScoringAnswers): Ucla3Scores {
  return {
    instrument: 'ucla3',
    name: UCLA3.name,
    citation: UCLA3.citation,
    total: scoreTotal(answers),
    direct: direct(answers),
    lonelinessType: lonelinessType(answers),
  };
}
