import { z } from 'zod';
import { notice } from '../dialogs/engine/notice';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/consent';
import { planSchema } from '../plans/model';
import { ATTENDANCE_OUTCOMES, LINK_KINDS } from '../store/documents/attendance';
import { confirmedConcernSchema, insightSchema } from './prompt-data/insight';
import { progressSchema } from './prompt-data/progress';
import type { ReplyItem } from './reply';

/**
 * What each feature puts in a reply for the edge to render: one schema per feature, and the
 * reply item type is derived from them, so a feature cannot hand the edge data its card does not
 * expect. Replies are also stored and replayed (a retried activity gets the same reply), so the
 * edge checks the data again before drawing a card from it (parseFeaturePrompt).
 */
export const planCardDataSchema = z.object({
  plan: planSchema,
  assessmentId: z.string().min(1),
  /** Confirmed safeguarding concerns, shown to the link worker on the card (issue 16). */
  safeguarding: z.array(confirmedConcernSchema).optional(),
  /** After an edit only the changed part is shown: these goals (0-based) and/or the service lists. */
  focus: z.object({ goals: z.array(z.number().int().min(0)), links: z.boolean() }).optional(),
  /** First dates and "did they go?" answers per referral and signpost (issue 21). */
  attendance: z
    .array(z.object({ link: z.enum(LINK_KINDS), serviceId: z.string(), firstDate: z.string(), outcome: z.enum(ATTENDANCE_OUTCOMES).nullable() }))
    .optional(),
});
export type PlanFocus = NonNullable<PlanCardData['focus']>;
export type PlanCardData = z.infer<typeof planCardDataSchema>;

const exportLinkSchema = z.object({
  format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]),
  url: z.string(),
  filename: z.string(),
  expiresAt: z.string(),
});
const exportCardDataSchema = z.object({
  assessmentId: z.string().min(1),
  summary: z.string().nullable(),
  links: z.array(exportLinkSchema),
  /** Set when the letter can be sent to the practice through MESH (`send to gp`). */
  gpSend: z.object({ practice: z.string() }).optional(),
});
export type ExportCardData = z.infer<typeof exportCardDataSchema>;
export type ExportLinkItem = z.infer<typeof exportLinkSchema>;

/** The `caseload` card (issue 21): masked rows only — never a reference or free text. */
const caseloadCardDataSchema = z.object({
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
const attendanceCardDataSchema = z.object({
  assessmentId: z.string().min(1),
  questions: z.array(
    z.object({ link: z.enum(LINK_KINDS), index: z.number().int().min(1), serviceId: z.string().min(1), name: z.string().min(1), firstDate: z.string() }),
  ),
});
export type AttendanceCardData = z.infer<typeof attendanceCardDataSchema>;

/** Every feature that sends structured data to the edge, with the schema of that data. */
export const FEATURE_PROMPT_SCHEMAS = {
  insight: insightSchema,
  plan: planCardDataSchema,
  progress: progressSchema,
  export: exportCardDataSchema,
  caseload: caseloadCardDataSchema,
  attendance: attendanceCardDataSchema,
} as const;

export type FeaturePromptName = keyof typeof FEATURE_PROMPT_SCHEMAS;
export type FeaturePromptData = { [K in FeaturePromptName]: z.output<(typeof FEATURE_PROMPT_SCHEMAS)[K]> };
export type FeaturePrompt = { [K in FeaturePromptName]: { kind: 'feature'; feature: K; data: FeaturePromptData[K]; text: string } }[FeaturePromptName];

const promptOf = <K extends FeaturePromptName>(feature: K) =>
  z.object({ kind: z.literal('feature'), feature: z.literal(feature), data: FEATURE_PROMPT_SCHEMAS[feature], text: z.string() });

/** The one union: a reply item is a feature prompt only if its data passes that feature's schema. */
const featurePromptSchema = z.discriminatedUnion('feature', [
  promptOf('insight'),
  promptOf('plan'),
  promptOf('progress'),
  promptOf('export'),
  promptOf('caseload'),
  promptOf('attendance'),
]);

export type PromptCheck = { ok: true; prompt: FeaturePrompt } | { ok: false; message: string };

/**
 * Checks a feature prompt against its feature's schema. A refusal names the feature and the paths
 * that failed — never the values, which may be the person's words — so it can be shown and logged.
 */
export function parseFeaturePrompt(raw: unknown): PromptCheck {
  const parsed = featurePromptSchema.safeParse(raw);
  if (parsed.success) return { ok: true, prompt: parsed.data };
  const feature = (raw as { feature?: unknown } | null)?.feature;
  const name = typeof feature === 'string' && Object.hasOwn(FEATURE_PROMPT_SCHEMAS, feature) ? `The ${feature} card's data` : 'A card with no known feature';
  const where = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'the whole item'))].slice(0, 3).join(', ');
  return { ok: false, message: `${name} failed its check (at ${where})` };
}

/**
 * A feature's result before it reaches the commit: when any prompt in it fails its schema (a bug
 * in that feature), the whole result is refused — its state changes and events dropped — and the
 * link worker is told, so no half-built card is stored, replayed or committed alongside.
 */
export function refuseMalformedPrompts<R extends { items: ReplyItem[] }>(result: R): R | { items: ReplyItem[] } {
  for (const item of result.items) {
    if (item.kind !== 'feature') continue;
    const check = parseFeaturePrompt(item);
    if (!check.ok) return { items: [notice(`${check.message}, so it was not shown and nothing was changed. Please try again.`, 'error')] };
  }
  return result;
}
