/**
 * Scores the detector against a labelled corpus: recall and precision per category and overall.
 * Kept apart from the test so the same numbers can be printed by a script or a bench.
 */
import { detectRisks } from '../../dialogs/safeguarding';
import { RISK_CATEGORY_IDS, type RiskCategory } from '../../dialogs/vocabulary';

export type StatementType = 'explicit' | 'paraphrased' | 'negated' | 'reported' | 'benign';
export interface LabelledStatement {
  text: string;
  expected: RiskCategory[];
  type: StatementType;
}

export interface CategoryScore {
  category: RiskCategory | 'overall';
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  recall: number;
  precision: number;
}

export interface CorpusScore {
  perCategory: CategoryScore[];
  overall: CategoryScore;
  /** Recall of explicit statements per category (asserted to be 100%). */
  explicitRecall: Record<RiskCategory, { hit: number; total: number }>;
  recallByType: Record<Exclude<StatementType, 'benign'>, { hit: number; total: number }>;
  benign: { total: number; flagged: number };
  misses: Array<{ text: string; category: RiskCategory; type: StatementType }>;
  falseAlarms: Array<{ text: string; category: RiskCategory; type: StatementType }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function score(category: RiskCategory | 'overall', tp: number, fn: number, fp: number): CategoryScore {
  return { category, truePositives: tp, falseNegatives: fn, falsePositives: fp, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) };
}

export function scoreCorpus(corpus: readonly LabelledStatement[]): CorpusScore {
  const counts = new Map<RiskCategory, { tp: number; fn: number; fp: number }>(RISK_CATEGORY_IDS.map((c) => [c, { tp: 0, fn: 0, fp: 0 }]));
  const explicitRecall = Object.fromEntries(RISK_CATEGORY_IDS.map((c) => [c, { hit: 0, total: 0 }])) as CorpusScore['explicitRecall'];
  const recallByType: CorpusScore['recallByType'] = { explicit: { hit: 0, total: 0 }, paraphrased: { hit: 0, total: 0 }, negated: { hit: 0, total: 0 }, reported: { hit: 0, total: 0 } };
  const benign = { total: 0, flagged: 0 };
  const misses: CorpusScore['misses'] = [];
  const falseAlarms: CorpusScore['falseAlarms'] = [];

  for (const item of corpus) {
    const found = new Set(detectRisks(item.text).map((f) => f.category));
    const expected = new Set(item.expected);
    if (item.type === 'benign') {
      benign.total++;
      if (found.size > 0) benign.flagged++;
    }
    for (const category of RISK_CATEGORY_IDS) {
      const c = counts.get(category)!;
      if (expected.has(category) && found.has(category)) c.tp++;
      else if (expected.has(category)) {
        c.fn++;
        misses.push({ text: item.text, category, type: item.type });
      } else if (found.has(category)) {
        c.fp++;
        falseAlarms.push({ text: item.text, category, type: item.type });
      }
      if (expected.has(category) && item.type !== 'benign') {
        const bucket = recallByType[item.type];
        bucket.total++;
        if (found.has(category)) bucket.hit++;
        if (item.type === 'explicit') {
          explicitRecall[category].total++;
          if (found.has(category)) explicitRecall[category].hit++;
        }
      }
    }
  }

  const perCategory = RISK_CATEGORY_IDS.map((cat) => {
    const c = counts.get(cat)!;
    return score(cat, c.tp, c.fn, c.fp);
  });
  const sum = (k: 'truePositives' | 'falseNegatives' | 'falsePositives') => perCategory.reduce((n, s) => n + s[k], 0);
  const overall = score('overall', sum('truePositives'), sum('falseNegatives'), sum('falsePositives'));
  return { perCategory, overall, explicitRecall, recallByType, benign, misses, falseAlarms };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** A plain-text table for the test output and the report. No statement text is needed to read it. */
export function formatScoreTable(s: CorpusScore): string {
  const header = `${'category'.padEnd(20)} ${'TP'.padStart(4)} ${'FN'.padStart(4)} ${'FP'.padStart(4)} ${'recall'.padStart(7)} ${'precis.'.padStart(7)} ${'explicit'.padStart(9)}`;
  const rows = [...s.perCategory, s.overall].map((c) => {
    const ex = c.category === 'overall' ? null : s.explicitRecall[c.category];
    const exText = ex ? `${ex.hit}/${ex.total}` : '';
    return `${c.category.padEnd(20)} ${String(c.truePositives).padStart(4)} ${String(c.falseNegatives).padStart(4)} ${String(c.falsePositives).padStart(4)} ${pct(c.recall)} ${pct(c.precision)} ${exText.padStart(9)}`;
  });
  const types = Object.entries(s.recallByType).map(([t, v]) => `${t} ${v.hit}/${v.total} (${pct(ratio(v.hit, v.total)).trim()})`);
  return [
    header,
    ...rows,
    `recall by statement type: ${types.join(', ')}`,
    `benign statements flagged: ${s.benign.flagged}/${s.benign.total} (false-positive rate ${pct(ratio(s.benign.flagged, s.benign.total)).trim()})`,
  ].join('\n');
}
