import { randomUUID } from 'node:crypto';
import { TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { TurnService } from '../service/turn-service';
import { renderReply } from './render';

/**
 * The Teams edge: turns an activity into a turn request and the reply into activities.
 * No business logic lives here.
 */
export class WhatMattersBot extends TeamsActivityHandler {
  constructor(
    private readonly turns: TurnService,
    private readonly logger: Logger,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== botId) && isPersonal(context))
        await context.sendActivity(
          'Hello — I guide What Matters To Me assessments. Type `start` followed by the NHS number or a local reference to begin, or `help`.',
        );
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Patient data stays out of group chats and meetings, where others can read it.
    if (!isPersonal(context)) {
      await context.sendActivity('I only run assessments in a private 1:1 chat, so no patient details are shown here. Please message me directly and I will continue there.');
      return;
    }
    const userId = activity.from?.aadObjectId ?? activity.from?.id;
    const conversationId = activity.conversation?.id;
    if (!userId || !conversationId) {
      await context.sendActivity('I could not tell who sent that message, so nothing was recorded.');
      return;
    }
    const hasValue = activity.value !== undefined && activity.value !== null && typeof activity.value === 'object';
    const input = hasValue ? { kind: 'card' as const, data: activity.value } : { kind: 'text' as const, text: typeof activity.text === 'string' ? activity.text : '' };
    // Without an activity id a retry cannot be recognised; such a message is simply processed once.
    const activityId = activity.id ?? `local-${randomUUID()}`;
    try {
      const userName = typeof activity.from?.name === 'string' && activity.from.name.trim() ? activity.from.name.trim().slice(0, 200) : undefined;
      const reply = await this.turns.handle({ conversationId, userId, ...(userName ? { userName } : {}), activityId, input });
      await context.sendActivities(renderReply(reply));
    } catch (err) {
      // Ids and the error class only: the message may contain patient text.
      this.logger.error({ conversation: conversationId, activityId, error: (err as Error).name, stack: (err as Error).stack?.split('\n').slice(0, 4).join(' | ') }, 'turn failed');
      await context.sendActivity('Sorry — something went wrong and that message was not recorded. Your earlier answers are safe. Type `status` to see where you are.');
    }
  }
}

function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  // Emulators and the Agents Playground may omit the type; Teams always sets it.
  return type === undefined || type === 'personal';
}
