import { notice } from '../../dialogs/engine/notice';
import type { AssessmentState } from '../../dialogs/engine/types';
import { buildProgress, type ProgressSummary } from '../../reports/progress';
import { reviewLinkOf, reviewsOf } from '../../reports/review-link';
import type { Store } from '../../store/types';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import type { ReplyItem } from '../reply';
import { personSessionTotals } from './sessions';
import { sessionCapLookup } from '../session-caps';

/**
 * `progress`: the person's baseline against their latest review — every measure with its change
 * in words (from compareScores), a small chart, goals' status and sessions against the cap.
 * Also shown when a review completes (service/features/review.ts).
 */

/** What progress needs from the turn: the records and the one script registry. */
type ProgressDeps = Pick<FeatureContext, 'store' | 'scripts'>;

/** The baseline this assessment belongs to: itself, or the one a review links to. Owner's records only. */
export async function baselineOf(store: Store, current: AssessmentState): Promise<AssessmentState | null> {
  const link = reviewLinkOf(current);
  if (!link) return current;
  const found = await store.getAssessment(link.baselineId);
  return found && found.value.owner === current.owner ? found.value : null;
}

/** Sessions as the `sessions` command counts them, against the cap of the baseline's script. */
async function sessionTotals(
  { store, scripts }: ProgressDeps,
  baseline: AssessmentState,
  current: AssessmentState,
): Promise<{ used: number; allowed: number }> {
  // The cap of the baseline's script (the default when it cannot be read: the card still shows what was recorded).
  const cap = await sessionCapLookup(scripts)(baseline);
  const { used, allowed } = await personSessionTotals(store, current, cap);
  return { used, allowed };
}

export async function progressSummary(deps: ProgressDeps, current: AssessmentState): Promise<ProgressSummary | null> {
  const { store } = deps;
  const baseline = await baselineOf(store, current);
  if (!baseline) return null;
  // The current assessment may be a review completing in this very turn, not yet saved: use this copy.
  const mine = (await store.listAssessments({ owner: baseline.owner })).filter((a) => a.id !== current.id).concat(current);
  return buildProgress(baseline, reviewsOf(baseline.id, mine), await sessionTotals(deps, baseline, current));
}

export function progressText(p: ProgressSummary): string {
  const when = p.latest ? `latest ${p.latest.kind} ${p.latest.date}` : 'no review yet — type `review` to start one';
  return `Progress for ${p.patient}: first assessment ${p.baselineDate}, ${when}. ${p.sessions.used} of ${p.sessions.allowed} sessions used.`;
}

export async function progressItems(deps: ProgressDeps, current: AssessmentState): Promise<ReplyItem[]> {
  const p = await progressSummary(deps, current);
  if (!p) return [notice('The first assessment this review belongs to could not be found, so progress cannot be shown.', 'warning')];
  return [{ kind: 'feature', feature: 'progress', data: p, text: progressText(p) }];
}

export const progressFeature: Feature = {
  name: 'progress',
  help: "`progress` shows the person's progress card: first assessment against the latest review, goals and sessions.",
  select(input, ctx) {
    return input.kind === 'text' && ctx.assessment !== null && /^progress$/i.test(input.text);
  },
  async handle(_input, ctx): Promise<FeatureResult> {
    const current = ctx.assessment!;
    if (current.status !== 'completed' && !reviewLinkOf(current))
      return { items: [notice('Progress compares a completed first assessment with its reviews; finish this assessment first.')] };
    return { items: await progressItems(ctx, current) };
  },
};
