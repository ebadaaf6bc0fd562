import { readFileSync } from 'node:fs';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { importDirectoryText } from '../../plans/directory/import';
import { draftPlan } from '../../plans/draft-plan';
import type { Plan } from '../../plans/model';
import { draftInputFor } from '../../plans/plan-draft-input';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
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
  const prepared = indexImportedDirectory(result.services);
  return { index: prepared.index, services: result.services.length, rejected: result.rejectedCount, warnings: result.warnings.length + prepared.issues.length };
}

export const EVAL_NOW = '2026-12-01T10:00:00.000Z';

export function planFor(p: Person, dir: ImportedDirectory): Plan {
  return draftPlan(draftInputFor(dir.index, assessmentFor(p), EVAL_NOW));
}
