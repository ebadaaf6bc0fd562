import type { Prompt } from '../../dialogs/engine/types';
import { escapeChatText } from '../../dialogs/markdown';
import { adaptiveCard, escapeMarkdown, header, subtle, submit, text, type CardElement } from './card-kit';

type ReviewPrompt = Extract<Prompt, { kind: 'review' }>;

/** End-of-assessment summary, section by section, numbered so any answer can be corrected. */
export function renderReviewCard(p: ReviewPrompt, assessmentId: string, patient: string | null): CardElement {
  const body: CardElement[] = [header({ sectionTitle: 'Review', index: 1, count: 1 }, patient), text('Here is what was recorded. Type a number to correct an answer, or confirm.', { weight: 'Bolder' })];
  let section = '';
  for (const item of p.items) {
    if (item.sectionTitle !== section) {
      section = item.sectionTitle;
      body.push(text(section, { weight: 'Bolder', spacing: 'Medium', separator: true }));
    }
    body.push(text(`**${item.number}.** ${escapeMarkdown(item.text)}`, { size: 'Small' }));
    body.push(text(item.skipped ? '_skipped_' : escapeMarkdown(item.answer ?? ''), { spacing: 'None' }));
  }
  if (p.missingRequired.length) body.push(subtle(`Still required: ${p.missingRequired.join(', ')}`));
  return adaptiveCard(body, [
    submit('Confirm assessment complete', { wma: 'command', command: 'confirm', assessmentId }, 'positive'),
    { type: 'Action.ShowCard', title: 'Correct an answer', card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Number', id: 'index', label: 'Answer number', min: 1, max: Math.max(1, p.items.length), isRequired: true, errorMessage: 'Enter an answer number' }], actions: [submit('Change it', { wma: 'change', assessmentId })] } },
  ]);
}

export function reviewText(p: ReviewPrompt): string {
  const lines = ['Review — type a number to correct an answer, or `confirm` to complete:'];
  let section = '';
  for (const item of p.items) {
    if (item.sectionTitle !== section) lines.push(`— ${(section = item.sectionTitle)}`);
    lines.push(`${item.number}. ${escapeChatText(item.text)} → ${item.skipped ? '(skipped)' : escapeChatText(item.answer ?? '')}`);
  }
  return lines.join('\n');
}
