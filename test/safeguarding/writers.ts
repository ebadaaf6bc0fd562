/**
 * The labelled corpora grouped by who wrote them: each writer (a session) words risk their own
 * way, so generalisation is measured by leaving one writer out, not one statement.
 */
import { readFileSync } from 'node:fs';
import type { LabelledStatement } from './corpus-metrics';

export const WRITERS: ReadonlyArray<{ writer: string; files: readonly string[] }> = [
  { writer: 'development', files: ['corpus.json'] },
  { writer: 'holdout-1', files: ['corpus-holdout.json'] },
  { writer: 'holdout-2', files: ['corpus-holdout2.json'] },
  { writer: 'tuning-4+5', files: ['corpus-tuning-4.json', 'corpus-tuning-5.json'] },
  { writer: 'heldout-3', files: ['corpus-heldout-3.json'] },
  { writer: 'heldout-4', files: ['corpus-heldout-4.json'] },
  { writer: 'heldout-5', files: ['corpus-heldout-5.json'] },
];

export function loadCorpus(name: string): LabelledStatement[] {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as LabelledStatement[];
}
