import type { AssessmentState } from '../dialogs/engine/types';
import type { DirectoryIndex } from './directory/build-index';
import { matchResources } from './directory/match';
import type { MatchQuery, ResourceSuggestion } from './directory/query';
import { goesOut, needsAllowedForGoal, unmappedGoalWords } from './goal-resources';
import { placesForDirectory } from './places/directory-places';
import { readPlanFacts } from './plan-input';
import { planSearchFor, type SearchArea, type SearchOptions } from './resource-query';

/**
 * The services a plan may use, for one person: the best overall, plus the best few for each
 * need area they chose and for each goal in their words. One search for the whole person lets a
 * strong need crowd out the others ("needs the person chose but no goal names get nothing");
 * asking per need and per goal gives the drafter something to choose from for every one of them.
 */
export const OVERALL_LIMIT = 8;
export const PER_NEED_LIMIT = 3;
export const PER_GOAL_LIMIT = 3;

export interface PlanSuggestions {
  suggestions: ResourceSuggestion[];
  searchArea: SearchArea;
}

export function suggestionsForPlan(index: DirectoryIndex, assessment: Pick<AssessmentState, 'answers'>, choices: SearchOptions = {}): PlanSuggestions {
  // The search as it will run, local first included, and the sentence that says what it searched.
  const { query, area } = planSearchFor(assessment, placesForDirectory(index), choices, index);
  const facts = readPlanFacts(assessment);
  const found = new Map<string, ResourceSuggestion>();
  const add = (list: ResourceSuggestion[]) => {
    for (const s of list) if (!found.has(s.service.id)) found.set(s.service.id, s);
  };
  add(matchResources(index, query, OVERALL_LIMIT));
  for (const need of query.needs) add(matchResources(index, { ...query, needs: [need] }, PER_NEED_LIMIT));
  for (const g of facts.goals) {
    const goal: MatchQuery = { ...query, needs: [...needsAllowedForGoal(g.text, query.needs)], text: g.text };
    // A goal to get out of the house asks for somewhere to go: its own search does not put
    // no-travel services first, though the person's barriers do for the rest of the plan.
    if (goesOut(g.text) && !query.remoteOnly) goal.remoteFirst = false;
    add(matchResources(index, goal, PER_GOAL_LIMIT));
    // A lift, or a group for parents, has no need area: such services are found by their words too.
    const unmapped = unmappedGoalWords(g.text);
    if (unmapped) add(matchResources(index, { ...query, needs: [], text: `${g.text} ${unmapped}` }, PER_GOAL_LIMIT));
  }
  return { suggestions: [...found.values()], searchArea: area };
}
