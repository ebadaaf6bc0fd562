import { planSchema, type Plan, type PlanAction, type PlanGoal, type ResourceLink } from './model';
import type { PlanCommand } from './plan-commands';
import { applyLinkChange, type LinkChange } from './plan-link-edits';
import { cohere, serviceOf } from './plan-links';

/**
 * The link worker's changes to a plan, as pure functions. Every change is recorded in
 * plan.edits (who, when, what) and bumps plan.version; a change to an approved plan returns it
 * to draft, because an approval covers exactly what was approved. A command that cannot apply
 * (no such goal, text too long…) returns a message and the plan unchanged.
 */
export type EditResult = { ok: true; plan: Plan; summary: string } | { ok: false; message: string };
export interface Actor {
  by: string;
  at: string;
  /** Display name (Teams `from.name`), shown to people; `by` stays the attributable id. */
  name?: string;
}

export type Change = Exclude<PlanCommand, { kind: 'show' | 'help' | 'redraft' | 'approve' | 'cost_rule' }>;
const isLinkChange = (c: Change): c is LinkChange => c.kind === 'remove_link' || c.kind === 'add_link' || c.kind === 'link_action';
const editBy = (actor: Actor) => ({ at: actor.at, by: actor.by, ...(actor.name ? { byName: actor.name.slice(0, 200) } : {}) });

const MAX_TEXT = 400;
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const q = (s: string) => `“${clip(s, 80)}”`;
const fail = (message: string): EditResult => ({ ok: false, message: `${message} Nothing was changed.` });

function goalAt(plan: Plan, n: number): PlanGoal | string {
  return plan.goals[n - 1] ?? `There is no goal ${n} (the plan has ${plan.goals.length}).`;
}

function actionAt(plan: Plan, g: number, a: number): { goal: PlanGoal; action: PlanAction } | string {
  const goal = goalAt(plan, g);
  if (typeof goal === 'string') return goal;
  const action = goal.actions[a - 1];
  return action ? { goal, action } : `Goal ${g} has no action ${a} (it has ${goal.actions.length}).`;
}

