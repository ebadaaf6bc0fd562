import { z } from 'zod';
import { planSchema } from '../../plans/model';
import { dischargeSlotSchema } from '../../reports/caseload/discharge';
import { reviewLinkSchema } from '../../reports/review-link';
import { attendanceSlotSchema } from './attendance';
import { exportSlotSchema, foundSchema, placePendingSchema } from './feature-records';
import { defineDocument, type DocumentType } from './versioned';

/**
 * Each feature keeps its records in its own slot of the assessment document (`features.<name>`).
 * Every slot is a versioned document of its own, so a feature can change its shape with a named
 * migration here without touching the assessment's. The features read the same schemas.
 */

/** Slot v1 is the shape written before versions existed: the migration only introduces the number. */
const versionIntroduced = { name: 'introduce schemaVersion (shape unchanged)', from: 0, up: (doc: Record<string, unknown>) => doc };

export const sessionRecordSchema = z.object({
  date: z.string(),
  method: z.enum(['phone', 'video', 'face_to_face']),
  minutes: z.number().int().min(1).max(600),
  summary: z.string().max(1000),
  by: z.string(),
});
const sessionReviewSchema = z.object({
  at: z.string(),
  by: z.string(),
  decision: z.enum(['extension', 'onward_referral', 'planned_exit']),
  extraSessions: z.number().int().min(0).max(52),
  detail: z.string().max(1000),
});
export const sessionsSlotSchema = z.object({ contacts: z.array(sessionRecordSchema), reviews: z.array(sessionReviewSchema) });
export type SessionsSlot = z.infer<typeof sessionsSlotSchema>;

export const supervisionSlotSchema = z.object({
  flagged: z.boolean(),
  notes: z.array(z.object({ at: z.string(), note: z.string().max(2000) })),
  discussedAt: z.string().optional(),
});
export type SupervisionSlot = z.infer<typeof supervisionSlotSchema>;

export const FEATURE_SLOTS: Readonly<Record<string, DocumentType<unknown>>> = {
  plan: defineDocument({ kind: 'plan', version: 1, schema: planSchema, migrations: [versionIntroduced] }),
  sessions: defineDocument({ kind: 'sessions', version: 1, schema: sessionsSlotSchema, migrations: [versionIntroduced] }),
  supervision: defineDocument({ kind: 'supervision', version: 1, schema: supervisionSlotSchema, migrations: [versionIntroduced] }),
  review: defineDocument({ kind: 'review link', version: 1, schema: reviewLinkSchema, migrations: [versionIntroduced] }),
  // Added this round (issues 15, 17, 18); no document was stored before them, so v1 from the start.
  export: defineDocument({ kind: 'export record', version: 1, schema: exportSlotSchema, migrations: [versionIntroduced] }),
  place: defineDocument({ kind: 'place question', version: 1, schema: placePendingSchema, migrations: [versionIntroduced] }),
  plan_search: defineDocument({ kind: 'plan search results', version: 1, schema: foundSchema, migrations: [versionIntroduced] }),
  // Issue 21: the discharge that closes a caseload entry (reason from a fixed list, the link worker's note).
  discharge: defineDocument({ kind: 'discharge', version: 1, schema: dischargeSlotSchema, migrations: [versionIntroduced] }),
  // Issue 21: first dates, "did they go?" answers and the agreed follow-up (store/documents/attendance.ts).
  attendance: defineDocument({ kind: 'attendance', version: 1, schema: attendanceSlotSchema, migrations: [versionIntroduced] }),
};
