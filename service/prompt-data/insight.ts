import { z } from 'zod';
import type { Insight } from '../../dialogs/insight';
import type { ConfirmedConcern } from '../../dialogs/safeguarding/concerns';
import { RISK_CATEGORY_IDS, type RiskCategory } from '../../dialogs/vocabulary';
import { GOAL_NUMBER, goalRulersSchema, hbmSchema, MHLC_SUBSCALES, scoreChangeSchema, scoresSchema, sourceSchema } from './scores';

/** A confirmed safeguarding concern as the insight and plan cards show it (issue 16). */
export const confirmedConcernSchema: z.ZodType<ConfirmedConcern> = z.object({
  categories: z.array(z.enum(RISK_CATEGORY_IDS as [RiskCategory, ...RiskCategory[]])),
  labels: z.array(z.string()),
  action: z.string(),
  at: z.string(),
});

const labelled = z.array(z.object({ id: z.string(), label: z.string() }));
const supportStyle = z.object({
  selfDirected: z.boolean(),
  structuredSupport: z.boolean(),
  quickWins: z.boolean(),
  supportedFirstAttendance: z.boolean(),
  agreeTogether: z.boolean(),
});
const wellbeingItem = z.object({
  key: z.enum(['life_satisfaction', 'worthwhile', 'happiness', 'anxiety']),
  label: z.string(),
  value: z.number().nullable(),
  bandLabel: z.string().nullable(),
  change: scoreChangeSchema.optional(),
});
const locusOfControl = z.object({
  subscales: z.array(
    z.object({
      key: MHLC_SUBSCALES,
      label: z.string(),
      sum: z.number(),
      level: z.enum(['above_midpoint', 'at_midpoint', 'below_midpoint']),
      meaning: z.string(),
    }),
  ),
  notScored: z.array(z.object({ key: MHLC_SUBSCALES, label: z.string(), missingItems: z.array(z.string()) })),
  profile: z.array(z.string()),
  suggestions: z.array(z.string()),
  supportStyle,
  rules: z.array(z.string()),
  caveat: z.string(),
});
const text = z.string().nullable();

/** The insight card's data, built by dialogs/insight from the scored answers. */
export const insightSchema: z.ZodType<Insight> = z.object({
  assessmentId: z.string().min(1),
  previousAssessmentId: z.string().nullable(),
  whatMattersMost: text,
  goodDay: text,
  people: text,
  strengths: text,
  worries: text,
  needs: labelled,
  barriers: labelled,
  wellbeing: z.array(wellbeingItem),
  loneliness: z.object({ uclaTotal: z.number().nullable(), directLabel: text, typeLabel: text, changes: z.array(scoreChangeSchema).optional() }),
  locusOfControl,
  supportStyle,
  goals: z.array(goalRulersSchema),
  motivationPrompts: z.array(
    z.object({ goalNumber: GOAL_NUMBER, goalText: z.string(), importance: z.number(), confidence: z.number(), prompts: z.array(z.string()) }),
  ),
  hbm: hbmSchema,
  changesSincePrevious: z.array(scoreChangeSchema).nullable(),
  sources: z.array(sourceSchema),
  scores: scoresSchema,
  safeguarding: z.array(confirmedConcernSchema),
});