const nextId = (ids: string[], prefix: string) => {
  const used = ids.map((id) => Number(id.slice(prefix.length))).filter(Number.isInteger);
  return `${prefix}${Math.max(0, ...used) + 1}`;
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function newAction(goal: PlanGoal, what: string): PlanAction {
  return {
    id: nextId(
      goal.actions.map((a) => a.id),
      `${goal.id}.a`,
    ),
    what,
    who: { kind: 'person' },
    when: 'In the next two weeks',
    strategies: [],
    status: 'not_started',
    confidence: null,
    intention: { statement: clip(`I intend to ${lowerFirst(what).replace(/[.!]+$/, '')} in the next two weeks.`, 400), rating: null },
    supportedFirstAttendance: false,
  };
}

const mapGoal = (plan: Plan, g: number, f: (goal: PlanGoal) => PlanGoal): PlanGoal[] => plan.goals.map((x, i) => (i === g - 1 ? f(x) : x));
const mapAction = (plan: Plan, g: number, a: number, f: (x: PlanAction) => PlanAction): PlanGoal[] =>
  mapGoal(plan, g, (goal) => ({ ...goal, actions: goal.actions.map((x, i) => (i === a - 1 ? f(x) : x)) }));

/** The goals after the change and a one-line description, or a message why it cannot apply. */
function change(plan: Plan, c: Exclude<Change, LinkChange | { kind: 'find' }>): { goals: PlanGoal[]; summary: string } | string {
  const tooLong = (s: string) => s.length > MAX_TEXT && `That text is ${s.length} characters; the limit is ${MAX_TEXT}.`;
  switch (c.kind) {
    case 'edit_goal': {
      const goal = goalAt(plan, c.goal);
      if (typeof goal === 'string') return goal;
      if (tooLong(c.text)) return tooLong(c.text) as string;
      return { goals: mapGoal(plan, c.goal, (g) => ({ ...g, text: c.text })), summary: `Goal ${c.goal} changed from ${q(goal.text)} to ${q(c.text)}` };
    }
    case 'importance': {
      const goal = goalAt(plan, c.goal);
      if (typeof goal === 'string') return goal;
      return { goals: mapGoal(plan, c.goal, (g) => ({ ...g, importance: c.value })), summary: `Goal ${c.goal} importance set to ${c.value}/10` };
    }
    case 'remove_goal': {
      const goal = goalAt(plan, c.goal);
      if (typeof goal === 'string') return goal;
      return { goals: plan.goals.filter((_, i) => i !== c.goal - 1), summary: `Goal ${c.goal} removed (${q(goal.text)})` };
    }
    case 'add_goal': {
      if (tooLong(c.text)) return tooLong(c.text) as string;
      const goal: PlanGoal = {
        id: nextId(
          plan.goals.map((g) => g.id),
          'g',
        ),
        text: c.text,
        importance: null,
        actions: [],
      };
      return { goals: [...plan.goals, goal], summary: `Goal ${plan.goals.length + 1} added: ${q(c.text)}` };
    }
    case 'add_action': {
      const goal = goalAt(plan, c.goal);
      if (typeof goal === 'string') return goal;
      if (tooLong(c.what)) return tooLong(c.what) as string;
      return {
        goals: mapGoal(plan, c.goal, (g) => ({ ...g, actions: [...g.actions, newAction(g, c.what)] })),
        summary: `Action ${c.goal}.${goal.actions.length + 1} added: ${q(c.what)}`,
      };
    }
    default: {
      const found = actionAt(plan, c.goal, c.action);
      if (typeof found === 'string') return found;
      const ref = `Action ${c.goal}.${c.action}`;
      if (c.kind === 'remove_action')
        return {
          goals: mapGoal(plan, c.goal, (g) => ({ ...g, actions: g.actions.filter((_, i) => i !== c.action - 1) })),
          summary: `${ref} removed (${q(found.action.what)})`,
        };
      if (c.kind === 'rate')
        return {
          goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, intention: { ...a.intention, rating: c.rating } })),
          summary: `${ref} intention rated ${c.rating}/7`,
        };
      if (c.kind === 'confidence')
        return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, confidence: c.value })), summary: `${ref} confidence set to ${c.value}/10` };
      if (c.kind === 'status')
        return {
          goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, status: c.status })),
          summary: `${ref} status set to ${c.status.replace(/_/g, ' ')}`,
        };
      return editAction(plan, c, found.action, ref);
    }
  }
}

function editAction(plan: Plan, c: Extract<Change, { kind: 'edit_action' }>, action: PlanAction, ref: string): { goals: PlanGoal[]; summary: string } | string {
  const limit = c.field === 'when' ? 120 : MAX_TEXT;
  if (c.value.length > limit) return `That text is ${c.value.length} characters; the limit for “${c.field}” is ${limit}.`;
  if (c.field === 'who') {
    const who = /^(me|person|them|the person|patient)$/i.test(c.value)
      ? ({ kind: 'person' } as const)
      : /^(link ?worker|lw|you)$/i.test(c.value)
        ? ({ kind: 'link_worker' } as const)
        : null;
    if (!who) return '“who” can be `me` (the person) or `link worker`; a service is chosen by redrafting.';
    return {
      goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, who })),
      summary: `${ref} who changed to ${who.kind === 'person' ? 'the person' : 'the link worker'}`,
    };
  }
  if (c.field === 'intention') {
    if (!/^I intend to /i.test(c.value)) return 'An intention statement starts “I intend to …” (Target, Action, Context, Time).';
    return {
      goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, intention: { statement: c.value, rating: null } })),
      summary: `${ref} intention changed to ${q(c.value)} (rating cleared)`,
    };
  }
  if (c.field === 'when')
    return {
      goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, when: c.value })),
      summary: `${ref} when changed from ${q(action.when)} to ${q(c.value)}`,
    };
  return {
    goals: mapAction(plan, c.goal, c.action, (a) => rewordAction(plan, a, c.value)),
    summary: `${ref} changed from ${q(action.what)} to ${q(c.value)}; intention rewritten to match (rating cleared)`,
  };
}

