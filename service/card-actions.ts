import { z } from 'zod';
import { commandSchema } from '../dialogs/engine/commands';

/**
 * What a card button may submit. Everything from a card is untrusted (it may be stale, or
 * forged), so it is parsed here and then checked again by the engine against the question.
 */

export const cardActionSchema = z.discriminatedUnion('wma', [
  z.object({ wma: z.literal('answer'), assessmentId: z.string().max(64), questionId: z.string().max(64), value: z.unknown().optional() }),
  z.object({ wma: z.literal('command'), command: commandSchema, assessmentId: z.string().max(64).optional() }),
  z.object({ wma: z.literal('change'), assessmentId: z.string().max(64), index: z.coerce.number().int().min(1).max(1000) }),
  z.object({
    wma: z.literal('safeguarding'),
    assessmentId: z.string().max(64),
    decision: z.enum(['confirmed', 'dismissed', 'escalate']),
    // Each decision form has its own input id, since ids must be unique within a card.
    note: z.string().max(2000).optional(),
    note_confirmed: z.string().max(2000).optional(),
    note_dismissed: z.string().max(2000).optional(),
    note_escalate: z.string().max(2000).optional(),
  }),
  z.object({
    wma: z.literal('feature'),
    name: z.string().max(40),
    args: z.record(z.string(), z.unknown()).optional(),
    assessmentId: z.string().max(64).optional(),
  }),
]);

export type CardAction = z.infer<typeof cardActionSchema>;
