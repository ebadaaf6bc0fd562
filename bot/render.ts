import type { Activity } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Position, Prompt } from '../dialogs/engine/types';
import { escapeChatText } from '../dialogs/markdown';
import type { FeaturePrompt, TurnReply } from '../service/reply';
import type { CardElement } from './cards/card-kit';
import { renderFeatureCard } from './feature-cards';
import { renderQuestionCard, typingHint } from './cards/question-card';
import { renderReviewCard, reviewText } from './cards/review-card';
import { renderSafeguardingCard, riskOverrideText, safeguardingText } from './cards/safeguarding-card';

export function positionLine(position: Position | null, patient: string | null): string {
  const where = position ? `${position.sectionTitle} · ${position.index} of ${position.count}` : null;
  return [where, patient].filter(Boolean).join(' · ');
}

const cardActivity = (textValue: string, card: CardElement): Partial<Activity> => ({
  type: 'message',
  text: textValue,
  attachments: [CardFactory.adaptiveCard(card)],
});

function renderItem(item: Prompt | FeaturePrompt, reply: TurnReply): Partial<Activity> | string {
  const id = reply.assessmentId ?? '';
  switch (item.kind) {
    case 'notice':
      return item.text;
    case 'question':
      // Question text may quote earlier answers ("{goal.1}"): shown as typed, never as markup.
      return cardActivity(`${positionLine(item.position, reply.patient)} — ${escapeChatText(item.text)}\n${typingHint(item)}`, renderQuestionCard(item, id, reply.patient));
    case 'review':
      return cardActivity(reviewText(item), renderReviewCard(item, id, reply.patient));
    case 'safeguarding':
      return cardActivity(safeguardingText(item), renderSafeguardingCard(item, id, reply.patient));
    case 'risk_override':
      return riskOverrideText(item);
    case 'completed':
      return `Assessment complete for ${reply.patient ?? 'this person'}. Thank you — it is saved.`;
    case 'cancelled':
      return `Assessment cancelled for ${reply.patient ?? 'this person'}. The record is kept, marked cancelled.`;
    case 'feature': {
      const card = renderFeatureCard(item, reply);
      return card ? cardActivity(item.text, card) : item.text;
    }
  }
}

/**
 * Turns a reply into Teams activities: consecutive notices are merged into one message, cards
 * go as their own messages, and the last message always says where the link worker is.
 */
export function renderReply(reply: TurnReply): Array<Partial<Activity>> {
  const out: Array<Partial<Activity>> = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) out.push({ type: 'message', text: pending.join('\n\n') });
    pending = [];
  };
  for (const item of reply.items) {
    const r = renderItem(item, reply);
    if (typeof r === 'string') pending.push(r);
    else {
      flush();
      out.push(r);
    }
  }
  const where = positionLine(reply.position, reply.patient);
  const last = out[out.length - 1];
  if (pending.length && where) pending.push(`_${where}_`);
  flush();
  if (out.length === 0) out.push({ type: 'message', text: where || 'OK.' });
  else if (where && last && out[out.length - 1] === last && !String(last.text ?? '').includes(where)) last.text = `${last.text ?? ''}\n\n_${where}_`;
  return out;
}
