import type { GoalRulers } from '../dialogs/scoring';
import { FALLBACK_HBM_STEP, type BarrierStep } from './barrier-steps';
import type { ResourceSuggestion } from './directory/query';
import { scheduleWhen, serviceContext, serviceTarget, tactStatement } from './intention';
import type { PlanAction } from './model';
import type { SupportStyle } from './support-style';

/**
 * The actions for one goal. Shaped by the support style (supported vs self-led), by confidence
 * (≤ 5 on the ruler → a smaller first step before the main one), and, for goal 1 (the one the
 * Health Belief Model prompts were about), by the person's own barriers and cues.
 */

export const LOW_CONFIDENCE_MAX = 5;
const FIRST_VISIT = 'In the next two weeks';

export interface GoalActionContext {
  goal: GoalRulers;
  goalIndex: number;
  resource: ResourceSuggestion | null;
  style: SupportStyle;
  /** The link worker makes the contact and goes along the first time (referral). */
  supported: boolean;
  /** HBM steps and cue: only for goal 1. */
  barrierSteps: BarrierStep[];
  cue: string | null;
  hbmBarrierText: string | null;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const quote = (s: string) => `“${clip(s.trim(), 80)}”`;

function action(ctx: GoalActionContext, n: number, a: Omit<PlanAction, 'id' | 'status' | 'intention'> & { intention: string }): PlanAction {
  return {
    id: `g${ctx.goalIndex}.a${n}`,
    what: clip(a.what, 400),
    who: a.who,
    when: clip(a.when, 120),
    strategies: a.strategies.slice(0, 6).map((s) => clip(s, 300)),
    status: 'not_started',
    confidence: a.confidence,
    intention: { statement: a.intention, rating: null },
    supportedFirstAttendance: a.supportedFirstAttendance,
  };
}

/** Why the service was picked and what to check, from the matcher's reasons (kept short). */
function reasonStrategies(r: ResourceSuggestion): string[] {
  const checks = r.reasons.filter((x) => x.startsWith('Check:'));
  return checks.slice(0, 2);
}

function smallFirstStep(ctx: GoalActionContext, n: number): PlanAction {
  const { resource, supported, goal } = ctx;
  const why = goal.confidence !== null && goal.confidence <= LOW_CONFIDENCE_MAX
    ? `Confidence was ${goal.confidence}/10: a smaller step first, then build up.`
    : 'A quick win first, to show change is possible.';
  if (resource && supported)
    return action(ctx, n, {
      what: `Look at what ${resource.service.name} offers together with the link worker and choose a first session`,
      who: { kind: 'link_worker' },
      when: 'This week',
      strategies: [why],
      confidence: null,
      supportedFirstAttendance: false,
      intention: tactStatement({ action: 'look at what', target: `${resource.service.name} offers`, context: 'with my link worker', time: 'this week' }),
    });
  if (resource) {
    const how = resource.service.contact.phone ? 'Phone' : 'Look up';
    return action(ctx, n, {
      what: `${how} ${resource.service.name} to ask about a first session (details in signposts)`,
      who: { kind: 'person' },
      when: 'This week',
      strategies: [why],
      confidence: null,
      supportedFirstAttendance: false,
      intention: tactStatement({ action: how === 'Phone' ? 'phone' : 'look up', target: resource.service.name, context: 'to ask about a first session', time: 'this week' }),
    });
  }
  return action(ctx, n, {
    what: `Choose one small first step towards ${quote(goal.text)} with the link worker`,
    who: { kind: 'link_worker' },
    when: 'This week',
    strategies: [why],
    confidence: null,
    supportedFirstAttendance: false,
    intention: tactStatement({ action: 'choose', target: 'one small first step towards this goal', context: 'with my link worker', time: 'this week' }),
  });
}

function mainAction(ctx: GoalActionContext, n: number): PlanAction {
  const { resource, supported, style, goal } = ctx;
  const hbm = [...ctx.barrierSteps.map((b) => b.step), ...(ctx.hbmBarrierText && ctx.barrierSteps.length === 0 ? [FALLBACK_HBM_STEP] : [])];
  const cue = ctx.cue ? [`Reminder that works for them: ${quote(ctx.cue)}`] : [];
  if (!resource)
    return action(ctx, n, {
      what: `Find a local option for ${quote(goal.text)} and share the details at the next contact`,
      who: { kind: 'link_worker' },
      when: 'Before the next contact',
      strategies: [...hbm, ...cue, 'No matching service in the directory: search wider or ask colleagues.'],
      confidence: goal.confidence,
      supportedFirstAttendance: false,
      intention: tactStatement({ action: 'talk through', target: 'the options my link worker finds', context: 'for this goal', time: 'at our next contact' }),
    });
  const s = resource.service;
  if (supported)
    return action(ctx, n, {
      what: `Go to ${s.name} with the link worker for the first session (the link worker makes the referral)`,
      who: { kind: 'service', serviceId: s.id, name: s.name },
      when: scheduleWhen(s, FIRST_VISIT),
      strategies: [...hbm, ...cue, 'Link worker arranges the first visit and goes along.', ...reasonStrategies(resource)],
      confidence: goal.confidence,
      supportedFirstAttendance: true,
      intention: tactStatement({ action: 'go to', target: serviceTarget(s), context: serviceContext(s, true), time: 'in the next two weeks' }),
    });
  return action(ctx, n, {
    what: `Contact ${s.name} and go along (contact details given as a signpost)`,
    who: { kind: 'person' },
    when: scheduleWhen(s, FIRST_VISIT),
    strategies: [
      ...hbm,
      ...cue,
      ...(style.selfDirected ? ['Self-led: follow up independently; tell the link worker how it went at the review.'] : []),
      ...reasonStrategies(resource),
    ],
    confidence: goal.confidence,
    supportedFirstAttendance: false,
    intention: tactStatement({ action: 'go to', target: serviceTarget(s), context: serviceContext(s, false), time: 'in the next two weeks' }),
  });
}

export function actionsForGoal(ctx: GoalActionContext): PlanAction[] {
  const low = ctx.goal.confidence !== null && ctx.goal.confidence <= LOW_CONFIDENCE_MAX;
  const out: PlanAction[] = [];
  if (low || ctx.style.quickWins) out.push(smallFirstStep(ctx, out.length + 1));
  out.push(mainAction(ctx, out.length + 1));
  return out;
}
