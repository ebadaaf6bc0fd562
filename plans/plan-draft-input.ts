import { buildInsight } from '../dialogs/insight';
import type { AssessmentState } from '../dialogs/engine/types';
import type { DirectoryIndex } from './directory/build-index';
import type { DraftInput } from './draft-plan';
import { suggestionsForPlan } from './plan-suggestions';
import type { SearchOptions } from './resource-query';

/** The drafter's input exactly as the plan feature builds it: one place for the feature, eval, bench and tests. */
export function draftInputFor(
  index: DirectoryIndex,
  assessment: AssessmentState,
  now: string,
  id = `plan-${assessment.id}`,
  choices: SearchOptions = {},
): DraftInput {
  const { suggestions, searchArea } = suggestionsForPlan(index, assessment, choices);
  return { assessment, insight: buildInsight(assessment), suggestions, searchArea, now, id };
}
