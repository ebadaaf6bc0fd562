import type { Insight } from '../dialogs/insight';
import { renderInsightCard } from './cards/insight-card';
import { registerFeatureCard } from './render';

/** Feature outputs that render as cards. Registered once, at start-up. */
export function registerFeatureCards(): void {
  registerFeatureCard('insight', (data) => renderInsightCard(data as Insight));
}
