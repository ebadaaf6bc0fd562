import { planSchema, type Plan, type PlanAction, type PlanGoal } from './model';
import type { PlanCommand } from './plan-commands';

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
}

type Change = Exclude<PlanCommand, { kind: 'show' | 'help' | 'redraft' | 'approve' }>;

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
    id: nextId(goal.actions.map((a) => a.id), `${goal.id}.a`),
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
function change(plan: Plan, c: Change): { goals: PlanGoal[]; summary: string } | string {
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
      const goal: PlanGoal = { id: nextId(plan.goals.map((g) => g.id), 'g'), text: c.text, importance: null, actions: [] };
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
        return { goals: mapGoal(plan, c.goal, (g) => ({ ...g, actions: g.actions.filter((_, i) => i !== c.action - 1) })), summary: `${ref} removed (${q(found.action.what)})` };
      if (c.kind === 'rate')
        return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, intention: { ...a.intention, rating: c.rating } })), summary: `${ref} intention rated ${c.rating}/7` };
      if (c.kind === 'confidence') return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, confidence: c.value })), summary: `${ref} confidence set to ${c.value}/10` };
      if (c.kind === 'status') return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, status: c.status })), summary: `${ref} status set to ${c.status.replace(/_/g, ' ')}` };
      return editAction(plan, c, found.action, ref);
    }
  }
}

function editAction(plan: Plan, c: Extract<Change, { kind: 'edit_action' }>, action: PlanAction, ref: string): { goals: PlanGoal[]; summary: string } | string {
  const limit = c.field === 'when' ? 120 : MAX_TEXT;
  if (c.value.length > limit) return `That text is ${c.value.length} characters; the limit for “${c.field}” is ${limit}.`;
  if (c.field === 'who') {
    const who = /^(me|person|them|the person|patient)$/i.test(c.value) ? ({ kind: 'person' } as const) : /^(link ?worker|lw|you)$/i.test(c.value) ? ({ kind: 'link_worker' } as const) : null;
    if (!who) return '“who” can be `me` (the person) or `link worker`; a service is chosen by redrafting.';
    return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, who })), summary: `${ref} who changed to ${who.kind === 'person' ? 'the person' : 'the link worker'}` };
  }
  if (c.field === 'intention') {
    if (!/^I intend to /i.test(c.value)) return 'An intention statement starts “I intend to …” (Target, Action, Context, Time).';
    return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, intention: { statement: c.value, rating: null } })), summary: `${ref} intention changed to ${q(c.value)} (rating cleared)` };
  }
  const before = action[c.field];
  return { goals: mapAction(plan, c.goal, c.action, (a) => ({ ...a, [c.field]: c.value })), summary: `${ref} ${c.field} changed from ${q(before)} to ${q(c.value)}` };
}

/** Applies one change, recording it; an approved plan goes back to draft. */
export function applyPlanChange(plan: Plan, c: Change, actor: Actor): EditResult {
  const r = change(plan, c);
  if (typeof r === 'string') return fail(r);
  const wasApproved = plan.status === 'approved';
  const summary = wasApproved ? `${r.summary} — approval withdrawn, needs re-approval` : r.summary;
  const { approvedAt: _a, approvedBy: _b, ...rest } = plan;
  const next: Plan = {
    ...rest,
    goals: r.goals,
    status: 'draft',
    version: plan.version + 1,
    noActionsRequired: r.goals.every((g) => g.actions.length === 0),
    edits: [...plan.edits, { at: actor.at, by: actor.by, change: clip(summary, 400) }],
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
    approvedAt: actor.at,
    // Approval changes no content, so the version stays: "approved version 4" names what was approved.
    edits: [...plan.edits, { at: actor.at, by: actor.by, change: `Approved version ${plan.version}` }],
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
    edits: [...old.edits, { at: actor.at, by: actor.by, change: clip(`Redrafted by the ${fresh.drafter} drafter${note}; earlier changes replaced`, 400) }],
  });
}
