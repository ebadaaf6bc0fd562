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
 * corpus-tuning-4.json my own tuning set for issue 16 (242: the concept list — passive ideation,
 *                      preparatory acts, method + place, text-speak, threats, coercive control as
 *                      routine, financial abuse, carer neglect, self-neglect, child exploitation signs,
 *                      eating-disorder behaviours, substance crisis, no safe place tonight — and benign
 *                      look-alikes). Tuned on; an upper bound.
 * corpus-tuning-5.json my second tuning set (222), written after tuning on set 4 in other wordings.
 *                      First run, before any change for it: recall 65.7% (explicit 25/27), benign
 *                      flagged 5/50 — my own phrasing, so kinder than a stranger's. Then tuned on.
 * corpus-heldout-3.json written by a session that never saw the rules; scored three times while held
 *                      out (39.6%, 55.0%, 57.5% recall — HELDOUT.md), then its misses were read and
 *                      fixed (rules-concepts-3.ts), so it is NO LONGER HELD OUT: a regression set now.
 * corpus-heldout-4.json written by another session that never saw the rules; scored once while held
 *                      out (59.8% recall, explicit 10/14, benign flagged 7.4% — HELDOUT.md), then its
 *                      misses and false alarms were read and fixed by concept (rules-concepts-4-*.ts),
 *                      so it is NO LONGER HELD OUT either: a regression set now.
 * corpus-heldout-5.json written by a third session that never saw the rules; scored while held out
 *                      (58.0 %, then 64.6 % recall — HELDOUT.md), then TUNED in issue 16's round s16:
 *                      its false alarms and two missed explicit statements were read and fixed by
 *                      concept (benign.ts, rules-concepts-5.ts), and the learned layer trains on it.
 * corpus-heldout-6.json written by a fourth session that never saw the rules; scored twice while held
 *                      out (65.2 %, then 79.5 % recall — HELDOUT.md), then TUNED from round 4 (session
 *                      u16): its misses and false alarms were read and fixed by concept (benign.ts,
 *                      normalise.ts, rules-concepts-6.ts), and the learned layer trains on it.
 * corpus-heldout-7.json written by a fifth session that read only the reference; scored twice while
 *                      held out (77.0 %, then 76.7 % recall — HELDOUT.md), then TUNED from round 5
 *                      (branch s16a: suicide, self-harm, harm to others, eating, substance; its
 *                      other categories by s16b). corpus-tuning-7-self.json holds paraphrases of
 *                      its misses written by s16a, so each new rule is tested beyond one sentence.
 * corpus-heldout-8.json written by a sixth session that read only the reference; scored twice while
 *                      held out (80.8 %, then 85.6 % recall — HELDOUT.md), then TUNED from round 6
 *                      (branch s16d: suicide, self-harm, eating, substance; s16e the other five).
 *                      corpus-tuning-8-self.json holds s16d's paraphrases of its misses.
 * Those first-run numbers are the honest estimate for phrasings the rules have never seen: a rule
 * list catches most explicit words but misses many paraphrases. Every tuned set here must meet the
 * targets (with the learned layer, which is trained on them — so these are upper bounds); the
 * honest estimate of the layer is leave-one-writer-out (learned.test.ts). A fresh held-out set is
 * listed in HELD_OUT (writers.ts) with its first score as a floor.
 */
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORY_IDS } from '../../dialogs/vocabulary';
import { detectRisks } from '../../dialogs/safeguarding';
import { formatScoreTable, scoreCorpus } from './corpus-metrics';
import { variants } from './obfuscate';
import { HELD_OUT, loadCorpus as load, WRITERS } from './writers';

