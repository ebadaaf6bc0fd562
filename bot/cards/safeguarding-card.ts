import type { Prompt } from '../../dialogs/engine/types';
import { RISK_CATEGORIES } from '../../dialogs/vocabulary';
import { adaptiveCard, escapeMarkdown, facts, subtle, submit, text, type CardElement } from './card-kit';

type SafeguardingPrompt = Extract<Prompt, { kind: 'safeguarding' }>;

/**
 * The interrupt. Sent only in the link worker's 1:1 chat. It quotes what was said, names the
 * category, lists crisis contacts and the local escalation steps, and needs a recorded decision.
 */
export function renderSafeguardingCard(p: SafeguardingPrompt, assessmentId: string, patient: string | null): CardElement {
  const categories = [...new Set(p.flags.map((f) => RISK_CATEGORIES[f.category] ?? f.category))];
  const body: CardElement[] = [
    { type: 'Container', style: 'attention', items: [text('⚠ Possible safeguarding risk — please check now', { weight: 'Bolder', size: 'Medium' }), ...(patient ? [subtle(patient)] : [])] },
    text(`What was said: “${escapeMarkdown(p.quote)}”`),
    facts([['Category', categories.join('; ')]]),
    text('Your local escalation steps', { weight: 'Bolder' }),
    text(p.escalationSteps),
    text('Crisis contacts to share with the person', { weight: 'Bolder' }),
    facts(p.contacts.map((c) => [c.name, c.detail])),
    subtle('Confirm to record a safeguarding concern with the action you took, or dismiss with a reason. The assessment then resumes where you were.'),
  ];
  const form = (decision: 'confirmed' | 'dismissed', label: string, placeholder: string) => ({
    type: 'Action.ShowCard',
    title: decision === 'confirmed' ? 'Confirm concern' : 'Dismiss',
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Input.Text', id: `note_${decision}`, label, placeholder, isRequired: true, errorMessage: 'Please record this', isMultiline: true, maxLength: 2000 }],
      actions: [submit(decision === 'confirmed' ? 'Record concern' : 'Record dismissal', { wma: 'safeguarding', assessmentId, decision }, decision === 'confirmed' ? 'destructive' : undefined)],
    },
  });
  return adaptiveCard(body, [form('confirmed', 'Action taken', 'e.g. Called duty GP; agreed safety plan'), form('dismissed', 'Why is this not a risk?', 'e.g. Talking about a TV programme')]);
}

export function safeguardingText(p: SafeguardingPrompt): string {
  const categories = [...new Set(p.flags.map((f) => RISK_CATEGORIES[f.category] ?? f.category))];
  return `⚠ Possible safeguarding risk (${categories.join('; ')}). Type \`confirm <action taken>\` or \`dismiss <reason>\`.`;
}
