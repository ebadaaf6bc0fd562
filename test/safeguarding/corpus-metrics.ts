/**
 * Scores the detector against a labelled corpus: recall and precision per category and overall,
 * recall by statement type, the benign false-alarm rate and — where the corpus labels it — how
 * often the graded response (clear vs possible) agrees with the writer's judgement.
 * Kept apart from the test so the same numbers can be printed by a script or a bench.
 */
import { detectRisks, type RiskFlag } from '../../dialogs/safeguarding';
import { RISK_CATEGORY_IDS, type RiskCategory } from '../../dialogs/vocabulary';

export type StatementType = 'explicit' | 'paraphrased' | 'negated' | 'reported' | 'slang' | 'obfuscated' | 'benign';
export type Severity = 'clear' | 'possible';
export interface LabelledStatement {
  text: string;
  expected: RiskCategory[];
  type: StatementType;
  /** The writer's judgement of how clear the risk is; absent in the older corpora. */
  severity?: Severity | null;
}

export interface CategoryScore {
  category: RiskCategory | 'overall';
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  recall: number;
  precision: number;
}

type Tally = { hit: number; total: number };
export interface CorpusScore {
  perCategory: CategoryScore[];
  overall: CategoryScore;
  /** Recall of explicit statements per category (asserted to be 100%). */
  explicitRecall: Record<RiskCategory, Tally>;
  recallByType: Partial<Record<Exclude<StatementType, 'benign'>, Tally>>;
  benign: { total: number; flagged: number };
  /** Of the risk statements flagged that carry a severity label, how many got the same grade. */
  severityAgreement: Tally & { clearAsPossible: number; possibleAsClear: number };
  /**
   * What the learned layer contributed: hits found only by its 'possible' flags (no rule flagged
   * that category), and benign statements that only it flagged.
   */
  learned: { hits: number; benignFlagged: number };
  misses: Array<{ text: string; category: RiskCategory; type: StatementType }>;
  falseAlarms: Array<{ text: string; category: RiskCategory; type: StatementType }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function score(category: RiskCategory | 'overall', tp: number, fn: number, fp: number): CategoryScore {
  return { category, truePositives: tp, falseNegatives: fn, falsePositives: fp, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) };
}

/**
 * The grade the product shows for a message. A flag without a severity (the detector before the
 * graded response existed) raised the full crisis card, so it counts as 'clear'.
 */
export function messageGrade(flags: readonly RiskFlag[]): Severity | null {
  if (flags.length === 0) return null;
  return flags.some((f) => ((f as { severity?: Severity }).severity ?? 'clear') === 'clear') ? 'clear' : 'possible';
}

export function scoreCorpus(corpus: readonly LabelledStatement[]): CorpusScore {
  const counts = new Map<RiskCategory, { tp: number; fn: number; fp: number }>(RISK_CATEGORY_IDS.map((c) => [c, { tp: 0, fn: 0, fp: 0 }]));
  const explicitRecall = Object.fromEntries(RISK_CATEGORY_IDS.map((c) => [c, { hit: 0, total: 0 }])) as CorpusScore['explicitRecall'];
  const recallByType: CorpusScore['recallByType'] = {};
  const benign = { total: 0, flagged: 0 };
  const severityAgreement = { hit: 0, total: 0, clearAsPossible: 0, possibleAsClear: 0 };
  const learned = { hits: 0, benignFlagged: 0 };
  const misses: CorpusScore['misses'] = [];
  const falseAlarms: CorpusScore['falseAlarms'] = [];

  for (const item of corpus) {
    const flags = detectRisks(item.text);
    const found = new Set(flags.map((f) => f.category));
    const expected = new Set(item.expected);
    const onlyLearned = new Set(flags.filter((f) => f.kind === 'learned').map((f) => f.category));
    if (item.type === 'benign') {
      benign.total++;
      if (found.size > 0) benign.flagged++;
      if (found.size > 0 && flags.every((f) => f.kind === 'learned')) learned.benignFlagged++;
    }
    for (const c of item.expected) if (onlyLearned.has(c)) learned.hits++;
    if (item.severity && item.expected.some((c) => found.has(c))) {
      const grade = messageGrade(flags);
      severityAgreement.total++;
      if (grade === item.severity) severityAgreement.hit++;
      else if (item.severity === 'clear') severityAgreement.clearAsPossible++;
      else severityAgreement.possibleAsClear++;
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
        const bucket = (recallByType[item.type] ??= { hit: 0, total: 0 });
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
  return { perCategory, overall, explicitRecall, recallByType, benign, severityAgreement, learned, misses, falseAlarms };
}

/** Explicit statements over all categories. */
export function explicitTotal(s: CorpusScore): Tally {
  return Object.values(s.explicitRecall).reduce((a, v) => ({ hit: a.hit + v.hit, total: a.total + v.total }), { hit: 0, total: 0 });
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
const tally = (t: Tally): string => `${t.hit}/${t.total} (${pct(ratio(t.hit, t.total)).trim()})`;

/** A plain-text table for the test output and the report. No statement text is needed to read it. */
export function formatScoreTable(s: CorpusScore): string {
  const header = `${'category'.padEnd(20)} ${'TP'.padStart(4)} ${'FN'.padStart(4)} ${'FP'.padStart(4)} ${'recall'.padStart(7)} ${'precis.'.padStart(7)} ${'explicit'.padStart(9)}`;
  const rows = [...s.perCategory, s.overall].map((c) => {
    const ex = c.category === 'overall' ? explicitTotal(s) : s.explicitRecall[c.category];
    const exText = ex.total ? `${ex.hit}/${ex.total}` : '';
    return `${c.category.padEnd(20)} ${String(c.truePositives).padStart(4)} ${String(c.falseNegatives).padStart(4)} ${String(c.falsePositives).padStart(4)} ${pct(c.recall)} ${pct(c.precision)} ${exText.padStart(9)}`;
  });
  const types = Object.entries(s.recallByType).map(([t, v]) => `${t} ${tally(v)}`);
  const sev = s.severityAgreement;
  return [
    header,
    ...rows,
    `overall recall ${pct(s.overall.recall).trim()}; explicit recall ${tally(explicitTotal(s))}`,
    `recall by statement type: ${types.join(', ')}`,
    `benign statements flagged: ${s.benign.flagged}/${s.benign.total} (false-alarm rate ${pct(ratio(s.benign.flagged, s.benign.total)).trim()})`,
    `learned layer ('possible' only): ${s.learned.hits} of the ${s.overall.truePositives} hits are its alone (rules alone: recall ${pct(ratio(s.overall.truePositives - s.learned.hits, s.overall.truePositives + s.overall.falseNegatives)).trim()}); ${s.learned.benignFlagged} benign flagged by it alone`,
    ...(sev.total
      ? [`clear-vs-possible agreement: ${tally(sev)}; clear graded possible ${sev.clearAsPossible}, possible graded clear ${sev.possibleAsClear}`]
      : []),
  ].join('\n');
}
