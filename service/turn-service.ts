import type { Logger } from 'pino';
import { advance } from '../dialogs/engine/advance';
import { cleanText } from '../dialogs/engine/parse-answer';
import { startAssessment } from '../dialogs/engine/start';
import type { AdvanceResult, AssessmentState, EngineInput, Prompt } from '../dialogs/engine/types';
import { parsePatientRef } from '../dialogs/patient-ref';
import type { ConversationState, Store, Versioned } from '../store/types';
import { cardActionSchema } from './card-actions';
import type { Feature, FeatureContext, FeatureInput } from './features';
import type { ReplyItem, TurnReply } from './reply';
import type { ScriptRegistry } from './script-registry';
import { forcedStart, knownPersonNotice } from './features/people';

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
}

interface Outcome {
  items: ReplyItem[];
  conversation: ConversationState;
  assessment?: { value: AssessmentState; expectedVersion: number | null };
  events: AdvanceResult['events'];
  position: AdvanceResult['position'];
}

const MAX_ATTEMPTS = 8;
const notice = (text: string, tone: 'info' | 'warning' | 'error' = 'info'): Prompt => ({ kind: 'notice', text, tone });

/**
 * One turn: load → decide (pure engine or a feature) → commit atomically → reply. The reply is
 * only returned once the commit has landed, so an answer the link worker saw acknowledged is
 * durable. A conflicting concurrent turn makes us reload and decide again.
 */
