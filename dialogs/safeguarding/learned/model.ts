/**
 * The learned layer at run time (issue 16). Hand-written rules catch the wording they were written
 * from; measured by leaving one writer out, they catch about 60 % of a stranger's. This layer is two
 * logistic regressions (train.ts), each with one output per category: one over stemmed words, word
 * pairs and character n-grams inside words (weights.json), one over the same words and pairs with
 * character n-grams across the words of a clause, shrunk much harder (weights-clauses.json). It
 * flags what either flags: leave-one-writer-out, the pair reads 74 % of a stranger's risk
 * statements at 2.2 % benign false alarms, against the first model's 66.5 % at 3.1 % alone
 * (test/safeguarding/HELDOUT.md, session s16c). Both are trained by
 * test/safeguarding/learned-training.ts from the tuned corpora; their weights are committed data
 * and a test checks the script reproduces them.
 *
 * What it may do is deliberately small: it can only ADD a 'possible' flag (the check-in card) for
 * a category the rules did not flag. It never removes or downgrades a rule's flag and never raises
 * the crisis card on its own — a person reads the wording before anything stronger happens. Its
 * thresholds are chosen on leave-one-writer-out false alarms, not on any corpus's recall.
 *
 * Lookup only — one map read per feature — so it adds little to the per-turn check.
 */
import { readFileSync } from 'node:fs';
import type { RiskCategory } from '../../vocabulary';
import type { RiskFlag } from '../types';
import { clauseText, featuresOf, GRAM_MAX, GRAM_MIN } from './features';
import { CodeMap, CodeSet, extendCode, gramCode, gramDigit, MAX_CODED_LENGTH } from './gram-codes';
import { type LearnedWeights, lengthScale } from './train';

/**
 * A model's weights laid out for lookup: each feature's row offset in one flat Int16Array of
 * thousandths (train.ts writes whole thousandths; the largest is under 4,000). One flat array rather
 * than a small typed array per feature halves the layer's time per message (0.34 → 0.15 ms for the
 * lookups of the 'clauses' model, measured with the machine loaded), because 30,000 small arrays
 * scatter across the heap; 16-bit integers rather than doubles take a quarter of the memory (3.8 →
 * 0.95 MB for both models). Built once per weights object.
 */
interface Table {
  /** Every feature's row offset, except the "xc:" grams that have a code. */
  offset: Map<string, number>;
  /** The row offsets of "xc:" grams by their code (gram-codes.ts). */
  grams: CodeMap;
  thousandths: Int16Array;
}
const CLAUSE_GRAM = 'xc:';
/** The code of an "xc:" feature's gram, or -1 for any other feature (and for a gram without a code). */
const clauseGramCode = (feature: string): number => (feature.startsWith(CLAUSE_GRAM) ? gramCode(feature, CLAUSE_GRAM.length) : -1);
function offsetOf(table: Table, feature: string): number | undefined {
  const code = clauseGramCode(feature);
  if (code < 0) return table.offset.get(feature);
  const o = table.grams.get(code);
  return o < 0 ? undefined : o;
}
const tables = new WeakMap<LearnedWeights, Table>();
function tableOf(model: LearnedWeights): Table {
  let table = tables.get(model);
  if (!table) tables.set(model, (table = buildTable(model)));
  return table;
}
function buildTable(model: LearnedWeights): Table {
  const width = model.bias.length;
  // At start-up this runs over ~60,000 features (the warm-up after listening, or the first typed
  // message): Object.keys rather than Object.entries (no [key, value] pair per feature), and each
  // feature's gram code worked out once, without a substring (issue 22, s22l in BENCHMARKS.md).
  const weights = model.weights;
  const features = Object.keys(weights);
  const codes = new Int32Array(features.length);
  let coded = 0;
  for (let i = 0; i < features.length; i++) if ((codes[i] = clauseGramCode(features[i]!)) >= 0) coded++;
  const thousandths = new Int16Array(features.length * width);
  const offset = new Map<string, number>();
  const grams = new CodeMap(coded);
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    const ws = weights[f]!;
    const code = codes[i]!;
    if (code < 0) offset.set(f, i * width);
    else grams.set(code, i * width);
    for (let c = 0; c < width; c++) {
      const w = ws[c]!;
      if (!Number.isInteger(w) || Math.abs(w) > 32_767) throw new Error(`learned weight of ${f} is not a 16-bit number of thousandths`);
      thousandths[i * width + c] = w;
    }
  }
  return { offset, grams, thousandths };
}

const COMMITTED_FILES = ['./weights.json', './weights-clauses.json'] as const;
let committed: readonly LearnedWeights[] | null = null;

/**
 * The committed models, in train.ts LAYER_MODELS order, read from their files on first use. Each
 * is laid out as its table and the parsed JSON is dropped: its 47,000 small arrays held ~10 MB of
 * heap for as long as the process ran (an import would keep them), against the RSS target of
 * issue 22. So a committed model's `weights` record is empty; its weights live in the table only.
 */
export function committedModels(): readonly LearnedWeights[] {
  committed ??= COMMITTED_FILES.map((file) => {
    const parsed = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as LearnedWeights;
    const settings: LearnedWeights = { ...parsed, weights: {} };
    tables.set(settings, buildTable(parsed));
    return settings;
  });
  return committed;
}

/** Builds the committed weights' tables ahead of the first message (the warm-up after listening calls it). */
export function warmLearned(): void {
  committedModels();
}

/**
 * The distinct "xc:" grams of the message being scored, as codes (gram-codes.ts): the same grams
 * featuresOf() would add as strings, without building, hashing and looking up some 180 strings per
 * sentence — that was most of the layer's time (issue 22, BENCHMARKS.md). A gram with a character
 * that has no code (none in normalised text) is added as the string it always was; such a gram is
 * never also a code, so features.size + clauseCodes.size is the number of distinct features.
 */
