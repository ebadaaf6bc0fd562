import { z } from 'zod';
import { resourceLinkSchema } from '../../plans/model';

/**
 * The schemas of the feature records added this round (issues 15, 17, 18), kept in the store layer
 * so the stored-document checks (feature-slots.ts, conversation.ts) and the features that read and
 * write these records use one definition, and the store imports nothing from service/.
 */

// ---- features.export: the identity confirmed at export, the named sender, messages sent to the practice ----
const identitySchema = z.object({
  family: z.string().min(1).max(100),
  given: z.array(z.string().min(1).max(100)).min(1).max(6),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  confirmedBy: z.string().min(1),
  confirmedAt: z.string().min(1),
  /** The NHS number it was confirmed with: if the assessment's number ever differs, confirm again. */
  nhsNumber: z.string().regex(/^\d{10}$/),
});
const authorSchema = z.object({ name: z.string().min(1).max(120), role: z.string().min(1).max(120), userId: z.string().min(1) });
export const sendSchema = z.object({
  exportId: z.string(),
  messageId: z.string(),
  documentId: z.string(),
  planId: z.string().nullable(),
  planVersion: z.number().int().nullable(),
  version: z.number().int().min(1),
  sentAt: z.string(),
  sentBy: z.string(),
  status: z.enum(['accepted', 'acknowledged', 'undelivered', 'unknown']),
  statusAt: z.string(),
});
export type SendRecord = z.infer<typeof sendSchema>;

export const exportSlotSchema = z.object({ identity: identitySchema.optional(), author: authorSchema.optional(), sends: z.array(sendSchema).default([]) });

// ---- conversation.extra.export: the export's confirmation step in progress ----
export const pendingConfirmationSchema = z.object({
  assessmentId: z.string(),
  format: z.string().nullable(),
  step: z.enum(['identity', 'author', 'confirm']),
  family: z.string().optional(),
  given: z.array(z.string()).optional(),
  birthDate: z.string().optional(),
  authorName: z.string().optional(),
  authorRole: z.string().optional(),
});

// ---- features.place: the choices offered at the area question ----
export const placePendingSchema = z.object({ typed: z.string(), choices: z.array(z.object({ label: z.string() })) });

// ---- features.plan_search: the numbered results of `find …` ----
/** How many `find` results are kept for `add signpost N …`; kept as an object, like every feature slot. */
export const FIND_LIMIT = 5;
export const foundSchema = z.object({ results: z.array(resourceLinkSchema).max(FIND_LIMIT) });
