import { fileURLToPath } from 'node:url';
import { loadDirectory } from '../../plans/directory/load';
import type { DirectoryService } from '../../plans/directory/model';

export const SAMPLES = fileURLToPath(new URL('../../data-samples/directory/', import.meta.url));
// Committed copies of shared/reference/open-referral-uk/ (source and date in the README there).
export const ORUK_REFERENCE = fileURLToPath(new URL('../fixtures/reference/open-referral-uk/', import.meta.url));

export function sampleServices(): DirectoryService[] {
  return loadDirectory(`${SAMPLES}services.json`).services;
}

export function byName(services: readonly DirectoryService[], name: string): DirectoryService {
  const s = services.find((x) => x.name === name);
  if (!s) throw new Error(`sample service "${name}" not found`);
  return s;
}

/** Real places used in the matching tests. */
export const PLACES = {
  leedsCityCentre: { lat: 53.7997, lon: -1.5492 },
  woodhouseLeeds: { lat: 53.812, lon: -1.556 },
  sheffieldCentre: { lat: 53.3811, lon: -1.4701 },
  dalston: { lat: 51.5465, lon: -0.0755 },
  bradfordCentre: { lat: 53.796, lon: -1.7594 },
};
