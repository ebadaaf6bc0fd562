import type { Logger } from 'pino';
import { notice } from '../dialogs/engine/notice';
import { cleanText } from '../dialogs/engine/parse-answer';
import type { AssessmentState, EngineEvent, Position } from '../dialogs/engine/types';
import { QuarantinedDocumentError } from '../store/documents/quarantine';
import type { ConversationState, Store, Versioned } from '../store/types';
import { cardActionSchema } from './card-actions';
import { commitRetryDelayMs, sleep } from './commit-backoff';
import type { Feature, FeatureContext, Route, RouteInput, RouteResult } from './features';
import type { ReplyItem, TurnReply } from './reply';
import { completionHooks, featureRoute, sortRoutes, type AfterCompletedHook } from './route-table';
import { engineRoute } from './routes/engine-route';
import { startRoute } from './routes/start-route';
import type { ScriptRegistry } from './script-registry';
import { replayedReply, storedReplyPayload } from './stored-reply';
import type { SecondOpinion } from './second-opinion';

export type TurnInput = { kind: 'text'; text: string } | { kind: 'card'; data: unknown };

export interface TurnRequest {
  conversationId: string;
  userId: string;
  /** Display name from the activity (Teams `from.name`), for what people read; never an id. */
  userName?: string;
  activityId: string;
  input: TurnInput;
}

export interface TurnServiceDeps {
  store: Store;
  scripts: ScriptRegistry;
  logger: Logger;
  scriptId: string;
  newId: () => string;
  clock?: () => Date;
  features?: Feature[];
  /** Optional LLM safeguarding second opinion (service/second-opinion.ts); it can only add flags. */
  secondOpinion?: SecondOpinion;
}

interface Loaded {
  conversation: Versioned<ConversationState> | null;
  assessment: Versioned<AssessmentState> | null;
  /** The active assessment failed validation and was quarantined by the store. */
  setAside: boolean;
}

interface Outcome {
  items: ReplyItem[];
  conversation: ConversationState;
  assessment?: { value: AssessmentState; expectedVersion: number | null };
  events: EngineEvent[];
  position: Position | null;
}

/** What the edge needs of the turn service, wherever the turn is answered (this thread or service/turn-worker/). */
export type TurnHandler = Pick<TurnService, 'handle'>;

const MAX_ATTEMPTS = 16;
const EMPTY_CONVERSATION: ConversationState = { activeAssessmentId: null, awaitingPatientRef: false };
const SET_ASIDE = notice(
  'The saved assessment could not be read safely, so it has been set aside unchanged for your administrator and nothing in it was used. Type `assessments` to see your others, or `start` to begin again.',
  'error',
);

/**
 * One turn: load → select a route → handle → after-turn hooks → commit atomically → reply. The
 * routes and their ranks are in service/route-table.ts. The reply is only returned once the
 * commit has landed, so an answer the link worker saw acknowledged is durable; a conflicting
 * concurrent turn makes us reload and decide again.
 */
export class TurnService {
  private readonly clock: () => Date;
  private readonly routes: Route[];
  private readonly hooks: AfterCompletedHook[];
  /** In-process serialisation per conversation; the version check covers other instances. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: TurnServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    const features = deps.features ?? [];
    const featureRoutes = features.map(featureRoute);
    // `help` lists the features in the order they are tried.
    const helpLines = sortRoutes(featureRoutes).flatMap((r) => features.find((f) => f.name === r.name)?.help ?? []);
    this.routes = sortRoutes([
      startRoute({ scriptId: deps.scriptId }),
      ...featureRoutes,
      engineRoute({ helpLines, ...(deps.secondOpinion ? { secondOpinion: deps.secondOpinion } : {}) }),
    ]);
    this.hooks = completionHooks(features);
  }

  handle(req: TurnRequest): Promise<TurnReply> {
    return this.queued(req, (r) => this.handleNow(r, 'reply')) as Promise<TurnReply>;
  }

  /**
   * The same turn, answered in its stored form (service/stored-reply.ts: a published script's
   * questions named, not copied), for a caller in another thread (service/turn-worker/): it
   * crosses as a few hundred bytes and `replayedReply` there puts back that thread's own copies
   * of the immutable questions, the objects its card cache is keyed by.
   */
  handleStored(req: TurnRequest): Promise<unknown> {
    return this.queued(req, (r) => this.handleNow(r, 'stored'));
  }

  private queued(req: TurnRequest, run: (req: TurnRequest) => Promise<unknown>): Promise<unknown> {
    const prev = this.queues.get(req.conversationId) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(() => run(req));
    this.queues.set(req.conversationId, next);
    void next
      .finally(() => {
        if (this.queues.get(req.conversationId) === next) this.queues.delete(req.conversationId);
      })
      .catch(() => undefined);
    return next;
  }

