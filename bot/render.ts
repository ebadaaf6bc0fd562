import type { Activity } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Position, Prompt } from '../dialogs/engine/types';
import { escapeChatText } from '../dialogs/markdown';
import type { FeaturePrompt, TurnReply } from '../service/reply';
import type { AdaptiveCard } from './cards/card-kit';
import { renderQuestionCard, typingHint } from './cards/question-card';
import { renderReviewCard, reviewText } from './cards/review-card';
import { confirmText, renderConfirmCard } from './cards/confirm-card';
import { leadBlocks } from './cards/lead';
import { renderSafeguardingCard, riskOverrideText, safeguardingText } from './cards/safeguarding-card';
import { renderFeatureCard } from './feature-cards';

export function positionLine(position: Position | null, patient: string | null): string {
  const where = position ? `${position.sectionTitle} · ${position.index} of ${position.count}` : null;
  return [where, patient].filter(Boolean).join(' · ');
}

/**
 * Command hints such as `dismiss <reason>` are shown with ‹ › instead: Teams treats < > in a
 * message as markup and shows "&lt;reason&gt;" literally. Only code spans are touched, so a
 * person's own words are never rewritten.
 */
export function readableHints(value: string): string {
  return value.replace(/`[^`\n]*`/g, (span) => span.replace(/<([^<>`]{1,60})>/g, '‹$1›'));
}

/**
 * A card message with no text: Teams would otherwise show the text line and then the same
 * question again in the card. `summary` still names the question for notifications and the chat
 * list. The card carries no `fallbackText`: it repeated the summary word for word (a quarter of a
 * question card's bytes, issue 22) for clients that cannot render Adaptive Cards 1.5, and every
 * Teams client renders them.
 */
const cardActivity = (summary: string, card: AdaptiveCard, withText = false): Partial<Activity> => ({
  type: 'message',
  ...(withText ? { text: summary } : { summary }),
  attachments: [CardFactory.adaptiveCard(card)],
});

export function recordedText(item: Extract<Prompt, { kind: 'recorded' }>): string {
  if (item.entries.length === 1) return `Recorded: ${item.entries[0]!.answer}`;
  // Bullets, not "1." — a numbered line would be escaped and show a backslash in the card.
  return [`Recorded ${item.entries.length} answers:`, ...item.entries.map((e) => `• ${clipText(e.text, 60)} → ${e.answer}`)].join('\n');
}

const clipText = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** Notices and acknowledgements just before a card are shown inside it: one message on screen. */
/** `quotes`: the line quotes what was typed (an acknowledgement), so as plain text it is escaped. */
type Lead = { text: string; tone: 'info' | 'warning' | 'error' | 'good'; quotes?: true };

function renderCard(item: Prompt | FeaturePrompt, reply: TurnReply, lead: Lead[]): Partial<Activity> | null {
  const id = reply.assessmentId ?? '';
  // An acknowledgement quotes the person's words: plain text where it is not inside the card (summary, fallback).
  const leadText = lead.map((l) => (l.quotes ? escapeChatText(l.text) : l.text));
  switch (item.kind) {
    case 'question': {
      // Question text may quote earlier answers ("{goal.1}"): shown as typed, never as markup.
      const line = `${positionLine(item.position, reply.patient)} — ${escapeChatText(item.text)}\n${typingHint(item)}`;
      return cardActivity([line, ...leadText].join('\n'), renderQuestionCard(item, id, reply.patient, lead));
    }
    case 'review':
      return cardActivity([reviewText(item), ...leadText].join('\n'), renderReviewCard(item, id, reply.patient, lead));
    case 'confirm_answers':
      return cardActivity([confirmText(item), ...leadText].join('\n'), renderConfirmCard(item, id, reply.patient, lead));
    case 'safeguarding':
      return cardActivity(safeguardingText(item), renderSafeguardingCard(item, id, reply.patient), true);
    case 'feature': {
      const card = renderFeatureCard(item, reply);
      if (!card) return null;
      // The lines before it (e.g. "Action 3.2 changed …") go inside, under the card's header.
      const body = [...card.body];
      // After the header and any safeguarding block (a confirmed concern leads the card, issue 16).
      const attention = body
        .slice(0, 4)
        .map((b) => (b.type === 'Container' ? b.style : undefined))
        .lastIndexOf('attention');
      const at = attention >= 0 ? attention + 1 : 1;
      if (lead.length) body.splice(at, 0, ...leadBlocks(lead));
      return cardActivity([...leadText, item.text].join('\n'), { ...card, body });
    }
    default:
      return null;
  }
}

function plainText(item: Prompt | FeaturePrompt, reply: TurnReply): Lead {
  switch (item.kind) {
    case 'notice':
      return { text: item.text, tone: item.tone };
    case 'recorded':
      return { text: recordedText(item), tone: 'good', quotes: true };
    case 'risk_override':
      return { text: riskOverrideText(item), tone: 'warning' };
    case 'completed':
      return { text: `Assessment complete for ${reply.patient ?? 'this person'}. Thank you — it is saved.`, tone: 'good' };
    case 'cancelled':
      return { text: `Assessment cancelled for ${reply.patient ?? 'this person'}. The record is kept, marked cancelled.`, tone: 'info' };
    case 'feature':
      return { text: item.text, tone: 'info' };
    default:
      return { text: '', tone: 'info' };
  }
}

/** Cards that carry the lines before them; the safeguarding card keeps its own text message. */
const FOLDS = new Set(['question', 'review', 'confirm_answers', 'feature']);

/**
 * Turns a reply into Teams activities: consecutive notices are merged into one message and
 * folded into a question card that follows, cards go as their own messages, and the last
 * message always says where the link worker is.
 */
export function renderReply(reply: TurnReply): Array<Partial<Activity>> {
  const out: Array<Partial<Activity>> = [];
  let pending: Lead[] = [];
  const flush = () => {
    // Acknowledgements quote what was typed: shown as text, never as Markdown or HTML (issue 19).
    if (pending.length) out.push({ type: 'message', text: pending.map((p) => readableHints(p.quotes ? escapeChatText(p.text) : p.text)).join('\n\n') });
    pending = [];
  };
  for (const item of reply.items) {
    const lead = FOLDS.has(item.kind) ? pending.map((p) => ({ ...p, text: readableHints(p.text) })) : [];
    const card = renderCard(item, reply, lead);
    // A feature with no card (plain text) is a line like any notice.
    if (!card) {
      pending.push(plainText(item, reply));
      continue;
    }
    if (FOLDS.has(item.kind)) pending = [];
    else flush();
    out.push(card);
  }
  const where = positionLine(reply.position, reply.patient);
  const last = out[out.length - 1];
  if (pending.length && where) pending.push({ text: `_${where}_`, tone: 'info' });
  flush();
  const shown = (a: Partial<Activity>) => `${a.text ?? ''}${a.summary ?? ''}`;
  if (out.length === 0) out.push({ type: 'message', text: where || 'OK.' });
  else if (where && last && out[out.length - 1] === last && !shown(last).includes(where) && last.text !== undefined) last.text = `${last.text}\n\n_${where}_`;
  return out;
}
