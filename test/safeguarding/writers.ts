/**
 * The TUNED labelled corpora — the rules were written from them and the learned layer is trained on
 * them — grouped by who wrote them: each writer (a session) words risk their own
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
  // Benign carer and everyday statements written by session s16 (first score: 6/35 flagged — HELDOUT.md).
  { writer: 's16-benign', files: ['corpus-tuning-6-benign.json'] },
  // Held out for two scores (65.2 %, then 79.5 % recall — HELDOUT.md), then tuned on from round 4 (session u16).
  { writer: 'heldout-6 (tuned from round 4)', files: ['corpus-heldout-6.json'] },
  // Held out for two scores (first 77.0 % recall, explicit 39/42, false alarms 10.7 % on main be86af1,
  // 2026-12-01 20:34 UTC; then 76.7 % after round 4 — HELDOUT.md), then tuned on from round 5 (branch
  // s16a for the self/others/health categories, s16b for harm from others and no safe place). The tuning-7 files are paraphrases of its misses,
  // grouped with it so leave-one-writer-out never trains on a paraphrase of the set it scores.
  { writer: 'heldout-7 (tuned from round 5)', files: ['corpus-heldout-7.json', 'corpus-tuning-7-self.json', 'corpus-tuning-7-others.json'] },
  // Held out for two scores (first 80.8 % recall, explicit 36/38, false alarms 12.0 % on main 769d37e,
  // 2026-12-02 01:48 UTC; then 85.6 %, 37/38, 9.0 % after round 5's merges — HELDOUT.md), then tuned on
  // from round 6 (branch s16d for suicide, self-harm, eating and substance; s16e for the other five
  // categories). corpus-tuning-8-self.json (s16d) and corpus-tuning-8-others.json (s16e) hold paraphrases of
  // its misses, grouped with it so leave-one-writer-out never trains on a paraphrase of the set it scores.
  { writer: 'heldout-8 (tuned from round 6)', files: ['corpus-heldout-8.json', 'corpus-tuning-8-self.json', 'corpus-tuning-8-others.json'] },
  // Held out for one score (78.8 % recall, explicit 31/31, false alarms 10.0 % on main 1c8ea4e, 2026-12-02 16:48 UTC —
  // HELDOUT.md), then tuned on from round 6 by branch s16f: link-worker shorthand, reported speech, risk shown by
  // practical detail (normalise.ts reads its shorthand; no paraphrase file was written this round).
  { writer: 'heldout-9 (tuned from round 6)', files: ['corpus-heldout-9.json'] },
];

/**
 * Held-out corpora, never trained or tuned on: file → the floor for its overall recall, which is
 * its first score (HELDOUT.md). Sets 6, 7, 8 and 9 were held out and are now tuned (WRITERS; their
 * held-out scores are in the comments above). The next set is added here when it is committed.
 */
export const HELD_OUT: Readonly<Record<string, number>> = {};

export function loadCorpus(name: string): LabelledStatement[] {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as LabelledStatement[];
}
