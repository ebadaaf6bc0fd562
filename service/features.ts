import type { AssessmentState, EngineEvent } from '../dialogs/engine/types';
import type { CompiledScript } from '../dialogs/script/compile';
import type { ConversationState, Store } from '../store/types';
import type { ReplyItem } from './reply';

/**
 * A conversation-level feature (insight summary, plan, exports, supervision…). Features plug
 * into the turn service instead of growing one big handler; each sees the loaded state and
 * returns the new state plus what to say. They run inside the same optimistic-concurrency
 * retry as the engine, so they must be deterministic given their inputs.
 */
export interface FeatureContext {
  userId: string;
  /** The link worker's display name, when the channel sends one (approvals and audit lines show it). */
  userName?: string;
  activityId: string;
  now: string;
  conversation: ConversationState;
  assessment: AssessmentState | null;
  script: CompiledScript | null;
  store: Store;
}

export interface FeatureResult {
  items: ReplyItem[];
  conversation?: ConversationState;
  assessment?: AssessmentState;
  events?: EngineEvent[];
}

export type FeatureInput = { kind: 'text'; text: string } | { kind: 'card'; name: string; args: Record<string, unknown> };

export interface Feature {
  name: string;
  /** One line for `help`. */
  help?: string;
  /** Returns true when this feature takes the input (typed command or a card addressed to it). */
  accepts(input: FeatureInput, ctx: FeatureContext): boolean;
  run(input: FeatureInput, ctx: FeatureContext): Promise<FeatureResult>;
  /** Called after the engine completes an assessment, e.g. to show the insight card. */
  onCompleted?(ctx: FeatureContext): Promise<FeatureResult>;
}
