import type { AssessmentState } from '../dialogs/engine/types';
import { NEED_AREAS } from '../dialogs/vocabulary';
import { barrierLabel, howBarrierIsAddressed, stepsForHbmBarriers, type BarrierStep } from './barrier-steps';
import type { ResourceSuggestion } from './directory/query';
import { actionsForGoal } from './draft-actions';
import { assignResourcesToGoals, needsForGoal } from './goal-resources';
import { planSchema, type Plan, type PlanGoal, type ResourceLink } from './model';
import { readPlanFacts, type PlanFacts } from './plan-input';
import { describeSupportStyle, type PlanInsight, type SupportStyle } from './support-style';

/**
 * The deterministic drafter: always available, pure, the default. Same input → same plan
 * (no clock, no randomness: `now` and `id` are inputs). The LLM drafter falls back to this.
 *
 * Signpost or referral — the rule: a service is a REFERRAL when the link worker will make the
 * contact and go along the first time, i.e. when the insight suggests structured support or
 * supported first attendance, when the person named anxiety about new places, or when they said
 * they would go "if someone came with me". Otherwise it is a SIGNPOST: the person is given the
 * contact details and follows up (PRSB: "signposting … is not a referral").
 */
export interface DraftInput {
  assessment: Pick<AssessmentState, 'id' | 'answers'>;
  insight: PlanInsight;
  /** From matchResources for this person, best first. Only these may appear in the plan. */
  suggestions: readonly ResourceSuggestion[];
  now: string;
  id: string;
}

export const REVIEW_AFTER_DAYS = 42;
/** Self-directed people get a couple of extra options to follow up themselves. */
const EXTRA_SIGNPOSTS_SELF_DIRECTED = 2;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const WANTS_COMPANY = /\b(someone|somebody|you|a friend|company)\b[^.]{0,20}\b(come|came|go|went|with me)\b/i;

export function reviewDateFrom(now: string, days = REVIEW_AFTER_DAYS): string {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error('draftPlan: `now` is not an ISO date');
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export function contactLine(r: ResourceSuggestion): string {
  const c = r.service.contact;
  const place = r.service.locations.find((l) => l.address || l.postcode);
  const where = place ? [place.name, place.address, place.postcode].filter(Boolean).join(', ') : '';
  return clip([c.phone, c.email, c.url, where].filter(Boolean).join(' · ') || 'No contact details published — check with the provider', 300);
}

const link = (r: ResourceSuggestion): ResourceLink => ({ serviceId: r.service.id, name: r.service.name, contact: contactLine(r), reasons: r.reasons.slice(0, 8) });

/** The person said "if someone came with me" in self-efficacy or barriers: go along the first time. */
export function wantsSupportedFirstAttendance(facts: PlanFacts, style: SupportStyle): boolean {
  const said = [facts.hbm.self_efficacy, facts.hbm.barriers].some((t) => t !== null && WANTS_COMPANY.test(t));
  return style.structuredSupport || style.supportedFirstAttendance || facts.barriers.includes('anxiety_new_places') || said;
}

function strengthsOf(f: PlanFacts): string[] {
  return [f.strengths, f.goodDay && `A good day: ${f.goodDay}`, f.people && `People who matter: ${f.people}`]
    .filter((x): x is string => Boolean(x))
    .map((x) => clip(x, 600));
}

function needsOf(f: PlanFacts): string[] {
  return [
    f.whatMatters && `What matters most: ${f.whatMatters}`,
    f.worries && `Worries: ${f.worries}`,
    f.needs.length > 0 && `Would like support with: ${f.needs.map((n) => NEED_AREAS[n].toLowerCase()).join(', ')}`,
  ]
    .filter((x): x is string => Boolean(x))
    .map((x) => clip(x, 600));
}

export function draftPlan(input: DraftInput): Plan {
  const facts = readPlanFacts(input.assessment);
  const style = input.insight.supportStyle;
  const supported = wantsSupportedFirstAttendance(facts, style);
  const goalsIn = facts.goals;
  const assigned = assignResourcesToGoals(goalsIn.map((g) => g.text), input.suggestions);
  const hbmSteps: BarrierStep[] = stepsForHbmBarriers(facts.hbm.barriers);

  const goals: PlanGoal[] = goalsIn.map((g, i) => ({
    id: `g${i + 1}`,
    text: clip(g.text, 400),
    importance: g.importance,
    actions: actionsForGoal({
      goal: g,
      goalIndex: i + 1,
      resource: assigned[i] ?? null,
      style,
      supported,
      barrierSteps: i === 0 ? hbmSteps : [],
      cue: i === 0 ? facts.hbm.cues : null,
      hbmBarrierText: i === 0 ? facts.hbm.barriers : null,
    }),
  }));

  const chosen = assigned.filter((r): r is ResourceSuggestion => r !== null);
  const extras = style.selfDirected && !supported
    ? input.suggestions
        .filter((s) => !chosen.includes(s) && (facts.needs.some((n) => s.service.needAreas.includes(n)) || goalsIn.some((g) => needsForGoal(g.text).some((n) => s.service.needAreas.includes(n)))))
        .slice(0, EXTRA_SIGNPOSTS_SELF_DIRECTED)
    : [];
  const barriers = [
    ...facts.barriers.map((b) => ({ barrier: barrierLabel(b), howAddressed: clip(howBarrierIsAddressed(b, chosen, supported), 400) })),
    // One entry for the person's own answer, in their words, with every step it led to.
    ...(hbmSteps.length ? [{ barrier: clip(`In their words: “${facts.hbm.barriers ?? ''}”`, 200), howAddressed: clip(hbmSteps.map((s) => s.step).join(' '), 400) }] : []),
  ];
  const referrals = supported ? chosen.map(link) : [];
  const signposts = supported ? [] : [...chosen, ...extras].map(link);
  const reviewDate = reviewDateFrom(input.now);
  const actionCount = goals.reduce((n, g) => n + g.actions.length, 0);

  const plan: Plan = {
    id: input.id,
    assessmentId: input.assessment.id,
    version: 1,
    status: 'draft',
    drafter: 'deterministic',
    strengths: strengthsOf(facts),
    needsAndConcerns: needsOf(facts),
    goals,
    barriers,
    signposts,
    referrals,
    supportStyle: describeSupportStyle(style, facts.barriers.includes('anxiety_new_places'), input.insight.locusOfControl?.suggestions),
    noActionsRequired: goals.length === 0,
    reviewDate,
    narrative: goals.length
      ? `Draft plan: ${goals.length} goal${goals.length > 1 ? 's' : ''} in the person's words, ${actionCount} action${actionCount > 1 ? 's' : ''}, ${referrals.length} referral${referrals.length === 1 ? '' : 's'} and ${signposts.length} signpost${signposts.length === 1 ? '' : 's'}. Review on ${reviewDate}.`
      : `No goals were agreed, so no actions are required. Review on ${reviewDate}.`,
    edits: [],
  };
  // The drafter's output is checked against the one plan model, so a bug cannot store a bad plan.
  return planSchema.parse(plan);
}
