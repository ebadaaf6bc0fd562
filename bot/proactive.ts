import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { SendReminder } from '../reminders/scheduler';
import type { Store } from '../store/types';
import { stampCardNonces, turnNonces } from './card-nonce';
import { renderReply } from './render';

/**
 * Proactive messages to a link worker (issue 21). Every 1:1 turn leaves the user's conversation
 * reference in the store, so any instance can later message them with
 * `CloudAdapter.continueConversationAsync`. In local mode the reference's serviceUrl is the
 * Agents Playground (or whichever loopback channel sent the message), so reminders arrive there.
 */
export class ConversationRefs {
  /** What this instance last wrote per user: a turn with an unchanged reference writes nothing. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async remember(userId: string, reference: Partial<ConversationReference>): Promise<void> {
    // Without the message's own id (a reminder replies to nothing), the reference is the same on
    // every turn of a chat, so a turn writes only when the chat or its service URL changes.
    const { activityId: _activityId, ...stable } = reference;
    const json = JSON.stringify(stable);
    if (this.written.get(userId) === json) return;
    try {
      await this.store.saveConversationRef({ userId, reference: JSON.parse(json) as Record<string, unknown>, updatedAt: this.clock().toISOString() });
      this.written.set(userId, json);
    } catch (err) {
      // Never fails the turn: the reference is refreshed on the next message.
      this.logger.warn({ error: (err as Error).name }, 'could not store the conversation reference');
    }
  }
}

/** The scheduler's send port: render the reminder like any reply, stamp its buttons, continue the conversation. */
export function proactiveSender(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, appId: string, store: Store): SendReminder {
  return async (userId, reply, key) => {
    const ref = await store.getConversationRef(userId);
    if (!ref) return 'no_reference';
    // Nonces derived from the outbox key: a resend after a crash carries the same buttons.
    const activities = stampCardNonces(renderReply(reply), turnNonces(`reminder:${userId}`, key));
    await adapter.continueConversationAsync(
      appId,
      ref.reference as Partial<ConversationReference>,
      async (context) => void (await context.sendActivities(activities)),
    );
    return 'sent';
  };
}
