/**
 * Runs the labelled corpora through detectRisks and prints recall/precision per category.
 *
 * corpus.json          development set (284 statements), written before the detector; the rules
 *                      were then developed against it, so its numbers are an upper bound.
 * corpus-holdout.json  held-out set 1 (110), written after the first detector. First run, before
 *                      any change: recall 59.5% (explicit 76.9%), precision 95.7%. Then used for fixes.
 * corpus-holdout2.json held-out set 2 (100), written after fixing set 1. First run, before any
 *                      change: recall 59.5% (explicit 69.4%), precision 95.7%, benign flagged 0/30.
 *                      Then used for fixes.
 * Those first-run numbers are the honest estimate for phrasings the rules have never seen: a rule
 * list catches most explicit words but misses many paraphrases. Both held-out sets are now
 * regression tests; a fresh held-out set is the way to re-measure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORY_IDS } from '../../dialogs/vocabulary';
import { formatScoreTable, scoreCorpus, type LabelledStatement } from './corpus-metrics';

function load(name: string): LabelledStatement[] {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as LabelledStatement[];
}

describe('safeguarding corpus', () => {
  const corpus = load('corpus.json');

  it('is a real test set: 200+ statements, every category with explicit, paraphrased, negated and reported examples, ~60 benign', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(corpus.filter((s) => s.type === 'benign').length).toBeGreaterThanOrEqual(60);
    for (const category of RISK_CATEGORY_IDS) {
      for (const type of ['explicit', 'paraphrased', 'negated', 'reported'] as const) {
        const n = corpus.filter((s) => s.type === type && s.expected.includes(category)).length;
        expect(n, `${category} ${type}`).toBeGreaterThanOrEqual(3);
      }
    }
    for (const s of corpus) expect(s.type === 'benign').toBe(s.expected.length === 0);
  });

  it('meets the recall and precision targets on the development corpus', () => {
    const score = scoreCorpus(corpus);
    console.log(`\nSafeguarding development corpus (${corpus.length} statements)\n${formatScoreTable(score)}\n`);
    for (const category of RISK_CATEGORY_IDS) {
      const { hit, total } = score.explicitRecall[category];
      expect(hit, `explicit recall for ${category}`).toBe(total);
    }
    expect(score.misses, 'missed disclosures').toEqual([]);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.benign.flagged / score.benign.total).toBeLessThanOrEqual(0.05);
  });

  for (const [file, floor] of [
    ['corpus-holdout.json', 0.9],
    ['corpus-holdout2.json', 0.9],
  ] as const) {
    it(`keeps explicit recall at 100% and overall recall ≥ ${floor * 100}% on ${file} (regression)`, () => {
      const set = load(file);
      const score = scoreCorpus(set);
      console.log(`\nSafeguarding ${file} (${set.length} statements; first-run numbers are in this file's header)\n${formatScoreTable(score)}\n`);
      for (const category of RISK_CATEGORY_IDS) {
        const { hit, total } = score.explicitRecall[category];
        expect(hit, `explicit recall for ${category}`).toBe(total);
      }
      expect(score.overall.recall).toBeGreaterThanOrEqual(floor);
      expect(score.overall.precision).toBeGreaterThanOrEqual(0.85);
    });
  }

  it('scores held-out corpus 3 (written without reading the rules) and prints its table', () => {
    const set = load('corpus-heldout-3.json');
    expect(set.length).toBeGreaterThanOrEqual(200);
    expect(set.filter((s) => s.type === 'benign').length).toBeGreaterThanOrEqual(50);
    for (const s of set) expect(s.type === 'benign').toBe(s.expected.length === 0);
    const score = scoreCorpus(set);
    console.log(`\nSafeguarding corpus-heldout-3.json (${set.length} statements; first score in HELDOUT.md)\n${formatScoreTable(score)}\n`);
  });
});
