import type { AssessmentState, EngineEvent, Position } from '../dialogs/engine/types';
import type { CompiledScript } from '../dialogs/script/compile';
import type { ConversationState, Store } from '../store/types';
import type { CardAction } from './card-actions';
import type { ReplyItem } from './reply';
import type { RouteName } from './route-table';
import type { ScriptRegistry } from './script-registry';

/**
 * What every route (start, each feature, the engine) sees for one turn. Everything a route may
 * need from outside comes through here — the store, the one script registry, the id generator
 * and the turn's clock reading — so routes stay deterministic given their inputs and run safely
 * inside the optimistic-concurrency retry.
 */
export interface FeatureContext {
  userId: string;
  /** The link worker's display name, when the channel sends one (approvals and audit lines show it). */
  userName?: string;
  activityId: string;
  /** The clock, read once per turn, so every time written in one turn agrees. */
  now: string;
  conversation: ConversationState;
  assessment: AssessmentState | null;
  script: CompiledScript | null;
  store: Store;
  /** The process's one registry (and so one compiled-script cache). */
  scripts: ScriptRegistry;
  /** New record ids (assessments); injected so tests and retries are deterministic. */
  newId: () => string;
}

export interface FeatureResult {
  items: ReplyItem[];
  conversation?: ConversationState;
  assessment?: AssessmentState;
  events?: EngineEvent[];
}

/** A feature sees typed text, or a card button addressed to it (`wma: 'feature'`). */
export type FeatureInput = { kind: 'text'; text: string } | { kind: 'card'; name: string; args: Record<string, unknown> };

/**
 * A conversation-level feature (insight summary, plan, exports, supervision…). Its rank in the
 * turn and the order of its completion hook are not here but in service/route-table.ts, so the
 * whole dispatch order can be read in one place.
 */
export interface Feature {
  name: RouteName;
  /** One line for `help`. */
  help?: string;
  /** True when this feature takes the input (a typed command or a card addressed to it). */
  select(input: FeatureInput, ctx: FeatureContext): boolean;
  handle(input: FeatureInput, ctx: FeatureContext): Promise<FeatureResult>;
  /** After-turn hook: runs when this turn completed an assessment, in AFTER_COMPLETED order. */
  onCompleted?(ctx: FeatureContext): Promise<FeatureResult>;
}

/** A validated turn input as routes see it: text (cleaned) or a parsed card action. */
export type RouteInput = { kind: 'text'; text: string } | { kind: 'card'; action: CardAction };

export interface RouteResult extends FeatureResult {
  /** Where the link worker is now (engine and start only; features leave the header off). */
  position?: Position | null;
}

/** One entry of the turn's route table: tried in rank order, the first whose select() is true handles the turn. */
export interface Route {
  name: RouteName;
  rank: number;
  select(input: RouteInput, ctx: FeatureContext): boolean;
  handle(input: RouteInput, ctx: FeatureContext): Promise<RouteResult>;
}
