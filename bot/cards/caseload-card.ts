import type { CaseloadCardData } from '../../service/feature-prompts';
import { adaptiveCard, featureButton, submit, subtle, text, type AdaptiveCard, type CardElement } from './card-kit';
import type { Colour } from './card-types';

/**
 * The caseload card (Adaptive Card 1.5): a row per person, most urgent first — masked reference,
 * status and why, sessions against the cap, review date, next step, supervision flag — and an
 * Open button that opens the person as `open` does (insight, plan, exports). Filter buttons re-ask.
 */
const feature = (args: Record<string, unknown>) => featureButton('caseload', args);

const STATUS_COLOUR: Record<string, Colour> = { review_due: 'Attention', at_cap: 'Warning', plan_draft: 'Accent', discharged: 'Default' };

function row(r: CaseloadCardData['rows'][number]): CardElement {
  const facts = [
    `Sessions ${r.sessions.used} of ${r.sessions.allowed}`,
    ...(r.reviewDate && r.status !== 'discharged' ? [`review ${r.reviewDate}`] : []),
    ...(r.supervision ? ['⚑ supervision'] : []),
  ].join(' · ');
  return {
    type: 'ColumnSet',
    separator: true,
    spacing: 'Small',
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        items: [
          text(`**${r.masked}** — ${r.statusLabel}`, { color: STATUS_COLOUR[r.status] ?? 'Default' }),
          subtle(`${r.detail} · ${facts}`),
          ...(r.next ? [subtle(`Next: ${r.next.what}${r.next.due ? ` (${r.next.due})` : ''}`)] : []),
        ],
      },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [{ type: 'ActionSet', actions: [submit('Open', feature({ open: r.openId }))] }],
      },
    ],
  };
}

export function renderCaseloadCard(data: CaseloadCardData): AdaptiveCard {
  const more = data.total - data.rows.length;
  return adaptiveCard(
    [
      text(`${data.title} (${data.total})`, { weight: 'Bolder', color: 'Accent' }),
      subtle('Most urgent first. Only you can see these people.'),
      ...data.rows.map(row),
      ...(more > 0 ? [subtle(`…and ${more} more in the "My caseload" tab.`)] : []),
    ],
    [
      ...(data.filter !== 'all' ? [submit('Everyone', feature({ filter: 'all' }))] : []),
      ...(data.filter !== 'due' ? [submit('Due this week', feature({ filter: 'due' }))] : []),
      ...(data.filter !== 'cap' ? [submit('At cap', feature({ filter: 'cap' }))] : []),
    ],
  );
}
