/**
 * Features for the learned layer (issue 16): what a stranger's wording shares with the tuned
 * corpora once spelling, tense and plurals are set aside. The text is first normalised exactly as
 * the rules see it (normalise.ts: disguise undone, lowercase, misspellings mapped), then every word
 * is stemmed with the Porter stemmer ("starving", "starved", "starves" → "starv"), so a concept
 * learned from one inflection is recognised in another. Word pairs within a clause carry short
 * phrases ("give away", "no food"); character n-grams carry slang and half-spelt words that no
 * stem list holds — inside each word ('words' set) or across the words of a clause (" kms",
 * "end it": 'clauses' set). Kept in one place because the training script and the detector must
 * featurise identically — the committed weights are only meaningful for this function.
 */
import { stemmer } from 'stemmer';

/** Words that turn what follows in the clause around; their words are marked so "not safe" ≠ "safe". */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'cant',
  'isnt',
  'arent',
  'wasnt',
  'havent',
  'nobody',
  'nothing',
  'nowhere',
  'without',
]);
const CLAUSE_END = new Set(['.', ',', 'but', 'though', 'although']);

/**
 * Word families a stranger swaps freely ("tablets", "meds", "co-codamol"): each word also yields
 * its family's feature, so a family learned from some members is recognised in the others.
 */
const FAMILIES: Record<string, string> = {
  meds: 'paracetamol tablets pills meds medication medicine painkillers codamol cocodamol codeine tramadol diazepam valium zopiclone morphine oxycodone benzos antidepressants sertraline citalopram amitriptyline insulin prescription prescriptions dose doses',
  drink: 'vodka whisky whiskey gin rum wine cider spirits brandy sherry beer lager booze alcohol drink drinking drunk bevvy pint pints cans voddie',
  drugs: 'heroin crack cocaine coke spice ketamine ket meth speed mdma ecstasy gear weed cannabis fentanyl xanax methadone subutex drugs dealer dealers using',
  weapon: 'knife knives blade gun shotgun rifle crossbow machete weapon bat hammer axe poker crowbar acid',
  partner: 'husband wife partner boyfriend girlfriend ex fiance fiancee spouse fella bloke',
  child: 'kid kids child children baby toddler boy girl son daughter teenager teen schoolgirl schoolboy pupil',
  adult: 'man men bloke blokes guy guys lads older adult adults stranger strangers',
  body: 'arm arms wrist wrists leg legs thigh thighs skin stomach hips ankles hands chest shoulders body',
  death: 'die dying dead death died end ending gone funeral goodbye grave kill killing suicide suicidal',
  money: 'money cash pension bank card savings benefits account pin debt loan wages allowance',
  food: 'food eat eating ate meal meals breakfast lunch dinner tea calories snack crumbs hungry',
  night: 'night tonight midnight overnight late evening',
  home: 'home house flat room bed sofa door street streets car hostel shelter keys',
  hurt: 'hit hits hitting punch punched kick kicked slap slapped push pushed shove shoved choke choked strangle strangled hurt hurts beat beaten bruise bruises bruised',
  control: 'allowed allow let lets check checks checked track tracks tracking phone password controls control permission',
  secret: 'secret secrets secretly hide hides hiding hidden nobody tell lie lies',
};

let familyOfStem: Map<string, string> | null = null;
function familyOf(s: string): string | undefined {
  if (!familyOfStem) {
    familyOfStem = new Map();
    for (const [family, words] of Object.entries(FAMILIES)) for (const w of words.split(' ')) familyOfStem.set(stemmer(w), family);
  }
  return familyOfStem.get(s);
}

/**
 * The two feature sets, one per model of the layer (model.ts):
 * - 'words': stems, families, negated words, word pairs and each word's character 4-grams — the
 *   layer's first model, unchanged;
 * - 'clauses': the same stems, families, negated words and pairs, but character 3–5-grams of each
 *   whole clause instead of inside each word, so the joins between words count too.
 */
export type FeatureSet = 'words' | 'clauses';

/** What a word yields on its own: its stem, its family and its character 4-grams. */
interface WordFeatures {
  stem: string;
  family: string | undefined;
  /** Features that need no neighbour: "w:stem", "f:family", then "c:gram"… ('words' set). */
  own: readonly string[];
  /** The same without the "c:" grams ('clauses' set). */
  base: readonly string[];
}

/**
 * Per word, cached: people reuse a small vocabulary, so almost every word of a message has been
 * seen before and costs one Map read instead of a stem and a dozen string slices. Bounded so a
 * flood of unique tokens cannot grow it without limit.
 */
const wordCache = new Map<string, WordFeatures>();
function wordFeatures(token: string): WordFeatures {
  let cached = wordCache.get(token);
  if (cached === undefined) {
    const stem = /^[a-z]+$/.test(token) ? stemmer(token) : token.replace(/[0-9]+/g, '0');
    const family = familyOf(stem);
    const base = [`w:${stem}`];
    if (family) base.push(`f:${family}`);
    const own = [...base];
    if (token.length >= 4) {
      const padded = `<${token}>`;
      for (let i = 0; i + 4 <= padded.length; i++) own.push(`c:${padded.slice(i, i + 4)}`);
    }
    cached = { stem, family, own, base };
    if (wordCache.size >= 20_000) wordCache.clear();
    wordCache.set(token, cached);
  }
  return cached;
}

/** Character n-gram lengths over a clause's text: 3 catches "kms", 5 catches "end i". */
export const GRAM_MIN = 3;
export const GRAM_MAX = 5;

/** The text a clause's "xc:" grams are read from: its words joined by single spaces, padded by a space each side. */
export const clauseText = (words: readonly string[]): string => ` ${words.join(' ')} `;

/** Adds "xc:" character n-grams of one clause. */
function addClauseGrams(words: readonly string[], out: Set<string>): void {
  if (words.length === 0) return;
  const text = clauseText(words);
  for (let n = GRAM_MIN; n <= GRAM_MAX; n++) for (let i = 0; i + n <= text.length; i++) out.add(`xc:${text.slice(i, i + n)}`);
}

/**
 * What reads one clause's "xc:" grams: by default they are added to the feature strings. The
 * detector passes its own (learned/model.ts), which keeps the same grams as integer codes instead
 * of strings; whatever it does, it must read exactly the grams addClauseGrams would add.
 */
export type ClauseGrams = (words: readonly string[], out: Set<string>) => void;

/** The feature strings of already-normalised text, each at most once ('clauses' grams through `grams`). */
export function featuresOf(normal: string, set: FeatureSet = 'words', grams: ClauseGrams = addClauseGrams): Set<string> {
  const out = new Set<string>();
  const clauses = set === 'clauses';
  let previous: string | null = null;
  let negated = false;
  // Character n-grams run over a stretch between full stops and commas (the punctuation tokens
  // of the normalised text), so no gram spans two sentences.
  let clause: string[] = [];
  for (const token of normal.split(' ')) {
    if (!token) continue;
    if (clauses) {
      if (token === '.' || token === ',') {
        grams(clause, out);
        clause = [];
      } else clause.push(token);
    }
    if (CLAUSE_END.has(token)) {
      previous = null;
      negated = false;
      continue;
    }
    const { stem: s, family, own, base } = wordFeatures(token);
    for (const f of clauses ? base : own) out.add(f);
    if (family && previous) out.add(`fb:${previous}_${family}`);
    if (negated) out.add(`n:${s}`);
    if (previous) out.add(`b:${previous}_${s}`);
    if (NEGATORS.has(token)) negated = true;
    previous = s;
  }
  if (clauses) grams(clause, out);
  return out;
}
