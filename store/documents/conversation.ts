import { z } from 'zod';
import { pendingConfirmationSchema } from './feature-records';
import type { ConversationState } from '../types';
import { decode, defineDocument, encode, type Decoded } from './versioned';

/** The per-conversation pointer, with the link worker's private check-ins in `extra`. */
const conversationSchema = z.strictObject({
  activeAssessmentId: z.string().min(1).nullable(),
  awaitingPatientRef: z.boolean(),
  extra: z
    .strictObject({
      checkins: z.array(z.strictObject({ at: z.string(), rating: z.number().int().min(1).max(5) })).optional(),
      /** The export's identity confirmation in progress (issue 17). */
      export: pendingConfirmationSchema.optional(),
      /** The link worker's name and role for exports, remembered per chat (issue 17). */
      exportAuthor: z.strictObject({ userId: z.string(), name: z.string(), role: z.string() }).optional(),
    })
    .optional(),
});

export const CONVERSATION_DOCUMENT = defineDocument<ConversationState>({
  kind: 'conversation',
  version: 1,
  schema: conversationSchema as z.ZodType<ConversationState>,
  migrations: [{ name: 'introduce schemaVersion (shape unchanged)', from: 0, up: (doc) => doc }],
});

export const decodeConversation = (raw: unknown): Decoded<ConversationState> => decode(CONVERSATION_DOCUMENT, raw);
export const encodeConversation = (value: ConversationState): Record<string, unknown> => encode(CONVERSATION_DOCUMENT, value);
