import { z } from 'zod';

/**
 * The care and support plan, shaped after the PRSB Social Prescribing Information Standard v1.1
 * "Care and support plan" section (shared/reference/gp-record.md). Importance and confidence are
 * stored 1–10 as the standard does. This is the one plan model the drafters produce, the link
 * worker edits and approves, and every export reads.
 */

const score10 = z.number().int().min(1).max(10);

export const actionOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person') }),
  z.object({ kind: z.literal('link_worker') }),
  /** A named service from the directory: serviceId must exist in the directory. */
  z.object({ kind: z.literal('service'), serviceId: z.string().min(1), name: z.string().min(1) }),
]);

/** Theory of Planned Behaviour intention (TACT: Target, Action, Context, Time) — TPB-informed, not a validated scale. */
export const intentionSchema = z.object({
  statement: z.string().min(1).max(400),
  /** 1 strongly disagree – 7 strongly agree; null until the person rates it. */
  rating: z.number().int().min(1).max(7).nullable(),
});

export const planActionSchema = z.object({
  id: z.string().min(1),
  what: z.string().min(1).max(400),
  who: actionOwnerSchema,
  when: z.string().min(1).max(120),
  strategies: z.array(z.string().min(1).max(300)).max(6),
  status: z.enum(['not_started', 'in_progress', 'done', 'no_longer_needed']),
  confidence: score10.nullable(),
  intention: intentionSchema,
  /** The link worker goes along the first time (recorded per resource). */
  supportedFirstAttendance: z.boolean(),
});

export const planGoalSchema = z.object({
  id: z.string().min(1),
  /** In the person's own words. */
  text: z.string().min(1).max(400),
  importance: score10.nullable(),
  actions: z.array(planActionSchema),
  /** How the goal had gone at the last review (set when a review builds on this plan). */
  progress: z.enum(['achieved', 'partly', 'not_yet', 'no_longer_relevant']).optional(),
});

export const barrierPlanSchema = z.object({
  barrier: z.string().min(1).max(200),
  howAddressed: z.string().min(1).max(400),
});

/** Signposting is giving contact details; a referral is passing the person on. Recorded apart. */
export const resourceLinkSchema = z.object({
  serviceId: z.string().min(1),
  name: z.string().min(1),
  contact: z.string().max(300),
  reasons: z.array(z.string()).max(8),
});

export const planSchema = z.object({
  id: z.string().min(1),
  assessmentId: z.string().min(1),
  version: z.number().int().min(1),
  status: z.enum(['draft', 'approved']),
  drafter: z.enum(['deterministic', 'llm']),
  /** Why the LLM draft was not used, when it fell back. */
  drafterNote: z.string().max(400).optional(),
  strengths: z.array(z.string().min(1).max(600)),
  needsAndConcerns: z.array(z.string().min(1).max(600)),
  goals: z.array(planGoalSchema),
  barriers: z.array(barrierPlanSchema),
  signposts: z.array(resourceLinkSchema),
  referrals: z.array(resourceLinkSchema),
  /** Free text shown to the link worker about support style (from the locus-of-control insight). */
  supportStyle: z.array(z.string().max(400)),
  noActionsRequired: z.boolean(),
  /** What the service asks of the GP (`ask gp …`); absent = no action needed. Shown on page 1 of the letter. */
  gpRequest: z.string().min(1).max(400).optional(),
  reviewDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  narrative: z.string().max(4000).optional(),
  /**
   * Where services were searched (issue 15, optional so older plans still read): the place the
   * area answer resolved to and the in-person radius, or why distance could not be used.
   */
  searchArea: z
    .object({
      typed: z.string().max(200).nullable(),
      place: z.string().max(200).nullable(),
      radiusKm: z.number().min(0),
      inPerson: z.boolean(),
      summary: z.string().max(400),
      /** `include paid`: the link worker widened a cost barrier's free-only rule (who and when: edits). */
      paidIncluded: z.boolean().optional(),
    })
    .optional(),
  /** The approver's Entra object id (attribution); approvedByName is what people read. */
  approvedBy: z.string().optional(),
  approvedByName: z.string().max(200).optional(),
  approvedAt: z.string().optional(),
  /** The approved plan this one continues (a review builds on the agreed plan). */
  basedOn: z.object({ assessmentId: z.string(), planId: z.string(), version: z.number().int(), approvedAt: z.string().optional() }).optional(),
  /** Every edit, attributable: who changed what and when. */
  edits: z.array(z.object({ at: z.string(), by: z.string(), byName: z.string().max(200).optional(), change: z.string().max(400) })),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanGoal = z.infer<typeof planGoalSchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type ActionOwner = z.infer<typeof actionOwnerSchema>;
export type ResourceLink = z.infer<typeof resourceLinkSchema>;
