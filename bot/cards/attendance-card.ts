import type { AttendanceCardData } from '../../service/feature-prompts';
import { adaptiveCard, featureButton, escapeMarkdown, header, submit, subtle, text, type AdaptiveCard, type CardElement } from './card-kit';

/**
 * "Did they go?" (Adaptive Card 1.5): one block per referral or signpost whose first date has
 * passed, with four buttons. Each button names the assessment and the service, so a reminder's
 * card answers for the right person even when another person is open (the feature then opens
 * them and asks again). The typed words work as well and are shown under the buttons.
 */
const OUTCOMES = [
  ['attended', 'Attended', 'positive'],
  ['did_not_attend', 'Did not attend', undefined],
  ['not_yet', 'Not yet', undefined],
  ['declined', 'Declined', undefined],
] as const;

export function renderAttendanceCard(data: AttendanceCardData, patient: string | null): AdaptiveCard {
  const body: CardElement[] = [header(null, patient), text('Did they go?', { size: 'Medium', weight: 'Bolder' })];
  for (const q of data.questions) {
    const args = (outcome: string) => featureButton('attendance', { assessmentId: data.assessmentId, link: q.link, serviceId: q.serviceId, outcome });
    body.push(
      text(`**${escapeMarkdown(q.name)}** (${q.link} ${q.index}) — first session ${q.firstDate}`, { spacing: 'Medium' }),
      { type: 'ActionSet', actions: OUTCOMES.map(([value, title, style]) => submit(title, args(value), style)) },
      subtle(
        `Or type \`${q.link} ${q.index} attended\`, \`${q.link} ${q.index} did not\`, \`${q.link} ${q.index} not yet\` or \`${q.link} ${q.index} declined\`.`,
      ),
    );
  }
  return adaptiveCard(body);
}
