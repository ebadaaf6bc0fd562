import type { Position, Prompt } from '../dialogs/engine/types';

/**
 * What a turn says back, before the edge renders it. Engine prompts plus the richer outputs of
 * features (insight, plan, exports…), each a structured value the edge knows how to render.
 */
export type FeaturePrompt = { kind: 'feature'; feature: string; data: unknown; text: string };

export type ReplyItem = Prompt | FeaturePrompt;

export interface TurnReply {
  items: ReplyItem[];
  position: Position | null;
  /** Masked patient reference for the header, never the identifier itself. */
  patient: string | null;
  assessmentId: string | null;
}
