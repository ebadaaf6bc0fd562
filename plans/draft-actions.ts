import type { GoalRulers } from '../dialogs/scoring';
import { FALLBACK_HBM_STEP, NERVES_THEME, NOTHING_IN_THE_WAY, type BarrierStep } from './barrier-steps';
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
  /** Where the directory was searched, for an honest "nothing in reach" (SearchArea.summary). */
  searched: string;
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

/** How the person takes part, as the matcher found it usable (a home visit reads like a call: they arrange it). */
type Mode = 'in_person' | 'phone' | 'online';
function modeOf(r: ResourceSuggestion): Mode {
  return r.mode === 'home_visit' ? 'phone' : r.mode;
}

function smallFirstStep(ctx: GoalActionContext, n: number): PlanAction {
  const { resource, supported, goal } = ctx;
  const why =
    goal.confidence !== null && goal.confidence <= LOW_CONFIDENCE_MAX
      ? `Confidence was ${goal.confidence}/10: a smaller step first, then build up.`
      : 'A quick win first, to show change is possible.';
  const step = (what: string, who: PlanAction['who'], intention: Parameters<typeof tactStatement>[0]) =>
    action(ctx, n, { what, who, when: 'This week', strategies: [why], confidence: null, supportedFirstAttendance: false, intention: tactStatement(intention) });
  if (!resource)
    return step(
      `Choose one small first step towards ${quote(goal.text)} with the link worker`,
      { kind: 'link_worker' },
      { action: 'choose', target: 'one small first step towards this goal', context: 'with my link worker', time: 'this week' },
    );
  const name = resource.service.name;
  if (supported)
    return step(
      `Look at what ${name} offers together with the link worker and choose a first session`,
      { kind: 'link_worker' },
      { action: 'look at what', target: `${name} offers`, context: 'with my link worker', time: 'this week' },
    );
  switch (modeOf(resource)) {
    case 'in_person':
      return resource.service.contact.phone
        ? step(
            `Phone ${name} to ask about a first session (details in signposts)`,
            { kind: 'person' },
            { action: 'phone', target: name, context: 'to ask about a first session', time: 'this week' },
          )
        : step(
            `Look up ${name} and pick a first session (details in signposts)`,
            { kind: 'person' },
            { action: 'look up', target: name, context: 'and pick a first session', time: 'this week' },
          );
    case 'phone':
      return step(
        `Write down two questions for ${name} and choose a time to call`,
        { kind: 'person' },
        { action: 'write down', target: `two questions for ${name}`, context: 'and choose a time to call', time: 'this week' },
      );
    case 'online':
      return step(
        `Look at ${name} online and choose a first session`,
        { kind: 'person' },
        { action: 'look at', target: name, context: 'online and choose a first session', time: 'this week' },
      );
  }
}

function mainAction(ctx: GoalActionContext, n: number): PlanAction {
  const { resource, supported, style, goal } = ctx;
  // When the link worker goes along anyway, "arrange someone to go with them" is already the plan.
  const steps = ctx.barrierSteps.filter((b) => !(supported && b.theme === NERVES_THEME)).map((b) => b.step);
  const hbm = [...steps, ...(ctx.hbmBarrierText && ctx.barrierSteps.length === 0 && !NOTHING_IN_THE_WAY.test(ctx.hbmBarrierText) ? [FALLBACK_HBM_STEP] : [])];
  const cue = ctx.cue ? [`Reminder that works for them: ${quote(ctx.cue)}`] : [];
  if (!resource)
    return action(ctx, n, {
      what: `Find a local option for ${quote(goal.text)} and share the details at the next contact`,
      who: { kind: 'link_worker' },
      when: 'Before the next contact',
      strategies: [
        ...hbm,
        ...cue,
        `Nothing in reach for this in the directory. ${ctx.searched}`.slice(0, 300),
        'Search wider or ask colleagues, and share what you find at the next contact.',
      ],
      confidence: goal.confidence,
      supportedFirstAttendance: false,
      intention: tactStatement({ action: 'talk through', target: 'the options my link worker finds', context: 'for this goal', time: 'at our next contact' }),
    });
  const s = resource.service;
  const mode = modeOf(resource);
  const verb = mode === 'in_person' ? 'go to' : mode === 'phone' ? 'phone' : 'join';
  const how = mode === 'online' ? 'online' : '';
  if (supported)
    return action(ctx, n, {
      what:
        mode === 'in_person'
          ? `Go to ${s.name} with the link worker for the first session (the link worker makes the referral)`
          : resource.mode === 'home_visit'
            ? `The link worker refers the person to ${s.name} and arranges the first home visit`
            : `${mode === 'phone' ? 'Make the first call to' : 'Join the first session of'} ${s.name} with the link worker (the link worker makes the referral)`,
      who: { kind: 'service', serviceId: s.id, name: s.name },
      when: scheduleWhen(s, FIRST_VISIT),
      strategies: [...hbm, ...cue, 'Link worker arranges the first contact and takes part in it.', ...reasonStrategies(resource)],
      confidence: goal.confidence,
      supportedFirstAttendance: true,
      intention: tactStatement({
        action: verb,
        target: serviceTarget(s),
        context: [how, serviceContext(s, true, mode === 'in_person')].filter(Boolean).join(' '),
        time: 'in the next two weeks',
      }),
    });
  return action(ctx, n, {
    what:
      resource.mode === 'home_visit'
        ? `Contact ${s.name} to arrange a first home visit (contact details given as a signpost)`
        : mode === 'in_person'
          ? `Contact ${s.name} and go along (contact details given as a signpost)`
          : `${mode === 'phone' ? 'Phone' : 'Join'} ${s.name}${how ? ' online' : ''} (contact details given as a signpost)`,
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
    intention: tactStatement({
      action: verb,
      target: serviceTarget(s),
      context: [how, serviceContext(s, false, mode === 'in_person')].filter(Boolean).join(' '),
      time: 'in the next two weeks',
    }),
  });
}

export function actionsForGoal(ctx: GoalActionContext): PlanAction[] {
  const low = ctx.goal.confidence !== null && ctx.goal.confidence <= LOW_CONFIDENCE_MAX;
  const out: PlanAction[] = [];
  if (low || ctx.style.quickWins) out.push(smallFirstStep(ctx, out.length + 1));
  out.push(mainAction(ctx, out.length + 1));
  return out;
}