/**
 * New wording for an action. If it no longer names the service the action used, the action stops
 * using it: it is no longer delivered by that service, its service-specific strategies and
 * schedule go, and the unused referral or signpost is then dropped by cohere(). The intention is
 * rewritten from the new wording, so it never promises the old action.
 */
function rewordAction(plan: Plan, a: PlanAction, what: string): PlanAction {
  const links: ResourceLink[] = [...plan.referrals, ...plan.signposts];
  const old = serviceOf(a, links);
  const keepsService = old !== null && what.toLowerCase().includes(old.name.toLowerCase());
  const intention = { statement: clip(`I intend to ${lowerFirst(what).replace(/[.!]+$/, '')} in the next two weeks.`, 400), rating: null };
  if (!old || keepsService) return { ...a, what, intention };
  return {
    ...a,
    what,
    intention,
    who: a.who.kind === 'service' ? (/\blink worker\b/i.test(what) ? { kind: 'link_worker' } : { kind: 'person' }) : a.who,
    supportedFirstAttendance: false,
    when: a.when.includes(' — ') ? 'In the next two weeks' : a.when,
    strategies: a.strategies.filter(
      (s) => !s.toLowerCase().includes(old.name.toLowerCase()) && !s.startsWith('Check:') && !/arranges the first contact/.test(s),
    ),
  };
}

/**
 * Applies one change, recording it; an approved plan goes back to draft. `found` is the last
 * directory search from chat, for the commands that use a result number.
 */
export function applyPlanChange(plan: Plan, c: Change, actor: Actor, found: readonly ResourceLink[] = []): EditResult {
  // A search changes nothing in the plan; the feature handles it before any change.
  if (c.kind === 'find') return fail('A directory search is not a plan change.');
  const r = isLinkChange(c) ? applyLinkChange(plan, c, found) : change(plan, c);
  if (typeof r === 'string') return fail(r);
  const changed: Plan = 'plan' in r ? r.plan : { ...plan, goals: r.goals };
  const { plan: coherent, dropped } = cohere(changed, plan);
  const droppedNote = dropped.map((d) => `; no action uses ${d.name} any more, so its ${d.kind} was removed`).join('');
  const wasApproved = plan.status === 'approved';
  const summary = `${r.summary}${droppedNote}${wasApproved ? ' — approval withdrawn, needs re-approval' : ''}`;
  const { approvedAt: _a, approvedBy: _b, approvedByName: _c, ...rest } = coherent;
  const next: Plan = {
    ...rest,
    status: 'draft',
    version: plan.version + 1,
    edits: [...plan.edits, { ...editBy(actor), change: clip(summary, 400) }],
  };
  const checked = planSchema.safeParse(next);
  if (!checked.success) return fail(`That change would make the plan invalid (${checked.error.issues[0]?.message ?? 'invalid'}).`);
  return { ok: true, plan: checked.data, summary };
}

export function approvePlan(plan: Plan, actor: Actor): EditResult {
  if (plan.status === 'approved') return { ok: false, message: `This plan (version ${plan.version}) is already approved.` };
  const next: Plan = {
    ...plan,
    status: 'approved',
    approvedBy: actor.by,
    ...(actor.name ? { approvedByName: actor.name.slice(0, 200) } : {}),
    approvedAt: actor.at,
    // Approval changes no content, so the version stays: "approved version 4" names what was approved.
    edits: [...plan.edits, { ...editBy(actor), change: `Approved version ${plan.version}` }],
  };
  return { ok: true, plan: planSchema.parse(next), summary: `Plan approved (version ${next.version}).` };
}

/** A fresh draft replaces the old one; the edit history and version count carry on. */
export function replaceWithRedraft(old: Plan, fresh: Plan, actor: Actor): Plan {
  const note = fresh.drafterNote ? ` (${fresh.drafterNote})` : '';
  return planSchema.parse({
    ...fresh,
    id: old.id,
    version: old.version + 1,
    edits: [...old.edits, { ...editBy(actor), change: clip(`Redrafted by the ${fresh.drafter} drafter${note}; earlier changes replaced`, 400) }],
  });
}
