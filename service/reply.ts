import type { Position, Prompt } from '../dialogs/engine/types';
import type { FeaturePrompt } from './feature-prompts';

export type { FeaturePrompt };

/**
 * What a turn says back, before the edge renders it. Engine prompts plus the richer outputs of
 * features (insight, plan, exports…), each a structured value keyed by feature (feature-prompts.ts).
 */
export type ReplyItem = Prompt | FeaturePrompt;

export interface TurnReply {
  items: ReplyItem[];
  position: Position | null;
  /** Masked patient reference for the header, never the identifier itself. */
  patient: string | null;
  assessmentId: string | null;
}
