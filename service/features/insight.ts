import { notice } from '../../dialogs/engine/notice';
import { buildInsight } from '../../dialogs/insight';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import { previousCompleted } from './previous-assessment';

async function insightItems(ctx: FeatureContext): Promise<FeatureResult> {
  const state = ctx.assessment;
  if (!state) return { items: [notice('There is no assessment open. Type `start` or `assessments`.')] };
  const insight = buildInsight(state, await previousCompleted(ctx.store, state));
  return { items: [{ kind: 'feature', feature: 'insight', data: insight, text: `Insight for ${state.patient.masked}` }] };
}

/** `summary` at any point, and automatically when an assessment completes: the insight card. */
export const insightFeature: Feature = {
  name: 'insight',
  help: '`summary` shows the insight card (scores, bands, locus-of-control suggestions) at any point.',
  select(input) {
    return input.kind === 'text' && /^(summary|insight)$/i.test(input.text);
  },
  handle: (_input, ctx) => insightItems(ctx),
  onCompleted: (ctx) => insightItems(ctx),
};