export class TurnService {
  private readonly clock: () => Date;
  private readonly features: Feature[];
  /** In-process serialisation per conversation; the version check covers other instances. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: TurnServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.features = deps.features ?? [];
  }

  handle(req: TurnRequest): Promise<TurnReply> {
    const prev = this.queues.get(req.conversationId) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(() => this.handleNow(req));
    this.queues.set(req.conversationId, next);
    void next.finally(() => {
      if (this.queues.get(req.conversationId) === next) this.queues.delete(req.conversationId);
    }).catch(() => undefined);
    return next;
  }

  private async handleNow(req: TurnRequest): Promise<TurnReply> {
    const { store, logger } = this.deps;
    const stored = await store.getReply(req.conversationId, req.activityId);
    if (stored) {
      logger.info({ conversation: req.conversationId, activityId: req.activityId }, 'duplicate activity: replaying stored reply');
      return stored.payload as TurnReply;
    }
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const conv = (await store.getConversation(req.conversationId)) ?? null;
      const current: ConversationState = conv?.value ?? { activeAssessmentId: null, awaitingPatientRef: false };
      const loaded = current.activeAssessmentId ? await store.getAssessment(current.activeAssessmentId) : null;
      const outcome = await this.decide(req, current, loaded);
      const finalAssessment = outcome.assessment?.value ?? loaded?.value ?? null;
      const reply: TurnReply = {
        items: outcome.items,
        position: outcome.position,
        patient: finalAssessment?.patient.masked ?? null,
        assessmentId: finalAssessment?.id ?? null,
      };
      const result = await store.commitTurn({
        conversationId: req.conversationId,
        activityId: req.activityId,
        conversation: { value: outcome.conversation, expectedVersion: conv?.version ?? null },
        ...(outcome.assessment ? { assessment: outcome.assessment } : {}),
        events: outcome.events,
        reply: { payload: reply },
      });
      if (result === 'committed') {
        logger.info({ conversation: req.conversationId, events: outcome.events.map((e) => e.type), attempt }, 'turn committed');
        return reply;
      }
      if (result === 'duplicate') {
        const again = await store.getReply(req.conversationId, req.activityId);
        if (again) return again.payload as TurnReply;
      }
      logger.warn({ conversation: req.conversationId, attempt }, 'concurrent turn: reloading state');
    }
    throw new Error('Could not commit the turn after repeated concurrent updates');
  }

  private async decide(req: TurnRequest, conv: ConversationState, loaded: Versioned<AssessmentState> | null): Promise<Outcome> {
    const now = this.clock().toISOString();
    const assessment = loaded?.value ?? null;
    const base: Outcome = { items: [], conversation: conv, events: [], position: null };
    if (assessment && assessment.owner !== req.userId)
      return { ...base, items: [notice('This assessment belongs to another link worker, so I can’t show or change it.', 'error')] };

    const parsedCard = req.input.kind === 'card' ? cardActionSchema.safeParse(req.input.data) : null;
    if (parsedCard && !parsedCard.success)
      return { ...base, items: [notice('That card submission was not understood, so nothing was changed.', 'warning')] };
    const card = parsedCard?.data ?? null;
    if (card && 'assessmentId' in card && card.assessmentId && card.assessmentId !== assessment?.id)
      return { ...base, items: [notice('That card belongs to a different assessment, so nothing was changed.', 'warning')] };

    const text = req.input.kind === 'text' ? cleanText(req.input.text) : null;
    const script = assessment ? await this.deps.scripts.get(assessment.scriptId, assessment.scriptVersion) : null;
    const ctx: FeatureContext = { userId: req.userId, ...(req.userName ? { userName: req.userName } : {}), activityId: req.activityId, now, conversation: conv, assessment, script, store: this.deps.store };

    const start = text !== null ? /^(?:start|new)(?:\s+(.+))?$/i.exec(text) : null;
    if (start) return this.start(req, conv, loaded, start[1] ?? null, now);
    if (conv.awaitingPatientRef && text !== null && !/^(cancel|help)$/i.test(text)) return this.start(req, conv, loaded, text, now);
    if (conv.awaitingPatientRef && text !== null && /^cancel$/i.test(text))
      return { ...base, conversation: { ...conv, awaitingPatientRef: false }, items: [notice('OK — no new assessment started.')] };

    const featureInput: FeatureInput | null =
      card?.wma === 'feature' ? { kind: 'card', name: card.name, args: card.args ?? {} } : text !== null ? { kind: 'text', text } : null;
    const feature = featureInput ? this.features.find((f) => f.accepts(featureInput, ctx)) : undefined;
    if (feature && featureInput) {
      const r = await feature.run(featureInput, ctx);
      return {
        items: r.items,
        conversation: r.conversation ?? conv,
        // A feature may also start a new assessment (issue 10: a review linked to a baseline):
        // an id other than the loaded one is inserted (expectedVersion null), not updated.
        ...(r.assessment
          ? { assessment: { value: r.assessment, expectedVersion: loaded && r.assessment.id === loaded.value.id ? loaded.version : null } }
          : {}),
        events: r.events ?? [],
        position: null,
      };
    }

    if (!assessment || !script || !loaded) {
      const hint = text && /^help$/i.test(text) ? this.helpText() : 'There is no assessment in progress. Type `start` followed by the NHS number or a local reference.';
      return { ...base, items: [notice(hint)] };
    }
    const input = this.toEngineInput(req, card, text);
    if (!input) return { ...base, items: [notice('That card submission was not understood, so nothing was changed.', 'warning')] };
    const r = advance(script, assessment, input, { now, actor: req.userId });
    const items: ReplyItem[] = [...r.prompts];
    if (input.kind === 'command' && input.command === 'help') items.unshift(notice(this.helpText()));
    let finalState = r.state;
    let events = r.events;
    if (r.state.status === 'completed' && assessment.status !== 'completed') {
      for (const f of this.features) {
        if (!f.onCompleted) continue;
        const extra = await f.onCompleted({ ...ctx, assessment: finalState });
        items.push(...extra.items);
        if (extra.assessment) finalState = extra.assessment;
        if (extra.events) events = [...events, ...extra.events];
      }
    }
    const changed = finalState !== assessment;
    return {
      items,
      conversation: conv,
      ...(changed ? { assessment: { value: finalState, expectedVersion: loaded.version } } : {}),
      events,
      position: r.position,
    };
  }

  private toEngineInput(req: TurnRequest, card: ReturnType<typeof cardActionSchema.parse> | null, text: string | null): EngineInput | null {
    const activityId = req.activityId;
    if (text !== null) return { kind: 'text', text, activityId };
    if (!card) return null;
    switch (card.wma) {
      case 'answer':
        return { kind: 'card', questionId: card.questionId, value: card.value, activityId };
      case 'command':
        return { kind: 'command', command: card.command, activityId };
      case 'change':
        return { kind: 'change', index: card.index, activityId };
      case 'safeguarding':
        return { kind: 'safeguarding_decision', decision: card.decision, note: card.note ?? card[`note_${card.decision}`] ?? '', activityId };
      default:
        return null;
    }
  }

  private async start(req: TurnRequest, conv: ConversationState, loaded: Versioned<AssessmentState> | null, ref: string | null, now: string): Promise<Outcome> {
    const base: Outcome = { items: [], conversation: conv, events: [], position: null };
    if (!ref)
      return {
        ...base,
        conversation: { ...conv, awaitingPatientRef: true },
        items: [notice("Please type the person's 10-digit NHS number, or a local pseudonymous reference (no names).")],
      };
    const forced = forcedStart(ref);
    const parsed = parsePatientRef(forced.ref);
    if (!parsed.ok) return { ...base, conversation: { ...conv, awaitingPatientRef: true }, items: [notice(parsed.message, 'warning')] };
    // Someone already known: say so and offer review or resume (issue 18) rather than start again.
    const known = forced.force ? null : await knownPersonNotice(this.deps.store, req.userId, parsed.patient, conv.activeAssessmentId);
    if (known) return { ...base, conversation: { ...conv, awaitingPatientRef: false }, items: [notice(known)] };
    const latest = await this.deps.scripts.latestPublished(this.deps.scriptId);
    if (!latest) return { ...base, items: [notice('No published script is available; ask your manager to publish one.', 'error')] };
    const r = startAssessment(latest.compiled, { id: this.deps.newId(), owner: req.userId, patient: parsed.patient, scriptVersion: latest.version, now });
    const items: ReplyItem[] = [];
    // The previous assessment is not lost: it stays in progress and `assessments` lists it.
    if (loaded && (loaded.value.status === 'active' || loaded.value.status === 'paused'))
      items.push(notice(`The assessment for ${loaded.value.patient.masked} is saved as it was; type \`assessments\` to see and resume it later.`));
    items.push(...r.prompts);
    return {
      items,
      conversation: { ...conv, activeAssessmentId: r.state.id, awaitingPatientRef: false },
      assessment: { value: r.state, expectedVersion: null },
      events: r.events,
      position: r.position,
    };
  }

  private helpText(): string {
    const lines = this.features.filter((f) => f.help).map((f) => `• ${f.help}`);
    return lines.length ? `More commands:\n${lines.join('\n')}` : 'Type `start` followed by the NHS number or a local reference to begin.';
  }
}
