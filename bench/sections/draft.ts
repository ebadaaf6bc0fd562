import type { AssessmentState } from '../../dialogs/engine/types';
import { buildDirectoryIndex, type DirectoryIndex } from '../../plans/directory/build-index';
import { generateSyntheticDirectory } from '../../plans/directory/synthetic';
import { draftPlan, type DraftInput } from '../../plans/draft-plan';
import { draftInputFor as planDraftInputFor } from '../../plans/plan-draft-input';
import { timeEach, type Summary } from '../stats';

/**
 * Deterministic plan drafting: draftPlan alone on prepared inputs (target p99 ≤ 20 ms), and the
 * whole path the plan feature runs when an assessment completes (insight + match + draft).
 */
export const BENCH_NOW = '2026-11-25T10:00:00.000Z';

export function draftInputFor(a: AssessmentState, index: DirectoryIndex): DraftInput {
  return planDraftInputFor(index, a, BENCH_NOW);
}

export interface DraftResult {
  people: number;
  directoryServices: number;
  draftPlanMs: Summary;
  insightMatchDraftMs: Summary;
  meanGoals: number;
  meanLinkedServices: number;
}

export function benchDraft(people: readonly AssessmentState[], directoryServices: number, repeat: number): DraftResult {
  const index = buildDirectoryIndex(generateSyntheticDirectory(directoryServices, 1));
  const inputs = people.map((p) => draftInputFor(p, index));
  const many = Array.from({ length: repeat }, () => inputs).flat();
  let goals = 0;
  let linked = 0;
  for (const input of inputs) {
    const plan = draftPlan(input);
    goals += plan.goals.length;
    linked += plan.signposts.length + plan.referrals.length;
  }
  return {
    people: people.length,
    directoryServices,
    draftPlanMs: timeEach(many, (i) => draftPlan(i)),
    insightMatchDraftMs: timeEach(people, (p) => draftPlan(draftInputFor(p, index)), Math.min(20, people.length)),
    meanGoals: goals / inputs.length,
    meanLinkedServices: linked / inputs.length,
  };
}
