import { z } from 'zod';
import type { Insight } from '../dialogs/insight';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/consent';
import { planSchema } from '../plans/model';
import { RISK_CATEGORY_IDS, type RiskCategory } from '../dialogs/vocabulary';
import type { ProgressSummary } from '../reports/progress';

/**
 * What each feature puts in a reply for the edge to render, keyed by feature. Replies are stored
 * and replayed (a retried activity gets the same reply), so the data a card renderer reads is
 * checked against its schema first where one is defined here.
 */
const confirmedConcernSchema = z.object({
  categories: z.array(z.enum(RISK_CATEGORY_IDS as [RiskCategory, ...RiskCategory[]])),
  labels: z.array(z.string()),
  action: z.string(),
  at: z.string(),
});
export const planCardDataSchema = z.object({
  plan: planSchema,
  assessmentId: z.string().min(1),
  /** Confirmed safeguarding concerns, shown to the link worker on the card (issue 16). */
  safeguarding: z.array(confirmedConcernSchema).optional(),
  /** After an edit only the changed part is shown: these goals (0-based) and/or the service lists. */
  focus: z.object({ goals: z.array(z.number().int().min(0)), links: z.boolean() }).optional(),
  /** First dates and "did they go?" answers per referral and signpost (issue 21). */
  attendance: z
    .array(
      z.object({
        link: z.enum(['referral', 'signpost']),
        serviceId: z.string(),
        firstDate: z.string(),
        outcome: z.enum(['attended', 'did_not_attend', 'not_yet', 'declined']).nullable(),
      }),
    )
    .optional(),
});
export type PlanFocus = NonNullable<PlanCardData['focus']>;
export type PlanCardData = z.infer<typeof planCardDataSchema>;

export const exportCardDataSchema = z.object({
  assessmentId: z.string().min(1),
  summary: z.string().nullable(),
  links: z.array(
    z.object({ format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]), url: z.string(), filename: z.string(), expiresAt: z.string() }),
  ),
  /** Set when the letter can be sent to the practice through MESH (`send to gp`). */
  gpSend: z.object({ practice: z.string() }).optional(),
});
export type ExportCardData = z.infer<typeof exportCardDataSchema>;
export type ExportLinkItem = ExportCardData['links'][number];

/** The `caseload` card (issue 21): masked rows only — never a reference or free text. */
export const caseloadCardDataSchema = z.object({
  title: z.string(),
  filter: z.enum(['all', 'due', 'cap']),
  total: z.number().int().min(0),
  rows: z.array(
    z.object({
      masked: z.string(),
      openId: z.string().min(1),
      status: z.string(),
      statusLabel: z.string(),
      detail: z.string(),
      sessions: z.object({ used: z.number().int(), allowed: z.number().int() }),
      reviewDate: z.string().nullable(),
      next: z.object({ what: z.string(), due: z.string().nullable() }).nullable(),
      supervision: z.boolean(),
    }),
  ),
});
export type CaseloadCardData = z.infer<typeof caseloadCardDataSchema>;
/** "Did they go?" (issue 21): the referrals and signposts whose first date has passed, unanswered. */
export const attendanceCardDataSchema = z.object({
  assessmentId: z.string().min(1),
  questions: z.array(
    z.object({
      link: z.enum(['referral', 'signpost']),
      index: z.number().int().min(1),
      serviceId: z.string().min(1),
      name: z.string().min(1),
      firstDate: z.string(),
    }),
  ),
});
export type AttendanceCardData = z.infer<typeof attendanceCardDataSchema>;

export interface FeaturePromptData {
  /** Built by dialogs/insight from the scored answers (compile-time type; no runtime schema yet). */
  insight: Insight;
  plan: PlanCardData;
  /** Built by reports/progress (compile-time type; no runtime schema yet). */
  progress: ProgressSummary;
  export: ExportCardData;
  caseload: CaseloadCardData;
  attendance: AttendanceCardData;
}
export type FeaturePromptName = keyof FeaturePromptData;

/** Runtime schemas for the data a card is rendered from, where the shape is owned here. */
export const FEATURE_PROMPT_SCHEMAS: { [K in FeaturePromptName]?: z.ZodType<FeaturePromptData[K]> } = {
  plan: planCardDataSchema,
  export: exportCardDataSchema,
  caseload: caseloadCardDataSchema,
  attendance: attendanceCardDataSchema,
};

export type FeaturePrompt = { [K in FeaturePromptName]: { kind: 'feature'; feature: K; data: FeaturePromptData[K]; text: string } }[FeaturePromptName];
