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

/**
 * Local first where the directory is dense. A link worker in a city does not send someone across
 * it when every need they chose has something on their doorstep: when each need has an in-person
 * service within LOCAL_KM, and LOCAL_ENOUGH in all, the in-person search stays within LOCAL_KM
 * (phone, online and home visits are unchanged). Before round 5b a 70-year-old in an inner-city
 * district was offered groups 6–7 km away, across the city, ahead of ones in his own street,
 * because they met two of his needs at once (RESULTS.md §15). Where services are sparse (towns,
 * villages) nothing changes: the barrier-based radius (reach.ts) stands.
 */
export const LOCAL_KM = 5;
export const LOCAL_ENOUGH = 4;

function localIsEnough(index: DirectoryIndex, query: MatchQuery): boolean {
  if (!query.location || query.remoteOnly || query.needs.length === 0) return false;
  if ((query.maxDistanceKm ?? Infinity) <= LOCAL_KM) return false;
  const near = new Set<string>();
  for (const need of query.needs) {
    const local = matchResources(index, { ...query, needs: [need], maxDistanceKm: LOCAL_KM, remoteFirst: false }, PER_NEED_LIMIT).filter(
      // For that need itself: the matcher also returns near services that only share words.
      (s) => s.mode === 'in_person' && s.distanceKm !== undefined && s.distanceKm <= LOCAL_KM && s.service.needAreas.includes(need),
    );
    if (local.length === 0) return false;
    for (const s of local) near.add(s.service.id);
  }
  return near.size >= LOCAL_ENOUGH;
}

export function suggestionsForPlan(index: DirectoryIndex, assessment: Pick<AssessmentState, 'answers'>, choices: SearchOptions = {}): PlanSuggestions {
  const searched = planSearchFor(assessment, placesForDirectory(index), choices);
  const query = searched.query;
  let area = searched.area;
  if (localIsEnough(index, query)) {
    query.maxDistanceKm = LOCAL_KM;
    area = {
      ...area,
      radiusKm: LOCAL_KM,
      summary: area.summary.replace(
        /^Searched in person within \d+(\.\d+)? km of /,
        `Searched in person within ${LOCAL_KM} km (every need chosen has services this close) of `,
      ),
    };
  }
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
