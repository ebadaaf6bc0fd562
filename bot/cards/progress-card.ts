import { progressChartDataUri } from '../../reports/charts/progress-chart';
import type { ProgressSummary } from '../../reports/progress';
import { adaptiveCard, escapeMarkdown, facts, subtle, text, type AdaptiveCard, type CardElement } from './card-kit';

/**
 * The progress card (Adaptive Card 1.5): first assessment against the latest review. Every
 * change is stated in words by compareScores' sentence; the chart is a small PNG drawn on the
 * server and embedded as a data URI, so Teams needs no extra route or sign-in to show it.
 */
const heading = (value: string): CardElement => text(value, { weight: 'Bolder', spacing: 'Medium', separator: true });

function measuresSection(p: ProgressSummary): CardElement[] {
  const body: CardElement[] = [heading('Wellbeing and loneliness')];
  if (p.measures.some((m) => m.baselineValue !== null || m.latestValue !== null))
    body.push({ type: 'Image', url: progressChartDataUri(p), altText: 'Chart of each measure at the first assessment and the latest review', size: 'Stretch' });
  for (const m of p.measures) body.push(text(`• ${escapeMarkdown(m.summary)}`, { spacing: 'Small' }));
  return body;
}

function goalsSection(p: ProgressSummary): CardElement[] {
  if (p.goals.length === 0) return [];
  const body: CardElement[] = [heading('Goals')];
  for (const g of p.goals) {
    const conf = g.confidenceSummary
      ? escapeMarkdown(g.confidenceSummary.replace(/^Confidence for ".*":/s, 'confidence'))
      : `confidence ${g.confidenceBefore ?? '–'} at the first assessment`;
    body.push(text(`**Goal ${g.number}:** ${escapeMarkdown(g.text)}`, { spacing: 'Small' }));
    body.push(text(`${g.statusLabel} · ${conf}`, { isSubtle: true, spacing: 'None' }));
  }
  return body;
}

function sessionsSection(p: ProgressSummary): CardElement[] {
  const { used, allowed } = p.sessions;
  const status = used >= allowed ? 'cap reached — a review decision is needed (`sessions`)' : `${allowed - used} left before the cap`;
  return [
    heading('Sessions'),
    facts([
      ['Used', `${used} of ${allowed}`],
      ['Status', status],
    ]),
  ];
}

const OUTCOME = { attended: 'Attended', did_not_attend: 'Did not attend', not_yet: 'Not yet', declined: 'Declined' } as const;

/** Did they go? — each referral and signpost with a first date (issue 21). */
function attendanceSection(p: ProgressSummary): CardElement[] {
  if (!p.attendance?.length) return [];
  return [
    heading('First sessions — did they go?'),
    facts(p.attendance.map((a) => [`${escapeMarkdown(a.name)} (${a.link})`, `${a.firstDate} · ${a.outcome ? OUTCOME[a.outcome] : 'not yet asked'}`])),
  ];
}

export function renderProgressCard(p: ProgressSummary): AdaptiveCard {
  const latest = p.latest ? `Latest ${p.latest.kind}: ${p.latest.date} (review ${p.latest.number})` : 'No review yet — type `review` to start one';
  return adaptiveCard([
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [text('Progress since the first assessment', { weight: 'Bolder', color: 'Accent' })] },
        { type: 'Column', width: 'auto', items: [subtle(p.patient)] },
      ],
    },
    subtle(`First assessment: ${p.baselineDate} · ${latest}`),
    ...measuresSection(p),
    ...goalsSection(p),
    ...sessionsSection(p),
    ...attendanceSection(p),
  ]);
}
