import { readFileSync } from 'node:fs';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { importDirectoryText } from '../../plans/directory/import';
import { draftPlan } from '../../plans/draft-plan';
import type { Plan } from '../../plans/model';
import { draftInputFor } from '../../plans/plan-draft-input';
import { haversineKm } from '../../plans/directory/geo';
import { placesForDirectory } from '../../plans/places/directory-places';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { resolvePlace } from '../../plans/places/resolve-place';
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

/** A choice this close to where the person really lives is the one a link worker who knows them picks. */
export const PICK_KM = 10;

/**
 * The area question as the product asks it (service/features/place-question.ts): a place that is
 * found is recorded as typed; an unknown, misspelt or ambiguous one is asked again with numbered
 * choices, and the link worker — who knows where the person lives — picks the choice that is that
 * place (within PICK_KM of the truth); when none is, they type the place as the person's record
 * names it (truth.place, e.g. "Headingley, Leeds") if that is found there, else keep the answer
 * `as typed`. The answer recorded is then what the product would record.
 */
export function areaAsAnswered(p: Person, dir: ImportedDirectory): string {
  const r = resolvePlace(p.area, placesForDirectory(dir.index));
  if (r.kind === 'found' || r.kind === 'empty') return p.area;
  const choices = r.kind === 'ambiguous' ? r.choices : r.suggestions;
  const km = (c: { lat: number; lon: number }) => haversineKm(c.lat, c.lon, p.truth.lat, p.truth.lon);
  const best = [...choices].sort((a, b) => km(a) - km(b))[0];
  if (best && km(best) <= PICK_KM) return best.label;
  const retyped = resolvePlace(p.truth.place, placesForDirectory(dir.index));
  return retyped.kind === 'found' && km(retyped.place) <= PICK_KM ? p.truth.place : p.area;
}

export function planFor(p: Person, dir: ImportedDirectory): Plan {
  return draftPlan(draftInputFor(dir.index, assessmentFor(p, areaAsAnswered(p, dir)), EVAL_NOW));
}
