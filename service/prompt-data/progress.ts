import { z } from 'zod';
import type { ProgressSummary } from '../../reports/progress';
import { ATTENDANCE_OUTCOMES } from '../../store/documents/attendance';
import { BETTER_WHEN, CHANGE_DIRECTION } from './scores';

const measure = z.object({
  measure: z.string(),
  label: z.string(),
  range: z.tuple([z.number(), z.number()]).nullable(),
  baselineValue: z.number().nullable(),
  latestValue: z.number().nullable(),
  direction: CHANGE_DIRECTION,
  betterWhen: BETTER_WHEN,
  summary: z.string(),
});
const goal = z.object({
  number: z.number().int().min(1),
  text: z.string(),
  status: z.string().nullable(),
  statusLabel: z.string(),
  confidenceBefore: z.number().nullable(),
  confidenceNow: z.number().nullable(),
  confidenceSummary: z.string().nullable(),
});

/** The progress card's data, built by reports/progress: baseline against the latest review. */
export const progressSchema: z.ZodType<ProgressSummary> = z.object({
  patient: z.string(),
  baselineDate: z.string(),
  latest: z.object({ date: z.string(), kind: z.enum(['review', 'discharge']), number: z.number().int() }).nullable(),
  measures: z.array(measure),
  goals: z.array(goal),
  sessions: z.object({ used: z.number().int().min(0), allowed: z.number().int().min(0) }),
  attendance: z
    .array(z.object({ link: z.enum(['referral', 'signpost']), name: z.string(), firstDate: z.string(), outcome: z.enum(ATTENDANCE_OUTCOMES).nullable() }))
    .optional(),
});
