import type { Prompt } from '../../dialogs/engine/types';
import { adaptiveCard, commandButton, escapeMarkdown, header, subtle, submit, text, type AdaptiveCard, type CardElement } from './card-kit';
import { leadBlocks, type LeadLine } from './lead';

type ConfirmPrompt = Extract<Prompt, { kind: 'confirm_answers' }>;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** The read-back in words: nothing is recorded until the link worker says yes. */
export function confirmText(p: ConfirmPrompt): string {
  if (p.single) return `Did you mean “${p.entries[0]?.answer ?? ''}”? Type yes to record it, or no.`;
  return [
    `Check before recording — ${p.entries.length} answers:`,
    ...p.entries.map((e, i) => `${i + 1}. ${clip(e.text, 70)} → ${e.answer}`),
    'Type yes to record them all, or no to type them again.',
  ].join('\n');
}

export function renderConfirmCard(p: ConfirmPrompt, assessmentId: string, patient: string | null, lead: readonly LeadLine[] = []): AdaptiveCard {
  const body: CardElement[] = [header(null, patient), ...leadBlocks(lead)];
  if (p.single) {
    const e = p.entries[0];
    body.push(text(`Did you mean **${escapeMarkdown(e?.answer ?? '')}**?`, { size: 'Medium', weight: 'Bolder' }));
    if (e) body.push(subtle(`For: ${escapeMarkdown(e.text)} · you typed “${escapeMarkdown(clip(p.typed, 60))}”`));
  } else {
    body.push(text(`Check before recording: ${p.entries.length} answers`, { size: 'Medium', weight: 'Bolder' }));
    body.push({
      type: 'FactSet',
      facts: p.entries.map((e, i) => ({ title: `${i + 1}. ${escapeMarkdown(clip(e.text, 50))}`, value: escapeMarkdown(e.answer) })),
    });
  }
  body.push(subtle('Nothing is recorded until you say yes. Type `yes` or `no`.'));
  return adaptiveCard(body, [
    submit(p.single ? 'Yes, record it' : 'Yes, record them', commandButton('yes', assessmentId), 'positive'),
    submit('No', commandButton('no', assessmentId)),
  ]);
}