const clauseCodes = new CodeSet();
if (GRAM_MAX > MAX_CODED_LENGTH) throw new Error('clause grams are longer than gram codes can hold');
function codeClauseGrams(words: readonly string[], out: Set<string>): void {
  if (words.length === 0) return;
  const text = clauseText(words);
  for (let i = 0; i + GRAM_MIN <= text.length; i++) {
    let code = 0;
    for (let n = 1; n <= GRAM_MAX && i + n <= text.length; n++) {
      const digit = gramDigit(text.charCodeAt(i + n - 1));
      if (digit === 0) {
        for (let m = Math.max(n, GRAM_MIN); m <= GRAM_MAX && i + m <= text.length; m++) out.add(`${CLAUSE_GRAM}${text.slice(i, i + m)}`);
        break;
      }
      code = extendCode(code, digit);
      if (n >= GRAM_MIN) clauseCodes.add(code);
    }
  }
}

/**
 * One model's probability per output (its categories, then "any risk"), in a scratch array that the
 * next call reuses: the layer reads one model at a time, and a message needs no array of its own.
 */
let scratch = new Float64Array(16);
function probabilities(weights: LearnedWeights, masked: string): Float64Array {
  const table = tableOf(weights);
  const w = table.thousandths;
  const width = weights.bias.length;
  if (scratch.length < width) scratch = new Float64Array(width);
  const sums = scratch.fill(0, 0, width);
  // The 'clauses' grams are read as codes into clauseCodes, the other features as strings; the sums
  // are of whole thousandths, so they do not depend on the order the features are visited in.
  clauseCodes.clear();
  const features = featuresOf(masked, weights.features, codeClauseGrams);
  for (const f of features) {
    const o = offsetOf(table, f);
    if (o === undefined) continue;
    for (let c = 0; c < width; c++) sums[c]! += w[o + c]!;
  }
  const { codes, size: coded } = clauseCodes;
  for (let i = 0; i < coded; i++) {
    const o = table.grams.get(codes[i]!);
    if (o < 0) continue;
    for (let c = 0; c < width; c++) sums[c]! += w[o + c]!;
  }
  const scale = lengthScale(features.size + coded);
  for (let c = 0; c < width; c++) sums[c] = logistic(weights.bias[c]! + (scale * sums[c]!) / 1000);
  return sums;
}
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Probability per category, and of any risk at all, that the wording means it — by one model. */
export function learnedScores(weights: LearnedWeights, masked: string): { byCategory: Map<RiskCategory, number>; any: number } {
  const p = probabilities(weights, masked);
  return { byCategory: new Map(weights.categories.map((category, c) => [category, p[c]!])), any: p[weights.categories.length]! };
}

/**
 * The "any risk" reading needs a sentence, not a short answer: "I would feel even lower" (a health-
 * belief answer) reads as low mood, which is not a disclosure. Leave-one-writer-out: recall −0.4,
 * benign false alarms −0.2 points.
 */
const ANY_MIN_WORDS = 6;

/**
 * The categories one model reads in the wording: each at or above `threshold`, and — when the
 * wording reads as risk (`anyThreshold`) but no category is that sure — the likeliest one.
 */
export function learnedCategories(weights: LearnedWeights, masked: string): Set<RiskCategory> {
  const p = probabilities(weights, masked);
  const { categories } = weights;
  const found = new Set<RiskCategory>();
  for (let c = 0; c < categories.length; c++) if (p[c]! >= weights.threshold) found.add(categories[c]!);
  if (p[categories.length]! >= weights.anyThreshold && found.size === 0 && wordCount(masked) >= ANY_MIN_WORDS) {
    // The likeliest category: the first of the highest.
    let top = -1;
    for (let c = 0; c < categories.length; c++) if (top < 0 || p[c]! > p[top]!) top = c;
    if (top >= 0) found.add(categories[top]!);
  }
  return found;
}

/** The categories the layer reads: what any of its models reads. */
export function layerCategories(models: readonly LearnedWeights[], masked: string): Map<RiskCategory, LearnedWeights> {
  const found = new Map<RiskCategory, LearnedWeights>();
  for (const m of models) for (const c of learnedCategories(m, masked)) if (!found.has(c)) found.set(c, m);
  return found;
}

/**
 * 'possible' flags for categories the rules left unflagged, from masked normalised text. `matched`
 * names the words that weighed most in the model that read it, so the link worker can see why it was raised.
 */
export function learnedFlags(masked: string, ruleCategories: ReadonlySet<RiskCategory>, models: readonly LearnedWeights[] = committedModels()): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const [category, model] of layerCategories(models, masked)) {
    if (ruleCategories.has(category)) continue;
    flags.push({ category, matched: strongestWords(model, masked, category), rule: `learned:${category}`, kind: 'learned', severity: 'possible' });
  }
  return flags;
}

const wordCount = (masked: string): number => masked.split(' ').filter((w) => /^[a-z0-9]+$/.test(w)).length;

function strongestWords(weights: LearnedWeights, masked: string, category: RiskCategory): string {
  const c = weights.categories.indexOf(category);
  const words = masked.split(' ').filter((w) => /^[a-z0-9]+$/.test(w));
  const table = tableOf(weights);
  const w = table.thousandths;
  const weightOf = (word: string) =>
    Math.max(
      0,
      ...[...featuresOf(word, weights.features)].map((f) => {
        const o = offsetOf(table, f);
        return o === undefined ? 0 : w[o + c]!;
      }),
    );
  return [...new Set(words)]
    .map((w) => [w, weightOf(w)] as const)
    .filter(([, x]) => x > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([w]) => w)
    .join(' ');
}
