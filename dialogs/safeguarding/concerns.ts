/**
 * Confirmed safeguarding concerns as the insight card, the plan card and the exports show them:
 * category labels, when, and the action the link worker recorded. Pure; the state is the source.
 * The person's quoted words are left out on purpose: a plan may be shared with the person, and
 * a quote about abuse at home must not travel further than the link worker's own record.
 */
import { RISK_CATEGORIES, type RiskCategory } from '../vocabulary';

export interface ConcernLike {
  categories: RiskCategory[];
  decision: 'confirmed' | 'dismissed';
  note: string;
  decidedAt: string;
}

export interface ConfirmedConcern {
  categories: RiskCategory[];
  labels: string[];
  action: string;
  at: string;
}

export function confirmedConcerns(concerns: readonly ConcernLike[] | undefined): ConfirmedConcern[] {
  return (concerns ?? [])
    .filter((c) => c.decision === 'confirmed')
    .map((c) => ({ categories: c.categories, labels: c.categories.map((k) => RISK_CATEGORIES[k] ?? k), action: c.note, at: c.decidedAt }));
}

/** Every category with a confirmed concern, once, in vocabulary order. */
export function confirmedCategories(concerns: readonly ConcernLike[] | undefined): RiskCategory[] {
  const found = new Set(confirmedConcerns(concerns).flatMap((c) => c.categories));
  return (Object.keys(RISK_CATEGORIES) as RiskCategory[]).filter((k) => found.has(k));
}
