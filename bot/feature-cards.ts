import type { Insight } from '../dialogs/insight';
import type { ProgressSummary } from '../reports/progress';
import type { FeaturePrompt, TurnReply } from '../service/reply';
import type { CardElement } from './cards/card-kit';
import { renderInsightCard } from './cards/insight-card';
import { renderPlanFeatureCard } from './cards/plan-card';
import { renderProgressCard } from './cards/progress-card';

type FeatureCardRenderer = (data: unknown, reply: TurnReply) => CardElement | null;

/**
 * Which feature outputs render as cards — the one table, fixed at build time (no start-up
 * registration). A feature with no entry (e.g. export) is sent as its text.
 */
const FEATURE_CARDS: Readonly<Record<string, FeatureCardRenderer>> = {
  insight: (data) => renderInsightCard(data as Insight),
  progress: (data) => renderProgressCard(data as ProgressSummary),
  plan: renderPlanFeatureCard,
};

export function renderFeatureCard(item: FeaturePrompt, reply: TurnReply): CardElement | null {
  const render = FEATURE_CARDS[item.feature];
  return render ? render(item.data, reply) : null;
}
