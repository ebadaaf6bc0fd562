import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalSet, type EvalSet } from './data';

/** The committed evaluation sets. Held-out is scored and reported apart, and never tuned on. */
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

export function evalSets(): EvalSet[] {
  const sets = [
    { name: 'East Anglia (held-out)', heldOut: true, directory: join(here, 'heldout', 'directory-east-anglia.json'), labels: join(here, 'heldout', 'labels-east-anglia.json'), people: join(here, 'heldout', 'people-heldout.json') },
  ];
  for (const t of TUNING) sets.push({ name: t.name, heldOut: false, directory: t.directory ?? join(here, 'tuning', t.dir, 'directory.json'), labels: join(here, 'tuning', t.dir, 'labels.json'), people: join(here, 'tuning', t.dir, 'people.json') });
  return sets.map(loadEvalSet);
}

/** Tuning sets, written by the issue-15 engineer (eval/plans/tuning/README.md). */
const TUNING: Array<{ name: string; dir: string; directory?: string }> = [
  { name: 'Cornwall (local taxonomy)', dir: 'cornwall' },
  { name: 'North West (no taxonomy)', dir: 'north-west' },
  { name: 'Shipped sample', dir: 'sample', directory: join(root, 'data-samples', 'directory', 'services.json') },
];
