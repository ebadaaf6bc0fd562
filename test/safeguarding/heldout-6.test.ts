/**
 * Held-out set 6 (`corpus-heldout-6.json`, 340 statements): written on 2026-12-01 by a session that
 * read only shared/reference/safeguarding.md, GUIDE.md and the format of set 5 — never the detector
 * or another corpus (heldout-6-source/README.md). Committed and scored once on unchanged rules
 * (HELDOUT.md, "Set 6"); nobody tunes on it. Its first score is a floor: the rules must not get worse
 * on wording nobody tuned on. Credible denials are typed `negated` with no category, as in set 5.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORY_IDS } from '../../dialogs/vocabulary';
import { formatScoreTable, scoreCorpus, type LabelledStatement } from './corpus-metrics';

const HELDOUT_6_FIRST_RECALL = 0.65;

describe('safeguarding held-out set 6', () => {
  it('is a real test set, is printed, and is guarded against getting worse', () => {
    const set = JSON.parse(readFileSync(new URL('./corpus-heldout-6.json', import.meta.url), 'utf8')) as LabelledStatement[];
    expect(set.length).toBeGreaterThanOrEqual(200);
    expect(set.filter((s) => s.type === 'benign').length).toBeGreaterThanOrEqual(50);
    expect(set.filter((s) => s.expected.length > 0).length).toBeGreaterThanOrEqual(150);
    for (const category of RISK_CATEGORY_IDS)
      expect(
        set.some((s) => s.expected.includes(category)),
        category,
      ).toBe(true);
    const score = scoreCorpus(set);
    console.log(`\ncorpus-heldout-6.json (held out; first score in HELDOUT.md)\n${formatScoreTable(score)}\n`);
    expect(score.overall.recall).toBeGreaterThanOrEqual(HELDOUT_6_FIRST_RECALL);
  });
});
