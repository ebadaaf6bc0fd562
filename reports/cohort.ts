import type { AssessmentState } from '../dialogs/engine/types';
import { isReview, reviewLinkOf } from './review-link';

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/**
 * One referral: a baseline assessment begun in the period, with what followed it up to the end
 * of the period. A person referred twice in the period is two referrals. Identifiers stay inside
 * this structure (grouping needs them); nothing that leaves reports/ carries them.
 */
export interface Episode {
  baseline: AssessmentState;
  /** Baseline and every review linked to it (any status): contacts may be recorded on either. */
  linked: AssessmentState[];
  /** Completed reviews finished by the end of the period, oldest first. */
  reviews: AssessmentState[];
  /** The link worker (assessment owner); replaced by a letter before publishing. */
  worker: string;
  /** Sessions before a review is required, from the baseline's script. */
  cap: number;
}

const day = (iso: string | undefined): string => (iso ?? '').slice(0, 10);
export const inPeriod = (iso: string | undefined, p: ReportPeriod): boolean => day(iso) >= p.from && day(iso) <= p.to;

/** Referrals in the period. Cancelled assessments were never a referral conversation, so they are left out. */
export function selectEpisodes(all: readonly AssessmentState[], period: ReportPeriod, capOf: (a: AssessmentState) => number): Episode[] {
  const reviewsByBaseline = new Map<string, AssessmentState[]>();
  for (const a of all) {
    const link = reviewLinkOf(a);
    if (!link) continue;
    reviewsByBaseline.set(link.baselineId, [...(reviewsByBaseline.get(link.baselineId) ?? []), a]);
  }
  return all
    .filter((a) => !isReview(a) && a.status !== 'cancelled' && inPeriod(a.createdAt, period))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((baseline) => {
      const linkedReviews = reviewsByBaseline.get(baseline.id) ?? [];
      const reviews = linkedReviews
        .filter((r) => r.status === 'completed' && day(r.completedAt ?? r.updatedAt) <= period.to)
        .sort((a, b) => (a.completedAt ?? a.updatedAt).localeCompare(b.completedAt ?? b.updatedAt));
      return { baseline, linked: [baseline, ...linkedReviews], reviews, worker: baseline.owner, cap: capOf(baseline) };
    });
}