/** Every tuned corpus but the development one, which has its own stricter test above. */
const TUNED = WRITERS.flatMap((w) => w.files).filter((f) => f !== 'corpus.json');

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

  for (const file of TUNED) {
    it(`meets the targets on ${file}: recall ≥ 95%, explicit 100%, benign false alarms ≤ 5%`, () => {
      const set = load(file);
      const score = scoreCorpus(set);
      console.log(`\nSafeguarding ${file} (${set.length} statements)\n${formatScoreTable(score)}\n`);
      for (const category of RISK_CATEGORY_IDS) {
        const { hit, total } = score.explicitRecall[category];
        expect(hit, `explicit recall for ${category}`).toBe(total);
      }
      expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.overall.precision).toBeGreaterThanOrEqual(0.85);
      expect(score.benign.flagged / score.benign.total).toBeLessThanOrEqual(0.05);
    });
  }

  it('still flags every explicit statement under every obfuscation (zero-width, soft hyphen, bidi, look-alikes, fullwidth, split and held-down letters)', () => {
    const explicit = WRITERS.flatMap((w) => w.files).flatMap((f) => load(f).filter((s) => s.type === 'explicit'));
    const lost: string[] = [];
    const byObfuscation = new Map<string, { total: number; hit: number }>();
    let n = 0;
    for (const s of explicit) {
      for (const [name, text] of variants(s.text)) {
        n++;
        const kind = name.split(':')[0]!;
        const tally = byObfuscation.get(kind) ?? { total: 0, hit: 0 };
        byObfuscation.set(kind, tally);
        tally.total++;
        const found = new Set(detectRisks(text).map((f) => f.category));
        const missing = s.expected.filter((c) => !found.has(c));
        if (missing.length === 0) tally.hit++;
        else lost.push(`${name} → ${JSON.stringify(text)} lost ${missing.join(', ')}`);
      }
    }
    console.log(
      `\nObfuscation corpus: ${explicit.length} explicit statements, ${n} disguised variants\n${[...byObfuscation].map(([k, v]) => `${k.padEnd(22)} ${v.hit}/${v.total}`).join('\n')}\n`,
    );
    expect(explicit.length).toBeGreaterThanOrEqual(150);
    expect(lost).toEqual([]);
  }, 240_000); // ~4,000 variants, each read every way a disguise allows: over a minute on a loaded machine

  for (const file of [
    'corpus-heldout-3.json',
    'corpus-heldout-4.json',
    'corpus-heldout-5.json',
    'corpus-heldout-6.json',
    'corpus-heldout-7.json',
    'corpus-heldout-8.json',
    'corpus-heldout-9.json',
    ...Object.keys(HELD_OUT),
  ]) {
    it(`${file} is a real test set: 200+ statements, 150+ risk across all nine categories, 50+ benign, severities labelled`, () => {
      const set = load(file);
      expect(set.length).toBeGreaterThanOrEqual(200);
      expect(set.filter((s) => s.type === 'benign').length).toBeGreaterThanOrEqual(50);
      expect(set.filter((s) => s.type !== 'benign').length).toBeGreaterThanOrEqual(150);
      for (const category of RISK_CATEGORY_IDS)
        expect(
          set.some((s) => s.expected.includes(category)),
          category,
        ).toBe(true);
      // Benign look-alikes carry no category; a credible denial may too (set 5 labels nine `negated` with none).
      for (const s of set) if (s.type === 'benign') expect(s.expected).toEqual([]);
      for (const s of set) if (s.expected.length === 0) expect(['benign', 'negated']).toContain(s.type);
      for (const s of set) expect(s.expected.length === 0 ? s.severity == null : s.severity === 'clear' || s.severity === 'possible').toBe(true);
    });
  }
  // A held-out set (never tuned on) is printed and must not fall below its first score; the targets
  // are not asserted on it, because nothing was fitted to it — its number is the honest estimate.
  for (const [file, firstRecall] of Object.entries(HELD_OUT)) {
    it(`held-out ${file}: printed, and not below its first score (${(firstRecall * 100).toFixed(1)} % recall)`, () => {
      const set = load(file);
      const score = scoreCorpus(set);
      console.log(`\nSafeguarding ${file} (HELD OUT; first score ${(firstRecall * 100).toFixed(1)} % recall — see HELDOUT.md)\n${formatScoreTable(score)}\n`);
      expect(score.overall.recall).toBeGreaterThanOrEqual(firstRecall);
    });
  }
});
