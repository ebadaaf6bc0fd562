import type { AssessmentState } from '../../dialogs/engine/types';
import { planSchema, type Plan } from '../../plans/model';
import { readPlanFacts } from '../../plans/plan-input';
import type { Actor } from '../../plans/plan-edits';
import type { SearchOptions } from '../../plans/resource-query';

/**
 * `include paid` / `free only`: under a cost barrier the plan offers free services only unless
 * the link worker widens it. The choice is recorded on the plan (searchArea.paidIncluded, kept by
 * every redraft) and in its change history with who and when; the suggestions are found again,
 * so the plan is redrafted. Without a cost barrier, or when nothing would change, it says so and
 * changes nothing.
 */
export function searchOptionsOf(plan: Plan | null): SearchOptions {
  return plan?.searchArea?.paidIncluded ? { allowPaid: true } : {};
}

/** null: go ahead and redraft with `{ allowPaid }`; a string: why nothing was changed. */
export function costRuleRefusal(state: Pick<AssessmentState, 'answers'>, current: Plan, allowPaid: boolean): string | null {
  if (!readPlanFacts(state).barriers.includes('cost'))
    return 'Cost was not named as a barrier, so paid and low-cost services are already suggested. Nothing was changed.';
  const widened = current.searchArea?.paidIncluded === true;
  if (allowPaid && widened)
    return 'Paid and low-cost services are already included for this plan. Nothing was changed. (`free only` goes back to free services only.)';
  if (!allowPaid && !widened)
    return 'This plan already suggests free services only, because cost was named as a barrier. Nothing was changed. (`include paid` widens it.)';
  return null;
}

/** The redrafted plan with the decision in its change history. */
export function recordCostRule(redrafted: Plan, allowPaid: boolean, actor: Actor): Plan {
  const change = allowPaid
    ? 'Cost rule widened (`include paid`): paid and low-cost services may be suggested despite the cost barrier'
    : 'Cost rule back to free services only (`free only`)';
  return planSchema.parse({
    ...redrafted,
    edits: [...redrafted.edits, { at: actor.at, by: actor.by, ...(actor.name ? { byName: actor.name.slice(0, 200) } : {}), change }],
  });
}

export function costRuleMessage(plan: Plan, allowPaid: boolean, wasApproved: boolean): string {
  const what = allowPaid
    ? 'Paid and low-cost services are now included for this person despite the cost barrier — agree what they can afford before suggesting one.'
    : 'Back to free services only, because cost was named as a barrier.';
  const again = wasApproved ? ' The plan needs approving again.' : '';
  return `${what} Suggestions were found again and the plan redrafted (version ${plan.version}); earlier changes were replaced (they stay in the change history).${again} Type \`${allowPaid ? 'free only' : 'include paid'}\` to undo.`;
}
