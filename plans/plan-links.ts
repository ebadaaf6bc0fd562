import type { Plan, PlanAction, PlanGoal, ResourceLink } from './model';

/**
 * Keeps a plan coherent: every referral or signpost is used by an action, every action that
 * names a service points at one the plan lists, barrier lines name only services still in the
 * plan, and the counts in the narrative are the real ones. Run after every change, so an edit can
 * never leave a referral, a barrier line or an intention pointing at a service that is gone.
 */

export type LinkKind = 'referral' | 'signpost';

const lower = (s: string) => s.toLowerCase();
const mentions = (text: string, name: string) => name.trim().length > 0 && lower(text).includes(lower(name));

/** The plan's service links, referrals first, with their kind. */
export function allLinks(plan: Pick<Plan, 'referrals' | 'signposts'>): Array<{ kind: LinkKind; link: ResourceLink }> {
  return [...plan.referrals.map((link) => ({ kind: 'referral' as const, link })), ...plan.signposts.map((link) => ({ kind: 'signpost' as const, link }))];
}

/**
 * The service an action uses: the one it is delivered by, or a listed service its wording or
 * intention names ("Phone Leeds Carers (details in signposts)").
 */
export function serviceOf(action: PlanAction, links: readonly ResourceLink[]): ResourceLink | null {
  if (action.who.kind === 'service') {
    const id = action.who.serviceId;
    return links.find((l) => l.serviceId === id) ?? { serviceId: id, name: action.who.name, contact: '', reasons: [] };
  }
  return links.find((l) => mentions(action.what, l.name) || mentions(action.intention.statement, l.name)) ?? null;
}

export function usedServiceIds(goals: readonly PlanGoal[], links: readonly ResourceLink[]): Set<string> {
  const used = new Set<string>();
  for (const g of goals)
    for (const a of g.actions) {
      const s = serviceOf(a, links);
      if (s) used.add(s.serviceId);
    }
  return used;
}

/**
 * A barrier line loses the services that have left the plan: "Free services chosen: A, B." keeps
 * A; a sentence about only removed services is dropped; an emptied line says what to do instead.
 */
function trimBarrierLine(line: string, removed: readonly string[]): string {
  const gone = (item: string) => removed.some((name) => mentions(item, name));
  const sentences = line.split(/(?<=\.)\s+/).flatMap((sentence) => {
    if (!gone(sentence)) return [sentence];
    const m = /^([^:]+:\s*)(.+?)(\.?)$/.exec(sentence);
    if (!m || /^Check:/.test(sentence)) return [];
    const rest = m[2]!.split(/\.\s/)[0]!;
    const tail = m[2]!.slice(rest.length);
    const kept = rest.split(/,\s*/).filter((item) => !gone(item));
    return kept.length ? [`${m[1]}${kept.join(', ')}${tail}${m[3]}`] : [];
  });
  const kept = sentences.join(' ').trim();
  return kept.length > 0 ? kept : 'No service in the plan addresses this yet: agree a way round it at the next contact.';
}

function narrativeFor(plan: Plan): string | undefined {
  const n = plan.narrative;
  if (n === undefined || !/^(Draft plan:|No goals were agreed)/.test(n)) return n;
  const actions = plan.goals.reduce((k, g) => k + g.actions.length, 0);
  const s = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  // Where services were searched (issue 15) stays with the recounted narrative.
  const searched = plan.searchArea ? ` ${plan.searchArea.summary}` : '';
  if (plan.goals.length === 0) return `No goals were agreed, so no actions are required. Review on ${plan.reviewDate}.${searched}`;
  return `Draft plan: ${s(plan.goals.length, 'goal')} in the person's words, ${s(actions, 'action')}, ${s(plan.referrals.length, 'referral')} and ${s(plan.signposts.length, 'signpost')}. Review on ${plan.reviewDate}.${searched}`;
}

export interface Cohered {
  plan: Plan;
  /** Services dropped because no action uses them any more, by kind. */
  dropped: Array<{ kind: LinkKind; name: string }>;
}

/**
 * Drops links no action uses, trims barrier lines to the services left, and recounts. `before`
 * is the plan before the change, so services the change itself removed leave the barriers too.
 */
export function cohere(plan: Plan, before?: Pick<Plan, 'referrals' | 'signposts'>): Cohered {
  const links = [...plan.referrals, ...plan.signposts];
  const used = usedServiceIds(plan.goals, links);
  const dropped = allLinks(plan)
    .filter((l) => !used.has(l.link.serviceId))
    .map((l) => ({ kind: l.kind, name: l.link.name }));
  const kept = new Set(links.filter((l) => used.has(l.serviceId)).map((l) => l.name));
  const removedNames = [...new Set([...dropped.map((d) => d.name), ...(before ? [...before.referrals, ...before.signposts].map((l) => l.name) : [])])].filter(
    (n) => !kept.has(n),
  );
  const next: Plan = {
    ...plan,
    referrals: plan.referrals.filter((l) => used.has(l.serviceId)),
    signposts: plan.signposts.filter((l) => used.has(l.serviceId)),
    barriers: removedNames.length
      ? plan.barriers.map((b) => ({ ...b, howAddressed: trimBarrierLine(b.howAddressed, removedNames).slice(0, 400) }))
      : plan.barriers,
    noActionsRequired: plan.goals.every((g) => g.actions.length === 0),
  };
  const narrative = narrativeFor(next);
  if (narrative !== undefined) next.narrative = narrative;
  return { plan: next, dropped };
}
