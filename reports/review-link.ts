import { z } from 'zod';
import type { AssessmentState } from '../dialogs/engine/types';

/**
 * How a review assessment points at the person's first (baseline) assessment. Stored in the
 * review's `features.review` slot by service/features/review.ts and read by the progress card and
 * the service report — the one shape both sides agree on.
 */
export const reviewLinkSchema = z.object({
  kind: z.enum(['review', 'discharge']),
  baselineId: z.string().min(1),
  /** Question ids copied from the baseline rather than asked (goal texts). */
  prefilled: z.array(z.string()),
  startedAt: z.string(),
});
export type ReviewLink = z.infer<typeof reviewLinkSchema>;

export const REVIEW_SLOT = 'review';

/** The review link, or null for a baseline (or an unreadable slot, which is then not a review). */
export function reviewLinkOf(state: AssessmentState): ReviewLink | null {
  const raw = state.features?.[REVIEW_SLOT];
  if (raw === undefined) return null;
  const parsed = reviewLinkSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const isReview = (state: AssessmentState): boolean => state.features?.[REVIEW_SLOT] !== undefined;

/** Completed reviews of one baseline, oldest first. */
export function reviewsOf(baselineId: string, all: readonly AssessmentState[]): AssessmentState[] {
  return all
    .filter((a) => a.status === 'completed' && reviewLinkOf(a)?.baselineId === baselineId)
    .sort((a, b) => (a.completedAt ?? a.updatedAt).localeCompare(b.completedAt ?? b.updatedAt));
}

export const GOAL_PROGRESS_LABELS: Record<string, string> = {
  achieved: 'Achieved',
  partly: 'Partly achieved',
  not_yet: 'Not yet',
  no_longer_relevant: 'No longer relevant',
};
export const GOAL_PROGRESS_VALUES = Object.keys(GOAL_PROGRESS_LABELS);
