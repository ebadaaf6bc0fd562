import type { FeaturePromptData, FeaturePromptName } from '../service/feature-prompts';
import { parseFeaturePrompt } from '../service/feature-prompts';
import type { FeaturePrompt, TurnReply } from '../service/reply';
import { renderAttendanceCard } from './cards/attendance-card';
import { adaptiveCard, escapeMarkdown, header, text, type AdaptiveCard } from './cards/card-kit';
import { renderCaseloadCard } from './cards/caseload-card';
import { renderInsightCard } from './cards/insight-card';
import { drawPlanFeatureCard } from './cards/plan-card';
import { renderProgressCard } from './cards/progress-card';

type Renderers = { [K in FeaturePromptName]?: (data: FeaturePromptData[K], reply: TurnReply) => AdaptiveCard | null };

/**
 * Which feature outputs render as cards — the one table, fixed at build time (no start-up
 * registration). A feature with no entry (export) is sent as its text.
 */
const FEATURE_CARDS: Renderers = {
  insight: (data) => renderInsightCard(data),
  progress: (data) => renderProgressCard(data),
  // Its data has passed planCardDataSchema in renderFeatureCard below: drawn without a second parse.
  plan: drawPlanFeatureCard,
  caseload: (data) => renderCaseloadCard(data),
  attendance: (data, reply) => renderAttendanceCard(data, reply.patient),
};

function render<K extends FeaturePromptName>(item: Extract<FeaturePrompt, { feature: K }>, reply: TurnReply): AdaptiveCard | null {
  const draw = FEATURE_CARDS[item.feature as K];
  return draw ? draw(item.data as FeaturePromptData[K], reply) : null;
}

/**
 * A replayed reply comes from the store and may predate a schema change, so the data is checked
 * again here: a card is drawn only from data that passes its feature's schema. Otherwise the
 * link worker gets the reply's own line and says why the card is missing — nothing is drawn
 * from, or changed by, the data that failed.
 */
export function renderFeatureCard(item: FeaturePrompt, reply: TurnReply): AdaptiveCard | null {
  if (!FEATURE_CARDS[item.feature]) return null;
  const check = parseFeaturePrompt(item);
  if (check.ok) return render(check.prompt, reply);
  const line = typeof item.text === 'string' ? [text(escapeMarkdown(item.text))] : [];
  return adaptiveCard([
    header(null, reply.patient),
    ...line,
    text(`${check.message}, so it is not shown. Type the command again to see it.`, { color: 'Warning' }),
  ]);
}
