import { buildInsight } from '../../dialogs/insight';
import type { AssessmentState } from '../../dialogs/engine/types';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import { matchResources } from '../../plans/directory/match';
import type { DraftInput } from '../../plans/draft-plan';
import { buildResourceQuery } from '../../plans/resource-query';
import { DIRECTORY, NOW } from './fixtures';

export const INDEX = buildDirectoryIndex(DIRECTORY);

/** The drafter's input exactly as the plan feature builds it, over the fixture directory. */
export function inputFor(a: AssessmentState, index = INDEX): DraftInput {
  return { assessment: a, insight: buildInsight(a), suggestions: matchResources(index, buildResourceQuery(a), 8), now: NOW, id: `plan-${a.id}` };
}
