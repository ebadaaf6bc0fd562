import { readFileSync } from 'node:fs';
import { buildInsight } from '../../dialogs/insight';
import { buildDirectoryIndex, type DirectoryIndex } from '../../plans/directory/build-index';
import { importDirectoryText } from '../../plans/directory/import';
import { matchResources } from '../../plans/directory/match';
import { draftPlan } from '../../plans/draft-plan';
import type { Plan } from '../../plans/model';
import { buildResourceQuery } from '../../plans/resource-query';
import { MATCH_LIMIT } from '../../service/features/plan';
import type { Person } from './data';
import { assessmentFor } from './person-assessment';

/**
 * The product's own path from a directory file to a drafted plan: the real importer, the real
 * index, the query the plan feature builds, the matcher and the rules drafter — nothing here
 * decides anything the product would not.
 */
export interface ImportedDirectory {
  index: DirectoryIndex;
  services: number;
  rejected: number;
  warnings: number;
}

export function importForEval(path: string): ImportedDirectory {
  const result = importDirectoryText(readFileSync(path, 'utf8'));
  return { index: buildDirectoryIndex(result.services), services: result.services.length, rejected: result.rejectedCount, warnings: result.warnings.length };
}

export const EVAL_NOW = '2026-12-01T10:00:00.000Z';

export function planFor(p: Person, dir: ImportedDirectory): Plan {
  const state = assessmentFor(p);
  const suggestions = matchResources(dir.index, buildResourceQuery(state), MATCH_LIMIT);
  return draftPlan({ assessment: state, insight: buildInsight(state), suggestions, now: EVAL_NOW, id: `plan-${state.id}` });
}
