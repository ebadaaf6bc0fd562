import type { AssessmentState } from '../dialogs/engine/types';
import { NEED_AREAS } from '../dialogs/vocabulary';
import { barrierLabel, howBarrierIsAddressed, stepsForHbmBarriers, type BarrierStep } from './barrier-steps';
import type { ResourceSuggestion } from './directory/query';
import { actionsForGoal } from './draft-actions';
import { assignResourcesToGoals } from './goal-resources';
import { planSchema, type Plan, type PlanGoal, type ResourceLink } from './model';
import { readPlanFacts, type PlanFacts } from './plan-input';
import { reachFor } from './reach';
import { ownWords, type SearchArea } from './resource-query';
import { describeSupportStyle, type PlanInsight, type SupportStyle } from './support-style';

/**
 * The deterministic drafter: always available, pure, the default. Same input → same plan
 * (no clock, no randomness: `now` and `id` are inputs). The LLM drafter falls back to this.
 *
 * Signpost or referral — decided PER GOAL: a goal's service is a REFERRAL when the link worker
 * will make the contact and go along the first time, i.e. when the insight suggests structured
 * support or supported first attendance, when the person said they would go "if someone came
 * with me" (not "I don't need someone to come with me"), or when anxiety about new places meets
 * a goal that means going somewhere in person. Otherwise it is a SIGNPOST: the person is given
 * the contact details and follows up (PRSB: "signposting … is not a referral"). Need areas no
 * goal covers get a signpost of their own when the directory holds one.
 */
export interface DraftInput {
  assessment: Pick<AssessmentState, 'id' | 'answers'>;
  insight: PlanInsight;
  /** From matchResources for this person, best first. Only these may appear in the plan. */
  suggestions: readonly ResourceSuggestion[];
  /** Where the suggestions were searched; said in the plan so the link worker can check it. */
  searchArea?: SearchArea;
  now: string;
  id: string;
}

