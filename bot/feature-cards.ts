import type { Insight } from '../dialogs/insight';
import type { ProgressSummary } from '../reports/progress';
import { renderInsightCard } from './cards/insight-card';
import { renderProgressCard } from './cards/progress-card';
import { registerFeatureCard } from './render';

/** Feature outputs that render as cards. Registered once, at start-up. */
export function registerFeatureCards(): void {
  registerFeatureCard('insight', (data) => renderInsightCard(data as Insight));
  registerFeatureCard('progress', (data) => renderProgressCard(data as ProgressSummary));
}
