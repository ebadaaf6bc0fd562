import type { Plan, PlanAction, PlanGoal, ResourceLink } from './model';
import { serviceOf, type LinkKind } from './plan-links';

/**
 * Plan changes that involve a service: removing a referral or signpost (with the actions that
 * depended on it), adding a service found from chat for a goal, and pointing an action at a
 * found service. Who, wording, intention and support stay consistent with the kind of link: a
 * referral is delivered with the link worker, a signpost is followed up by the person.
 */

export type LinkChange =
  | { kind: 'remove_link'; link: LinkKind; n: number }
  | { kind: 'add_link'; link: LinkKind; found: number; goal: number }
  | { kind: 'link_action'; goal: number; action: number; found: number };

type Outcome = { plan: Plan; summary: string } | string;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const FIRST_VISIT = 'In the next two weeks';

/** An action's wording and intention for a service, by kind of link. */
export function serviceActionParts(link: ResourceLink, kind: LinkKind): Pick<PlanAction, 'what' | 'who' | 'intention' | 'supportedFirstAttendance'> {
  return kind === 'referral'
    ? {
        what: clip(`Go to ${link.name} with the link worker for the first session (the link worker makes the referral)`, 400),
        who: { kind: 'service', serviceId: link.serviceId, name: link.name },
        intention: { statement: clip(`I intend to go to ${link.name} with my link worker in the next two weeks.`, 400), rating: null },
        supportedFirstAttendance: true,
      }
    : {
        what: clip(`Contact ${link.name} and go along (contact details given as a signpost)`, 400),
        who: { kind: 'person' },
        intention: { statement: clip(`I intend to contact ${link.name} in the next two weeks.`, 400), rating: null },
        supportedFirstAttendance: false,
      };
}

const nextActionId = (goal: PlanGoal) => {
  const used = goal.actions.map((a) => Number(a.id.split('.a')[1])).filter(Number.isInteger);
  return `${goal.id}.a${Math.max(0, ...used) + 1}`;
};

/** Adds the link to its list (once), taking it out of the other list if it was there. */
function withLink(plan: Plan, link: ResourceLink, kind: LinkKind): Pick<Plan, 'referrals' | 'signposts'> {
  const others = (list: ResourceLink[]) => list.filter((l) => l.serviceId !== link.serviceId);
  return kind === 'referral'
    ? { referrals: [...others(plan.referrals), link], signposts: others(plan.signposts) }
    : { referrals: others(plan.referrals), signposts: [...others(plan.signposts), link] };
}

export function applyLinkChange(plan: Plan, c: LinkChange, found: readonly ResourceLink[]): Outcome {
  if (c.kind === 'remove_link') {
    const list = c.link === 'referral' ? plan.referrals : plan.signposts;
    const link = list[c.n - 1];
    if (!link) return `There is no ${c.link} ${c.n} (the plan has ${list.length}).`;
    const removedActions: string[] = [];
    const goals = plan.goals.map((g, gi) => ({
      ...g,
      actions: g.actions.filter((a, ai) => {
        const uses = serviceOf(a, [link])?.serviceId === link.serviceId;
        if (uses) removedActions.push(`${gi + 1}.${ai + 1}`);
        return !uses;
      }),
    }));
    const rest =
      c.link === 'referral' ? { referrals: plan.referrals.filter((_, i) => i !== c.n - 1) } : { signposts: plan.signposts.filter((_, i) => i !== c.n - 1) };
    const withActions = removedActions.length ? `, with action${removedActions.length > 1 ? 's' : ''} ${removedActions.join(', ')} that used it` : '';
    return { plan: { ...plan, ...rest, goals }, summary: `${c.link === 'referral' ? 'Referral' : 'Signpost'} ${c.n} removed (${link.name})${withActions}` };
  }
  const link = found[c.found - 1];
  if (!link)
    return found.length
      ? `There is no search result ${c.found} (the last search found ${found.length}).`
      : 'Search the directory first, e.g. `find carers Bath`, then use the result number.';
  const goal = plan.goals[c.goal - 1];
  if (!goal) return `There is no goal ${c.goal} (the plan has ${plan.goals.length}).`;
  if (c.kind === 'add_link') {
    const action: PlanAction = {
      id: nextActionId(goal),
      when: FIRST_VISIT,
      strategies: [],
      status: 'not_started',
      confidence: null,
      ...serviceActionParts(link, c.link),
    };
    const goals = plan.goals.map((g, i) => (i === c.goal - 1 ? { ...g, actions: [...g.actions, action] } : g));
    return {
      plan: { ...plan, ...withLink(plan, link, c.link), goals },
      summary: `${c.link === 'referral' ? 'Referral' : 'Signpost'} added: ${link.name}, with action ${c.goal}.${goal.actions.length + 1} to use it`,
    };
  }
  const action = goal.actions[c.action - 1];
  if (!action) return `Goal ${c.goal} has no action ${c.action} (it has ${goal.actions.length}).`;
  const before = serviceOf(action, [...plan.referrals, ...plan.signposts]);
  // The action keeps its kind of support: a referral stays a referral, anything else is a signpost.
  const kind: LinkKind =
    before && plan.referrals.some((r) => r.serviceId === before.serviceId) ? 'referral' : action.who.kind === 'service' ? 'referral' : 'signpost';
  const oldName = before?.name;
  const changed: PlanAction = {
    ...action,
    ...serviceActionParts(link, kind),
    when: FIRST_VISIT,
    // Strategies about the old service ("Check: …") no longer apply.
    strategies: oldName ? action.strategies.filter((s) => !s.toLowerCase().includes(oldName.toLowerCase())) : action.strategies,
  };
  const goals = plan.goals.map((g, i) => (i === c.goal - 1 ? { ...g, actions: g.actions.map((a, j) => (j === c.action - 1 ? changed : a)) } : g));
  return {
    plan: { ...plan, ...withLink(plan, link, kind), goals },
    summary: `Action ${c.goal}.${c.action} now uses ${link.name} (${kind})${oldName && oldName !== link.name ? ` instead of ${oldName}` : ''}; who, wording and intention updated (rating cleared)`,
  };
}