export const REVIEW_AFTER_DAYS = 42;
/** Self-directed people get a couple of extra options to follow up themselves. */
const EXTRA_SIGNPOSTS_SELF_DIRECTED = 2;
/** A plan offers at least this many services when the directory has them in reach: a choice, not a single lead. */
export const MIN_OPTIONS = 3;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const WANTS_COMPANY = /\b(someone|somebody|you|a friend|company)\b[^.]{0,20}\b(come|came|go|went|with me)\b/i;
/** "I don't need someone to come with me" is the opposite of asking for company. */
const NEGATED_COMPANY =
  /\b(don'?t|do not|doesn'?t|does not|won'?t|no need|not)\b[^.]{0,20}\b(need|want|have)?\b[^.]{0,10}\b(someone|somebody|anyone|anybody|company|you)\b/i;

/** The person's words ask for someone to go with them (and do not say the opposite). */
export function asksForCompany(text: string | null): boolean {
  if (!text) return false;
  return text.split(/[.;!?\n]+/).some((sentence) => WANTS_COMPANY.test(sentence) && !NEGATED_COMPANY.test(sentence));
}

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

const link = (r: ResourceSuggestion): ResourceLink => ({
  serviceId: r.service.id,
  name: r.service.name,
  contact: contactLine(r),
  reasons: r.reasons.slice(0, 8),
});

const VISITED =
  /\b(come (round|over|to (me|my house|the house|see me))|call (round|in on me)|visit(s|ing)? me|(a |regular |home )visitors?|someone to visit|home visits?)\b/i;

/** The person asks for people to come to them, at home. */
export function asksToBeVisited(text: string): boolean {
  return VISITED.test(text);
}

/** The person said "if someone came with me" in self-efficacy or barriers: go along the first time. */
export function wantsSupportedFirstAttendance(facts: PlanFacts, style: SupportStyle): boolean {
  const said = [facts.hbm.self_efficacy, facts.hbm.barriers, facts.adjustments].some(asksForCompany);
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

/**
 * Supported first attendance is decided per goal: the person's style or words ask for it, or
 * anxiety about new places meets a goal that means going somewhere new in person. A goal met by
 * phone or at home does not need the link worker to go along.
 */
function supportedForGoal(everyGoal: boolean, facts: PlanFacts, goalText: string, r: ResourceSuggestion | null): boolean {
  if (!r) return false;
  if (everyGoal || asksForCompany(goalText)) return true;
  return facts.barriers.includes('anxiety_new_places') && r.mode === 'in_person';
}

/**
 * The suggestions in the matcher's order, except that a service with a stated fee (not a small
 * charge) comes after the rest. A signpost for a need no goal named, or an option added to give a
 * choice, is one the person can try for nothing where the directory holds one — as a link worker
 * would offer the NHS talking therapies before £35-a-session private counselling (round 6: a carer
 * who had said nothing about money was given the private one for her mental wellbeing need).
 */
export function feeLast(suggestions: readonly ResourceSuggestion[]): ResourceSuggestion[] {
  return [...suggestions.filter((s) => s.service.cost !== 'paid'), ...suggestions.filter((s) => s.service.cost === 'paid')];
}

export function draftPlan(input: DraftInput): Plan {
  const facts = readPlanFacts(input.assessment);
  const style = input.insight.supportStyle;
  // Style or the person's own words ask for company everywhere; anxiety alone is judged per goal.
  const everyGoal =
    style.structuredSupport || style.supportedFirstAttendance || [facts.hbm.self_efficacy, facts.hbm.barriers, facts.adjustments].some(asksForCompany);
  const goalsIn = facts.goals;
  const assigned = assignResourcesToGoals(
    goalsIn.map((g) => g.text),
    input.suggestions,
    facts.needs,
  );
  const supportedPerGoal = goalsIn.map((g, i) => supportedForGoal(everyGoal, facts, g.text, assigned[i] ?? null));
  const hbmSteps: BarrierStep[] = stepsForHbmBarriers(facts.hbm.barriers);
  const searched = input.searchArea?.summary ?? 'No directory search area was given.';

  const goals: PlanGoal[] = goalsIn.map((g, i) => ({
    id: `g${i + 1}`,
    text: clip(g.text, 400),
    importance: g.importance,
    actions: actionsForGoal({
      goal: g,
      goalIndex: i + 1,
      resource: assigned[i] ?? null,
      style,
      supported: supportedPerGoal[i] ?? false,
      barrierSteps: i === 0 ? hbmSteps : [],
      cue: i === 0 ? facts.hbm.cues : null,
      hbmBarrierText: i === 0 ? facts.hbm.barriers : null,
      searched,
    }),
  }));

  const chosen: ResourceSuggestion[] = [];
  assigned.forEach((r) => r && !chosen.includes(r) && chosen.push(r));
  // Every need area the person chose gets at least one signpost when the directory holds one.
  // Signposts and extras are picked from the suggestions with a stated fee last (feeLast).
  const byFee = feeLast(input.suggestions);
  const needSignposts: ResourceSuggestion[] = [];
  for (const need of facts.needs) {
    if ([...chosen, ...needSignposts].some((s) => s.service.needAreas.includes(need))) continue;
    const best = byFee.find((s) => s.service.needAreas.includes(need) && !chosen.includes(s) && !needSignposts.includes(s));
    if (best) needSignposts.push(best);
  }
  const offered = [...chosen, ...needSignposts];
  const wanted = Math.max(0, MIN_OPTIONS - offered.length) + (style.selfDirected && !everyGoal ? EXTRA_SIGNPOSTS_SELF_DIRECTED : 0);
  const reach = reachFor(facts.barriers, ownWords(facts));
  // Options added only to give a choice are of the kind the person asked for: someone with a
  // mobility barrier who asks for people to come to them ("write or come round", "a regular
  // visitor") is not handed a venue to get to just to fill the list.
  const noVenueExtras = facts.barriers.includes('mobility') && asksToBeVisited(ownWords(facts));
  const extras = byFee
    .filter((s) => !offered.includes(s) && facts.needs.some((n) => s.service.needAreas.includes(n)) && !(noVenueExtras && s.mode === 'in_person'))
    .slice(0, wanted);
  const barriers = [
    ...facts.barriers.map((b) => ({
      barrier: barrierLabel(b),
      howAddressed: clip(
        howBarrierIsAddressed(b, [...offered, ...extras], supportedPerGoal.some(Boolean), reach, input.searchArea?.paidIncluded === true),
        400,
      ),
    })),
    // One entry for the person's own answer, in their words, with every step it led to.
    ...(hbmSteps.length
      ? [{ barrier: clip(`In their words: “${facts.hbm.barriers ?? ''}”`, 200), howAddressed: clip(hbmSteps.map((s) => s.step).join(' '), 400) }]
      : []),
  ];
  const referred = new Set(chosen.filter((r) => assigned.some((a, i) => a === r && supportedPerGoal[i])));
  const referrals = chosen.filter((r) => referred.has(r)).map(link);
  const signposts = [...chosen.filter((r) => !referred.has(r)), ...needSignposts, ...extras].map(link);
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
    narrative: clip(
      `${
        goals.length
          ? `Draft plan: ${goals.length} goal${goals.length > 1 ? 's' : ''} in the person's words, ${actionCount} action${actionCount > 1 ? 's' : ''}, ${referrals.length} referral${referrals.length === 1 ? '' : 's'} and ${signposts.length} signpost${signposts.length === 1 ? '' : 's'}. Review on ${reviewDate}.`
          : `No goals were agreed, so no actions are required. Review on ${reviewDate}.`
      }${input.searchArea ? ` ${input.searchArea.summary}` : ''}`,
      4000,
    ),
    ...(input.searchArea
      ? {
          searchArea: {
            ...input.searchArea,
            typed: input.searchArea.typed && clip(input.searchArea.typed, 200),
            place: input.searchArea.place && clip(input.searchArea.place, 200),
            summary: clip(input.searchArea.summary, 400),
          },
        }
      : {}),
    edits: [],
  };
  // The drafter's output is checked against the one plan model, so a bug cannot store a bad plan.
  return planSchema.parse(plan);
}
