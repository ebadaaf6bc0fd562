import { randomUUID } from 'node:crypto';
import { ActivityTypes, TeamsActivityHandler, TurnContext, type Activity, type BotHandler, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { TurnHandler } from '../service/turn-service';
import { readCardNonce, stampCardNonces, turnNonces } from './card-nonce';
import { conversationKey } from './conversation-key';
import { renderReply } from './render';
import { raceBudget, SLOW_TURN_BUDGET_MS, STILL_WORKING_TEXT, type Timer } from './slow-turn';
import type { TurnOutcome } from './turn-summary';

export interface BotOptions {
  /** Sends to a conversation after its turn has ended (CloudAdapter.continueConversationAsync). Without it, slow turns are simply awaited. */
  proactive?: (reference: Partial<ConversationReference>, activities: Array<Partial<Activity>>) => Promise<void>;
  /** How long a turn may take before the bot answers "still working" (bot/slow-turn.ts). */
  slowTurnMs?: number;
  timer?: Timer;
  /** Keeps the link worker's conversation reference for proactive reminders (bot/proactive.ts). */
  remember?: (userId: string, reference: Partial<ConversationReference>) => Promise<void>;
  /** Counts each message turn's outcome for the periodic summary line (bot/turn-summary.ts); no ids. */
  count?: (outcome: TurnOutcome) => void;
}

const NOT_RECORDED = 'Sorry — something went wrong and that message was not recorded. Your earlier answers are safe. Type `status` to see where you are.';

/**
 * The Teams edge: turns an activity into a turn request and the reply into activities.
 * No business logic lives here.
 */
export class WhatMattersBot extends TeamsActivityHandler {
  /** Replies still to be sent proactively; `drain()` waits for them (tests, shutdown). */
  private readonly pending = new Set<Promise<unknown>>();
  /** The one message handler this class registers (see `run`). */
  private readonly onMessageHandler: BotHandler = async (context, next) => {
    await this.handleMessage(context);
    await next();
  };

  constructor(
    private readonly turns: TurnHandler,
    private readonly logger: Logger,
    private readonly options: BotOptions = {},
  ) {
    super();
    this.onMessage(this.onMessageHandler);
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== botId) && isPersonal(context))
        await context.sendActivity(
          'Hello — I guide What Matters To Me assessments. Type `start` followed by the NHS number or a local reference to begin, or `help`.',
        );
      await next();
    });
  }

  /**
   * A message goes straight to handleMessage when ours is the only handler that would see it.
   * The SDK's dispatch for it (run → onTurnActivity → handle('Turn') → onMessageActivity →
   * handle('Message') → our handler → defaultNextEvent → handle('Dialog')) is nine generator-based
   * awaits and a `super` object per call, for handlers nobody registered: ~50 µs of CPU per turn
   * (issue 22, s22e; test/bot/direct-dispatch.test.ts). Same errors, same order: anything thrown
   * still rejects `run`, so the adapter's onTurnError sees it. Any other activity, or a message
   * once someone registers another Turn/Message/Dialog handler, goes through the SDK as before.
   */
  override run(context: TurnContext): Promise<void> {
    if (context?.activity?.type === ActivityTypes.Message && this.onlyOurMessageHandler()) return this.handleMessage(context);
    return super.run(context);
  }

  private onlyOurMessageHandler(): boolean {
    const { Turn, Message, Dialog } = this.handlers;
    return !Turn?.length && !Dialog?.length && Message?.length === 1 && Message[0] === this.onMessageHandler;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Patient data stays out of group chats and meetings, where others can read it.
    if (!isPersonal(context)) {
      await context.sendActivity(
        'I only run assessments in a private 1:1 chat, so no patient details are shown here. Please message me directly and I will continue there.',
      );
      return;
    }
    const userId = activity.from?.aadObjectId ?? activity.from?.id;
    const teamsConversationId = activity.conversation?.id;
    if (!userId || !teamsConversationId) {
      await context.sendActivity('I could not tell who sent that message, so nothing was recorded.');
      return;
    }
    await this.options.remember?.(userId, TurnContext.getConversationReference(activity));
    const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    const conversationId = conversationKey({ tenantId, conversationId: teamsConversationId, userId });
    const hasValue = activity.value !== undefined && activity.value !== null && typeof activity.value === 'object' && !Array.isArray(activity.value);
    const card = hasValue ? readCardNonce(activity.value as Record<string, unknown>) : null;
    const input = card ? { kind: 'card' as const, data: card.data } : { kind: 'text' as const, text: typeof activity.text === 'string' ? activity.text : '' };
    // A card's own nonce survives Teams' retries under a new activity id (bot/card-nonce.ts).
    // Without any id a retry cannot be recognised; such a message is simply processed once.
    const activityId = card?.key ?? activity.id ?? `local-${randomUUID()}`;
    // The display name is for what people read (approvals, audit lines); the id stays the attribution.
    const userName = typeof activity.from?.name === 'string' && activity.from.name.trim() ? activity.from.name.trim().slice(0, 200) : undefined;
    const work = this.turns.handle({ conversationId, userId, ...(userName ? { userName } : {}), activityId, input });
    const proactive = this.options.proactive;
    // A caller that asked for the replies in the HTTP response (expectReplies) waits for them.
    const canDefer = proactive !== undefined && activity.deliveryMode !== 'expectReplies';
    try {
      const raced = canDefer
        ? await raceBudget(work, this.options.slowTurnMs ?? SLOW_TURN_BUDGET_MS, this.options.timer)
        : { kind: 'in-time' as const, value: await work };
      if (raced.kind === 'in-time') {
        await context.sendActivities(stampCardNonces(renderReply(raced.value), turnNonces(conversationId, activityId)));
        this.options.count?.('answered');
        return;
      }
      await context.sendActivity(STILL_WORKING_TEXT);
      this.options.count?.('deferred');
      this.logger.info({ conversation: conversationId, activityId }, 'slow turn: the reply will follow as a proactive message');
      const reference = TurnContext.getConversationReference(activity);
      const delivery = raced.result
        .then(
          (reply) => stampCardNonces(renderReply(reply), turnNonces(conversationId, activityId)),
          (err: unknown) => {
            this.logFailure(conversationId, activityId, err);
            return [{ type: 'message', text: NOT_RECORDED }];
          },
        )
        .then((activities) => proactive!(reference, activities))
        .catch((err: unknown) =>
          this.logger.error({ conversation: conversationId, activityId, error: (err as Error).name }, 'slow turn: proactive reply could not be sent'),
        );
      this.pending.add(delivery);
      void delivery.finally(() => this.pending.delete(delivery));
    } catch (err) {
      this.logFailure(conversationId, activityId, err);
      this.options.count?.('failed');
      await context.sendActivity(NOT_RECORDED);
    }
  }

  /** Ids and the error class only: the message may contain patient text. */
  private logFailure(conversationId: string, activityId: string, err: unknown): void {
    this.logger.error(
      { conversation: conversationId, activityId, error: (err as Error).name, stack: (err as Error).stack?.split('\n').slice(0, 4).join(' | ') },
      'turn failed',
    );
  }

  /** Waits until every deferred reply has been sent (or has failed and been logged). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}

function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  // Emulators and the Agents Playground may omit the type; Teams always sets it.
  return type === undefined || type === 'personal';
}
