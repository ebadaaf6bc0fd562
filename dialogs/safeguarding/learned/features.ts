/**
 * Features for the learned layer (issue 16): what a stranger's wording shares with the tuned
 * corpora once spelling, tense and plurals are set aside. The text is first normalised exactly as
 * the rules see it (normalise.ts: disguise undone, lowercase, misspellings mapped), then every word
 * is stemmed with the Porter stemmer ("starving", "starved", "starves" → "starv"), so a concept
 * learned from one inflection is recognised in another. Word pairs within a clause carry short
 * phrases ("give away", "no food"); character n-grams inside words carry slang and half-spelt
 * words that no stem list holds. Kept in one place because the training script and the detector
 * must featurise identically — the committed weights are only meaningful for this function.
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

/** What a word yields on its own: its stem, its family and its character 4-grams. */
interface WordFeatures {
  stem: string;
  family: string | undefined;
  /** Features that need no neighbour: "w:stem", "f:family", "c:gram"… */
  own: readonly string[];
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
    const own = [`w:${stem}`];
    if (family) own.push(`f:${family}`);
    if (token.length >= 4) {
      const padded = `<${token}>`;
      for (let i = 0; i + 4 <= padded.length; i++) own.push(`c:${padded.slice(i, i + 4)}`);
    }
    cached = { stem, family, own };
    if (wordCache.size >= 20_000) wordCache.clear();
    wordCache.set(token, cached);
  }
  return cached;
}

/** The feature strings of already-normalised text, each at most once. */
export function featuresOf(normal: string): Set<string> {
  const out = new Set<string>();
  let previous: string | null = null;
  let negated = false;
  for (const token of normal.split(' ')) {
    if (!token) continue;
    if (CLAUSE_END.has(token)) {
      previous = null;
      negated = false;
      continue;
    }
    const { stem: s, family, own } = wordFeatures(token);
    for (const f of own) out.add(f);
    if (family && previous) out.add(`fb:${previous}_${family}`);
    if (negated) out.add(`n:${s}`);
    if (previous) out.add(`b:${previous}_${s}`);
    if (NEGATORS.has(token)) negated = true;
    previous = s;
  }
  return out;
}
