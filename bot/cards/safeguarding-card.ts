import type { Prompt } from '../../dialogs/engine/types';
import { NO_RISK_FOUND_NOTE } from '../../dialogs/safeguarding/check-in';
import { RISK_CATEGORIES } from '../../dialogs/vocabulary';
import { adaptiveCard, escapeMarkdown, facts, subtle, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './card-kit';

type SafeguardingPrompt = Extract<Prompt, { kind: 'safeguarding' }>;
type RiskOverridePrompt = Extract<Prompt, { kind: 'risk_override' }>;

const labels = (p: SafeguardingPrompt) => [...new Set(p.flags.map((f) => RISK_CATEGORIES[f.category] ?? f.category))];
const denied = (p: SafeguardingPrompt) => p.flags.every((f) => f.kind === 'negated');

const decisionForm = (assessmentId: string, decision: 'confirmed' | 'dismissed', title: string, label: string, placeholder: string): CardAction => ({
  type: 'Action.ShowCard',
  title,
  card: {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      {
        type: 'Input.Text',
        id: `note_${decision}`,
        label,
        placeholder,
        isRequired: true,
        errorMessage: 'Please record this',
        isMultiline: true,
        maxLength: 2000,
      },
    ],
    actions: [
      submit(
        decision === 'confirmed' ? 'Record concern' : 'Record dismissal',
        { wma: 'safeguarding', assessmentId, decision },
        decision === 'confirmed' ? 'destructive' : undefined,
      ),
    ],
  },
});

/**
 * The interrupt. Sent only in the link worker's 1:1 chat. It quotes what was said, names the
 * category, lists crisis contacts and the local escalation steps, and needs a recorded decision.
 */
function crisisCard(p: SafeguardingPrompt, assessmentId: string, patient: string | null): AdaptiveCard {
  const body: CardElement[] = [
    {
      type: 'Container',
      style: 'attention',
      items: [text('⚠ Possible safeguarding risk — please check now', { weight: 'Bolder', size: 'Medium' }), ...(patient ? [subtle(patient)] : [])],
    },
    text(`What was said: “${escapeMarkdown(p.quote)}”`),
    facts([['Category', labels(p).join('; ')]]),
    text('Your local escalation steps', { weight: 'Bolder' }),
    text(p.escalationSteps),
    text('Crisis contacts to share with the person', { weight: 'Bolder' }),
    facts(p.contacts.map((c) => [c.name, c.detail])),
    subtle('Confirm to record a safeguarding concern with the action you took, or dismiss with a reason. The assessment then resumes where you were.'),
  ];
  return adaptiveCard(body, [
    decisionForm(assessmentId, 'confirmed', 'Confirm concern', 'Action taken', 'e.g. Called duty GP; agreed safety plan'),
    decisionForm(assessmentId, 'dismissed', 'Dismiss', 'Why is this not a risk?', 'e.g. Talking about a TV programme'),
  ]);
}

/**
 * The lighter response to a possible or denied risk: a question to ask now and a one-tap record
 * of what the person said. "Risk found" turns it into the full crisis card; nothing is lost.
 */
function checkInCard(p: SafeguardingPrompt, assessmentId: string, patient: string | null): AdaptiveCard {
  const body: CardElement[] = [
    {
      type: 'Container',
      style: 'warning',
      items: [text('⚠ Possible safeguarding risk — please check in', { weight: 'Bolder', size: 'Medium' }), ...(patient ? [subtle(patient)] : [])],
    },
    text(`What was said: “${escapeMarkdown(p.quote)}”`),
    facts([
      ['Category', labels(p).join('; ')],
      ['Why a check-in', denied(p) ? 'The risk was named but denied' : 'A possible sign, not a clear disclosure'],
    ]),
    text('Ask the person', { weight: 'Bolder' }),
    text(p.suggestedQuestion ?? ''),
    subtle('Then record what you found. If they disclose a risk, "Risk found" shows the crisis contacts and your escalation steps.'),
  ];
  return adaptiveCard(body, [
    submit('No risk found', { wma: 'safeguarding', assessmentId, decision: 'dismissed', note: NO_RISK_FOUND_NOTE }, 'positive'),
    submit('Risk found — escalate', { wma: 'safeguarding', assessmentId, decision: 'escalate' }, 'destructive'),
    decisionForm(assessmentId, 'dismissed', 'Record something else', 'What did you find?', 'e.g. Talking about last year; has support from the GP'),
  ]);
}

export function renderSafeguardingCard(p: SafeguardingPrompt, assessmentId: string, patient: string | null): AdaptiveCard {
  return p.response === 'check_in' ? checkInCard(p, assessmentId, patient) : crisisCard(p, assessmentId, patient);
}

/** Both replies name the flag as a safeguarding flag, so it reads the same in a notification. */
export function safeguardingText(p: SafeguardingPrompt): string {
  if (p.response === 'check_in') {
    const ask = `Ask: “${p.suggestedQuestion ?? ''}” Then type \`no risk\` or \`escalate\`.`;
    return `⚠ Possible safeguarding risk — check in (${labels(p).join('; ')}). ${ask}`;
  }
  return `⚠ Possible safeguarding risk (${labels(p).join('; ')}). Type \`confirm <action taken>\` or \`dismiss <reason>\`.`;
}

export function riskOverrideText(p: RiskOverridePrompt): string {
  const names = p.concerns.map((c) => RISK_CATEGORIES[c] ?? c).join('; ');
  return (
    `⚠ A safeguarding concern was confirmed in this assessment (${names}), so "No known risks" needs an explicit override. ` +
    `Type \`override <reason>\` to record it with your reason, or choose "Risks identified".`
  );
}

/**
 * Confirmed concerns at the top of the insight and plan cards (issue 16). These cards appear only
 * in the link worker's 1:1 chat; the person's quoted words are never repeated here, and the plan
 * card says the block is not part of what is shared with the person. What reaches the GP is
 * decided by consent in exports/.
 */
export function confirmedConcernsBlock(
  concerns: ReadonlyArray<{ labels: string[]; action: string; at: string }> | undefined,
  where: 'insight' | 'plan',
): CardElement[] {
  if (!concerns?.length) return [];
  const rows: Array<[string, string]> = concerns.map((c) => [
    c.at.slice(0, 10),
    `${c.labels.join('; ')}${where === 'insight' ? ` — action: ${escapeMarkdown(c.action)}` : ''}`,
  ]);
  return [
    {
      type: 'Container',
      style: 'attention',
      items: [
        text(`⚠ Confirmed safeguarding concern${concerns.length > 1 ? 's' : ''}`, { weight: 'Bolder' }),
        facts(rows),
        subtle(
          where === 'plan'
            ? 'For you: leave this out when you share the plan with the person. The safeguarding record has the detail.'
            : 'Recorded with your action; follow your local safeguarding policy.',
        ),
      ],
    },
  ];
}
