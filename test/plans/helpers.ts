import type { AssessmentState } from '../../dialogs/engine/types';
import { buildDirectoryIndex } from '../../plans/directory/build-index';
import type { DraftInput } from '../../plans/draft-plan';
import { draftInputFor } from '../../plans/plan-draft-input';
import { DIRECTORY, NOW } from './fixtures';

export const INDEX = buildDirectoryIndex(DIRECTORY);

/** The drafter's input exactly as the plan feature builds it, over the fixture directory. */
export function inputFor(a: AssessmentState, index = INDEX): DraftInput {
  return draftInputFor(index, a, NOW);
}