  private async handleNow(req: TurnRequest, form: 'reply'): Promise<TurnReply>;
  private async handleNow(req: TurnRequest, form: 'stored'): Promise<unknown>;
  private async handleNow(req: TurnRequest, form: 'reply' | 'stored'): Promise<unknown> {
    const { store, logger } = this.deps;
    const answer = (payload: unknown) => (form === 'stored' ? payload : replayedReply(payload, this.deps.scripts));
    const stored = await store.getReply(req.conversationId, req.activityId);
    if (stored) {
      logger.info({ conversation: req.conversationId, activityId: req.activityId }, 'duplicate activity: replaying stored reply');
      return answer(stored.payload);
    }
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const loaded = await this.load(req.conversationId);
      const outcome = await this.decide(req, loaded);
      const touched = outcome.assessment?.value ?? loaded.assessment?.value ?? null;
      // Another link worker's assessment is never named, not even by its masked reference.
      const finalAssessment = touched && touched.owner === req.userId ? touched : null;
      const reply: TurnReply = {
        items: outcome.items,
        position: outcome.position,
        patient: finalAssessment?.patient.masked ?? null,
        assessmentId: finalAssessment?.id ?? null,
      };
      // Stored with its questions named, not copied (stored-reply.ts); replay restores them.
      const payload = storedReplyPayload(reply, touched, this.deps.scripts);
      const result = await store.commitTurn({
        conversationId: req.conversationId,
        activityId: req.activityId,
        conversation: { value: outcome.conversation, expectedVersion: loaded.conversation?.version ?? null },
        ...(outcome.assessment ? { assessment: outcome.assessment } : {}),
        events: outcome.events,
        reply: { payload },
      });
      if (result === 'committed') {
        // Debug, not info (issue 22, round 6): one synchronous line per turn was ~3 % of the main thread
        // under load; the default level logs a count per minute instead (bot/turn-summary.ts).
        if (logger.isLevelEnabled('debug'))
          logger.debug({ conversation: req.conversationId, events: outcome.events.map((e) => e.type), attempt }, 'turn committed');
        return form === 'stored' ? payload : reply;
      }
      if (result === 'duplicate') {
        const again = await store.getReply(req.conversationId, req.activityId);
        if (again) return answer(again.payload);
      }
      logger.warn({ conversation: req.conversationId, attempt }, 'concurrent turn: reloading state');
      if (attempt < MAX_ATTEMPTS) await sleep(commitRetryDelayMs(attempt));
    }
    throw new Error('Could not commit the turn after repeated concurrent updates');
  }

  private async load(conversationId: string): Promise<Loaded> {
    const conversation = await this.deps.store.getConversation(conversationId);
    const activeId = conversation?.value.activeAssessmentId;
    try {
      return { conversation, assessment: activeId ? await this.deps.store.getAssessment(activeId) : null, setAside: false };
    } catch (e) {
      if (!(e instanceof QuarantinedDocumentError)) throw e;
      // Ids and issue paths only: never the document's content.
      this.deps.logger.warn({ conversation: conversationId, assessment: e.id, issues: e.issues }, 'stored assessment failed validation: quarantined, not used');
      return { conversation, assessment: null, setAside: true };
    }
  }

  /** Guards → select → handle → after-turn hooks, as a value ready to commit. */
  private async decide(req: TurnRequest, loaded: Loaded): Promise<Outcome> {
    const stored = loaded.conversation?.value ?? EMPTY_CONVERSATION;
    // A quarantined assessment is let go of, once, with a word to the link worker.
    const conversation = loaded.setAside ? { ...stored, activeAssessmentId: null } : stored;
    const lead = loaded.setAside ? [SET_ASIDE] : [];
    const assessment = loaded.assessment?.value ?? null;
    const guarded = guard(req, assessment);
    if ('refusal' in guarded) return { items: [...lead, guarded.refusal], conversation, events: [], position: null };

    const script = assessment ? await this.deps.scripts.get(assessment.scriptId, assessment.scriptVersion) : null;
    const { store, scripts, newId } = this.deps;
    const ctx: FeatureContext = {
      userId: req.userId,
      ...(req.userName ? { userName: req.userName } : {}),
      activityId: req.activityId,
      now: this.clock().toISOString(),
      conversation,
      assessment,
      script,
      store,
      scripts,
      newId,
    };

    // The engine route selects everything, so a route is always found.
    const route = this.routes.find((r) => r.select(guarded.input, ctx))!;
    const result = await this.afterTurn(await route.handle(guarded.input, ctx), ctx);
    const next = result.assessment;
    return {
      items: [...lead, ...result.items],
      conversation: result.conversation ?? conversation,
      // A route may also start a new assessment (start; a review linked to a baseline): an id
      // other than the loaded one is inserted (expectedVersion null), not updated.
      ...(next
        ? { assessment: { value: next, expectedVersion: loaded.assessment && next.id === loaded.assessment.value.id ? loaded.assessment.version : null } }
        : {}),
      events: result.events ?? [],
      position: result.position ?? null,
    };
  }

  /** When this turn completed the open assessment, each completion hook adds to the reply in order. */
  private async afterTurn(result: RouteResult, ctx: FeatureContext): Promise<RouteResult> {
    const before = ctx.assessment;
    let state = result.assessment;
    if (!before || !state || state.id !== before.id || state.status !== 'completed' || before.status === 'completed') return result;
    const items = [...result.items];
    let events = result.events ?? [];
    for (const hook of this.hooks) {
      const extra = await hook.run({ ...ctx, assessment: state });
      items.push(...extra.items);
      if (extra.assessment) state = extra.assessment;
      if (extra.events) events = [...events, ...extra.events];
    }
    return { ...result, items, assessment: state, events };
  }
}

/** Turn-level checks before any route sees the input: whose assessment it is, and whether a card is for it. */
function guard(req: TurnRequest, assessment: AssessmentState | null): { input: RouteInput } | { refusal: ReplyItem } {
  if (assessment && assessment.owner !== req.userId)
    return { refusal: notice('This assessment belongs to another link worker, so I can’t show or change it.', 'error') };
  if (req.input.kind === 'text') return { input: { kind: 'text', text: cleanText(req.input.text) } };
  const parsed = cardActionSchema.safeParse(req.input.data);
  if (!parsed.success) return { refusal: notice('That card submission was not understood, so nothing was changed.', 'warning') };
  const card = parsed.data;
  if ('assessmentId' in card && card.assessmentId && card.assessmentId !== assessment?.id)
    return { refusal: notice('That card belongs to a different assessment, so nothing was changed.', 'warning') };
  return { input: { kind: 'card', action: card } };
}
