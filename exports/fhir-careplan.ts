import type { Plan, PlanAction } from '../plans/model';
import { cleanFreeText } from './document';
import type { FhirContext } from './fhir-resources';
import type { CarePlan, CarePlanActivity, Goal, ServiceRequest } from '@medplum/fhirtypes';
import { profile, ref, type WithId } from './fhir-support';
import { approvalWords, ownerLabel } from './sections-plan';
import { codeFor } from './terminology';
import { agreedNarrative } from './sections-plan';

/**
 * CarePlan (UK Core) with base R4 Goals (there is no UK Core Goal).
 *
 * Importance and confidence (PRSB, 1–10) have no home in base FHIR: Goal.priority is a
 * three-value code (high/medium/low) and mapping 1–10 onto it would invent a banding nobody
 * validated. So each is carried unchanged as an integer extension (goal-importance on Goal,
 * action-confidence on CarePlan.activity.detail) and also stated in Goal.note / the narrative.
 */

type ActivityStatus = NonNullable<CarePlanActivity['detail']>['status'];
const ACTIVITY_STATUS: Record<PlanAction['status'], ActivityStatus> = {
  not_started: 'not-started',
  in_progress: 'in-progress',
  done: 'completed',
  no_longer_needed: 'cancelled',
};

function goalResource(ctx: FhirContext, goal: Plan['goals'][number], index: number): WithId<Goal> {
  return {
    resourceType: 'Goal',
    id: ctx.id(`goal-${index}`),
    ...(goal.importance !== null ? { extension: [{ url: ctx.uris.goalImportance, valueInteger: goal.importance }] } : {}),
    lifecycleStatus: 'active',
    description: { text: cleanFreeText(goal.text) },
    subject: ref(ctx.patient),
    expressedBy: ref(ctx.patient),
    ...(goal.importance !== null ? { note: [{ text: `Importance to the person: ${goal.importance}/10 (PRSB 1-10 scale)` }] } : {}),
  };
}

function actionActivity(ctx: FhirContext, action: PlanAction, goal: WithId<Goal>): CarePlanActivity {
  const performer = action.who.kind === 'person' ? [ref(ctx.patient)] : [{ display: ownerLabel(action.who) }];
  return {
    detail: {
      ...(action.confidence !== null ? { extension: [{ url: ctx.uris.actionConfidence, valueInteger: action.confidence }] } : {}),
      goal: [ref(goal)],
      status: ACTIVITY_STATUS[action.status],
      scheduledString: cleanFreeText(action.when),
      performer,
      description: cleanFreeText(action.what),
    },
  };
}

/**
 * The planned review as a *scheduled* activity: in FHIR a coded activity with status
 * "scheduled" and a future date means a review that is planned, which is true. The text and
 * the letter never print this code beside the date (someone entering it would record a review
 * that has not happened).
 */
function reviewActivity(plan: Plan): CarePlanActivity {
  const code = codeFor('care_plan_review');
  return {
    detail: {
      ...(code ? { code: { coding: [code], text: 'Review of care plan' } } : {}),
      status: 'scheduled',
      scheduledPeriod: { start: plan.reviewDate },
      description: `Review of the care and support plan due ${plan.reviewDate}`,
    },
  };
}

export function carePlanResources(
  ctx: FhirContext,
  plan: Plan,
  referrals: Array<WithId<ServiceRequest>>,
  codesOnly: boolean,
): { carePlan: WithId<CarePlan>; goals: Array<WithId<Goal>> } {
  const base: WithId<CarePlan> = {
    resourceType: 'CarePlan',
    id: ctx.id('careplan'),
    meta: profile('CarePlan'),
    identifier: [{ system: ctx.uris.planId, value: `${plan.id}/v${plan.version}` }],
    status: 'active',
    intent: 'plan',
    subject: ref(ctx.patient),
    ...(plan.approvedAt ? { created: plan.approvedAt } : {}),
    author: ref(ctx.service, ctx.doc.serviceName),
  };
  // Who approved this version, by name: an Annotation's authorString (the approver need not be the sender).
  const approval =
    plan.status === 'approved' && plan.approvedAt
      ? [
          {
            ...(plan.approvedByName ? { authorString: cleanFreeText(plan.approvedByName) } : {}),
            time: plan.approvedAt,
            text: `Plan version ${plan.version} ${approvalWords(plan)}.`,
          },
        ]
      : [];
  // Codes only: no goals, actions or notes (all free text) — just the coded review.
  if (codesOnly) return { carePlan: { ...base, activity: [reviewActivity(plan)], ...(approval.length ? { note: approval } : {}) }, goals: [] };
  const goals = plan.goals.map((g, i) => goalResource(ctx, g, i));
  const activity: CarePlanActivity[] = [
    ...plan.goals.flatMap((g, i) => g.actions.map((a) => actionActivity(ctx, a, goals[i]!))),
    ...plan.signposts.map(
      (s): CarePlanActivity => ({
        detail: {
          status: 'completed',
          description: `Signposted to ${cleanFreeText(s.name)} (contact details given; not a referral)${s.contact ? `: ${cleanFreeText(s.contact)}` : ''}`,
        },
      }),
    ),
    ...referrals.map((r) => ({ reference: ref(r) })),
    reviewActivity(plan),
  ];
  const notes = [
    ...plan.strengths.map((s) => `Strength: ${cleanFreeText(s)}`),
    ...plan.needsAndConcerns.map((n) => `Need or concern: ${cleanFreeText(n)}`),
    ...plan.barriers.map((b) => `Barrier: ${cleanFreeText(b.barrier)} - ${cleanFreeText(b.howAddressed)}`),
    ...(plan.noActionsRequired ? ['No actions required.'] : []),
  ];
  const narrativeText = agreedNarrative(plan);
  return {
    carePlan: {
      ...base,
      title: 'Social prescribing care and support plan',
      ...(narrativeText ? { description: narrativeText } : {}),
      goal: goals.map((g) => ref(g)),
      activity,
      ...(notes.length || approval.length ? { note: [...approval, ...notes.map((text) => ({ text }))] } : {}),
    },
    goals,
  };
}
