import { FEATURE_PROMPT_SCHEMAS, type FeaturePromptData, type FeaturePromptName } from '../service/feature-prompts';
import type { FeaturePrompt, TurnReply } from '../service/reply';
import type { AdaptiveCard } from './cards/card-kit';
import { renderCaseloadCard } from './cards/caseload-card';

import { renderAttendanceCard } from './cards/attendance-card';
import { renderInsightCard } from './cards/insight-card';
import { renderPlanFeatureCard } from './cards/plan-card';
import { renderProgressCard } from './cards/progress-card';

type Renderers = { [K in FeaturePromptName]?: (data: FeaturePromptData[K], reply: TurnReply) => AdaptiveCard | null };

/**
 * Which feature outputs render as cards — the one table, fixed at build time (no start-up
 * registration). A feature with no entry (export) is sent as its text.
 */
const FEATURE_CARDS: Renderers = {
  insight: (data) => renderInsightCard(data),
  progress: (data) => renderProgressCard(data),
  plan: renderPlanFeatureCard,
  caseload: (data) => renderCaseloadCard(data),
  attendance: (data, reply) => renderAttendanceCard(data, reply.patient),
};

export function renderFeatureCard(item: FeaturePrompt, reply: TurnReply): AdaptiveCard | null {
  const render = FEATURE_CARDS[item.feature] as ((data: unknown, reply: TurnReply) => AdaptiveCard | null) | undefined;
  if (!render) return null;
  // A replayed reply comes from the store: where the data has a schema, render only what passes it.
  const schema = FEATURE_PROMPT_SCHEMAS[item.feature];
  if (schema && !schema.safeParse(item.data).success) return null;
  return render(item.data, reply);
}
