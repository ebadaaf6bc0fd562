/**
 * Text normalisation for the risk check. Rules are written against this form only, so typing
 * style (capitals, curly apostrophes, "don't" vs "dont", accents, stray punctuation, common
 * misspellings) cannot hide a disclosure.
 *
 * Output: lowercase a-z/0-9 words separated by single spaces. Sentence ends (. ! ? ;) and commas
 * are kept as their own tokens ("." and ",") because rules must not join words across sentences
 * and the negation scope stops at a clause boundary.
 */

/** Misspellings and slang seen in free text, mapped to the word the rules expect. */
const SPELLING: Record<string, string> = {
  kil: 'kill',
  kll: 'kill',
  kiled: 'killed',
  killin: 'killing',
  kilin: 'killing',
  overdoze: 'overdose',
  overdoes: 'overdose',
  overdos: 'overdose',
  ovadose: 'overdose',
  overdoce: 'overdose',
  overdozed: 'overdosed',
  overdozing: 'overdosing',
  od: 'overdose',
  oded: 'overdosed',
  myslef: 'myself',
  meself: 'myself',
  mysef: 'myself',
  myselfe: 'myself',
  slef: 'self',
  selfharm: 'self harm',
  selfharming: 'self harming',
  selfharmed: 'self harmed',
  selfharms: 'self harms',
  pils: 'pills',
  tabs: 'tablets',
  meds: 'meds',
  tonite: 'tonight',
  tonigt: 'tonight',
  nite: 'night',
  agen: 'again',
  agin: 'again',
  agian: 'again',
  herion: 'heroin',
  heroine: 'heroin',
  hearoin: 'heroin',
  heroien: 'heroin',
  wanna: 'want to',
  gonna: 'going to',
  gunna: 'going to',
  wana: 'want to',
  wanted2: 'wanted to',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  bc: 'because',
  u: 'you',
  ur: 'your',
  nowt: 'nothing',
  noone: 'no one',
  nobodys: 'nobody is',
  dieing: 'dying',
  boyf: 'boyfriend',
  girlf: 'girlfriend',
  hubby: 'husband',
  missus: 'wife',
  // Scots and northern forms (issue 16).
  cannae: 'cant',
  dinnae: 'dont',
  wouldnae: 'wouldnt',
  willnae: 'wont',
  aff: 'off',
  thinkin: 'thinking',
  jumpin: 'jumping',
  takin: 'taking',
  cuttin: 'cutting',
  drinkin: 'drinking',
  goin: 'going',
  // Scots spoken forms (issue 16, held-out set 4): "Ah'm no wantin tae be here", "Ah'm gonnae batter him".
  ah: 'i',
  ahm: 'im',
  ahve: 'ive',
  ahll: 'ill',
  ahd: 'id',
  tae: 'to',
  nae: 'no',
  naebody: 'nobody',
  naewhere: 'nowhere',
  wid: 'would',
  gaun: 'going',
  gaen: 'going',
  dae: 'do',
  yersel: 'yourself',
  whit: 'what',
  heid: 'head',
  doon: 'down',
  aboot: 'about',
  oot: 'out',
  hame: 'home',
  jist: 'just',
  gonnae: 'going to',
  anymair: 'anymore',
  mair: 'more',
  hud: 'had',
  wi: 'with',
  isnae: 'isnt',
  wasnae: 'wasnt',
  didnae: 'didnt',
  hivnae: 'havent',
  havnae: 'havent',
  couldnae: 'couldnt',
  shouldnae: 'shouldnt',
  masel: 'myself',
  mysel: 'myself',
  hersel: 'herself',
  himsel: 'himself',
  // Dropped final g, typed without the apostrophe ("stoppin'" with one is rejoined in normaliseForRisk).
  wantin: 'wanting',
  stoppin: 'stopping',
  sleepin: 'sleeping',
  kippin: 'kipping',
  hurtin: 'hurting',
  dyin: 'dying',
  feelin: 'feeling',
  gettin: 'getting',
  puttin: 'putting',
  sittin: 'sitting',
  livin: 'living',
  stayin: 'staying',
  eatin: 'eating',
  starvin: 'starving',
  usin: 'using',
  smokin: 'smoking',
  hittin: 'hitting',
  beatin: 'beating',
  burnin: 'burning',
  shakin: 'shaking',
  lookin: 'looking',
  comin: 'coming',
  walkin: 'walking',
  cryin: 'crying',
  fightin: 'fighting',
  everythin: 'everything',
  nothin: 'nothing',
  somethin: 'something',
  mornin: 'morning',
  evenin: 'evening',
  nuffin: 'nothing',
  wiv: 'with',
  bout: 'about',
  // Text-speak single letters and short forms: "carers r a joke", "benzos n lean", "fat lip rn".
  r: 'are',
  n: 'and',
  rn: 'right now',
  fr: 'for real',
  ppl: 'people',
  bevvy: 'bevvy',
  bevvies: 'bevvy',
  // Link-worker and clinical note shorthand typed fast (held-out set 9): "thought abt it every night this wk",
  // "DN reports", "HV concern", "appts". The rules' own shorthand ("pt", "cl", "si", "sh", "hx", "nfa", "dv", "yo")
  // is left as typed, because the rules are written against it.
  abt: 'about',
  wk: 'week',
  wks: 'weeks',
  appt: 'appointment',
  appts: 'appointments',
  dn: 'district nurse',
  hv: 'health visitor',
  prob: 'probably',
  // More Scots and northern forms: "intae the Clyde", "the morra", "wi it aw", "if I said owt".
  intae: 'into',
  ontae: 'onto',
  morra: 'tomorrow',
  aw: 'all',
  owt: 'anything',
  summat: 'something',
  yous: 'you',
};

/**
 * Key words worth fuzzy-matching because a typo in them is likely in distress and they have no
 * close everyday neighbours. Words with close neighbours ("overdose"/"overdone",
 * "homeless"/"hopeless", "alcoholic"/"alcohol") are limited to distance 1 or listed in SPELLING.
 */
const FUZZY_TARGETS: ReadonlyArray<readonly [string, number]> = [
  ['suicidal', 2],
  ['suicide', 1],
  ['paracetamol', 2],
  ['anorexia', 2],
  ['anorexic', 2],
  ['bulimia', 1],
  ['bulimic', 1],
  ['homeless', 1],
  ['alcoholic', 1],
  ['methadone', 2],
  ['laxatives', 2],
];
/** Real words within reach of a fuzzy target that must keep their meaning. */
const NEVER_FUZZ = new Set(['hopeless', 'helpless', 'homeliest', 'alcohol', 'alcohols', 'suicides', 'relatives', ...FUZZY_TARGETS.map(([t]) => t)]);

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      let v = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Token results are cached: the same words recur in every conversation. Bounded to stay small. */
const tokenCache = new Map<string, string>();
const TOKEN_CACHE_LIMIT = 20_000;

function canonicalToken(token: string): string {
  const cached = tokenCache.get(token);
  if (cached !== undefined) return cached;
  let result = SPELLING[token] ?? token;
  // "killmyself", "hurtmyself": a reflexive run into the verb before it, as when spaced-out letters of two words are rejoined.
  const reflexive = /^([a-z]{2,}?)(myself|himself|herself|themselves|yourself)$/.exec(token);
  if (reflexive && result === token) result = `${canonicalToken(reflexive[1]!)} ${reflexive[2]}`;
  if (result === token && token.length >= 6 && !NEVER_FUZZ.has(token) && !/\d/.test(token)) {
    for (const [target, max] of FUZZY_TARGETS) {
      if (token !== target && token[0] === target[0] && editDistance(token, target, max) <= max) {
        result = target;
        break;
      }
    }
  }
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(token, result);
  return result;
}

/**
 * Look-alike letters from other scripts, folded to the Latin letter they imitate ("wаnt" with a
 * Cyrillic а). Only letters that are visually the same in common fonts; NFKC already folds
 * fullwidth and most compatibility forms.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ү: 'y',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ς: 's',
  ω: 'w',
  μ: 'u',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
/** The Cyrillic letters whose sound differs from the Latin letter they look like. */
const SOUNDALIKES: Record<string, string> = { с: 's', у: 'u', р: 'r', н: 'n', в: 'v', х: 'h', и: 'i', л: 'l', д: 'd', г: 'g', з: 'z', п: 'p', ф: 'f' };
const SOUNDALIKE_RE = new RegExp(`[${Object.keys(SOUNDALIKES).join('')}]`, 'g');

/** Digits and symbols standing in for letters inside a word ("k1ll", "$uicide", "d!e"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/** A word opened by a leet digit; a number's unit or ordinal ("3am", "1st", "10mg") is left alone. */
const LEADING_LEET =
  /(?<![a-z0-9.,])[013457](?=[a-z]{2,}(?![a-z0-9]))(?!(?:am|pm|st|rd|th|mg|ml|kg|km|mph|hrs?|mins?|yrs?|yo|lbs?|ft|days?|wks?|weeks?|months?|years?|ish|xl)\b)[a-z]+/g;
/** Two to five short chunks split by one repeated separator, for the syllable reading above. */
const SPLIT_SYLLABLES = /(?<![a-z])[a-z]{1,5}([-._*~+/])[a-z]{1,5}(?:\1[a-z]{1,5}){0,3}(?![a-z]|\1)/g;
/** Words worth re-joining from syllables: each is a risk word whatever the sentence. */
const SPLIT_WORDS = new Set([
  'suicide',
  'suicidal',
  'overdose',
  'overdosed',
  'murder',
  'kill',
  'killing',
  'selfharm',
  'paracetamol',
  'anorexia',
  'anorexic',
  'bulimia',
  'homeless',
  'strangle',
  'strangled',
  'heroin',
  'cocaine',
  'abuse',
  'abused',
  'raped',
  'unalive',
]);

/**
 * Letters split by one repeated separator: "s-u-i-c-i-d-e", "k.i.l.l", "k i l l", "o_d": three or
 * more single letters in a row, which ordinary text never has.
 */
const SPLIT_LETTERS = /(?<![a-z'\u2019])[a-z]([-. _*~+/\\·•])[a-z](?:\1[a-z])+(?![a-z])/g;
/**
 * Whole messages typed with every letter spaced and the words two spaces apart ("my  h u s b a n d
 * h i t s  m e"): a two-letter word ("m e", "m y") is too short for SPLIT_LETTERS, so it is joined
 * here — only when it stands between double spaces (or an end) and the message has such a spaced-out
 * word of three or more letters as well, which ordinary text never has.
 */
const SPACED_WORDS = /(?:^|\s{2})[a-z](?: [a-z]){2,}(?=\s{2}|\s*$)/;
const SPACED_PAIR = /(?<=^|\s{2})([a-z]) ([a-z])(?=\s{2}|\s*$)/g;
/**
 * How to read a disguise that has two plausible readings; detectRisks() checks every reading a
 * message needs (readingsFor) and keeps every flag, so an ambiguity can only add a flag.
 * - heldLetters: "kiiiill" is "kill" (1) but "feeeel" is "feel" (2).
 * - splitEdges: in "I k i l l myself" the first "I" is a word of its own; in "a b u s e" it is not.
 */
export interface Reading {
  heldLetters: 1 | 2;
  splitEdges: boolean;
  /**
   * Cyrillic letters read by their sound rather than their shape: "сuicide" typed with a Cyrillic
   * es (looks like c, sounds like s), "nуde" with a Cyrillic u (looks like y).
   */
  cyrillicSound?: boolean;
  /** Text after a right-to-left override (U+202E) is shown reversed: read it the way it is seen. */
  reverseOverride?: boolean;
}
const PLAIN: Reading = { heldLetters: 1, splitEdges: true };

function rejoinLetters(run: string, separator: string, splitEdges: boolean): string {
  let word = run.replace(/[^a-z]/g, '');
  if (separator !== ' ' || !splitEdges || word.length < 4) return word;
  let before = '';
  let after = '';
  if (word[0] === 'i' || word[0] === 'a') [before, word] = [`${word[0]} `, word.slice(1)];
  if (word.length >= 3 && /[ia]$/.test(word)) [word, after] = [word.slice(0, -1), ` ${word.slice(-1)}`];
  return before + word + after;
}

/** The readings a message needs: one for ordinary text, more only when it holds an ambiguous disguise. */
export function readingsFor(text: string): Reading[] {
  const held = /(\p{L})\1{2,}/u.test(text);
  const edges = /(?:^|[^\p{L}])[ia](?: \p{L}){2,}|(?:^|[^\p{L}])\p{L}(?: \p{L}){2,}(?: [ia])(?!\p{L})/iu.test(text);
  const reversed = /\u202e/.test(text) ? [{ heldLetters: 1, splitEdges: true, reverseOverride: true } as const] : [];
  const sounded = /[\u0400-\u04ff]/.test(text) ? [{ heldLetters: 1, splitEdges: true, cyrillicSound: true } as const] : [];
  return [
    PLAIN,
    ...reversed,
    ...sounded,
    ...(edges ? [{ heldLetters: 1, splitEdges: false } as const] : []),
    ...(held ? [{ heldLetters: 2, splitEdges: true } as const, { heldLetters: 2, splitEdges: false } as const] : []),
  ];
}

/**
 * Undo deliberate or accidental disguise before anything else: compatibility forms (fullwidth,
 * ligatures), invisible format characters (zero-width, soft hyphen from Word, bidi controls),
 * accents, look-alike letters, digits used as letters, letters split apart ("s-u-i-c-i-d-e",
 * "k i l l") and letters held down ("kiiiill"). Exported so the tests can show each step.
 */
export function undoDisguise(text: string, reading: Reading = PLAIN): string {
  const seen = reading.reverseOverride ? text.replace(/\u202e([^\u202c\u2069]*)/g, (_all, run: string) => [...run].reverse().join('')) : text;
  return (
    seen
      .normalize('NFKC')
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F (combining grapheme joiner) is stripped on its own, on purpose
      .replace(/[\p{Cf}\u034f\u180e]/gu, '') // format characters: ZWSP, ZWJ, soft hyphen, bidi marks, BOM
      .normalize('NFKD')
      .replace(/\p{M}/gu, '') // accents and combining marks: "café" → "cafe", "k̶i̶l̶l̶" → "kill"
      .toLowerCase()
      .replace(reading.cyrillicSound ? SOUNDALIKE_RE : /(?!)/g, (ch) => SOUNDALIKES[ch] ?? ch)
      .replace(LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch)
      // A symbol or digit between letters is a letter in disguise: "k1ll", "su1c1de", "d!e".
      .replace(/(?<=[a-z])[013457@$!|]+(?=[a-z])/g, (run) => [...run].map((c) => LEET[c] ?? c).join(''))
      .replace(/(?<![a-z0-9])[$@](?=[a-z]{2})/g, (c) => LEET[c] ?? c)
      // A digit opening a word is a letter too ("3nd my l1fe", "0verdose"), unless it is a number
      // with its unit or ordinal ("3am", "1st", "5mg", "4th").
      .replace(LEADING_LEET, (word) => (LEET[word[0]!] ?? word[0]) + word.slice(1))
      .replace(SPACED_PAIR, (pair, a: string, b: string, _at: number, whole: string) => (SPACED_WORDS.test(whole) ? a + b : pair))
      .replace(SPLIT_LETTERS, (run, separator: string) => rejoinLetters(run, separator, reading.splitEdges))
      // Syllables split by one repeated separator ("su-i-cide", "over.dose"): joined only when
      // the whole is a risk word, since "up-to-date" and "face-to-face" must stay as they are.
      .replace(SPLIT_SYLLABLES, (run) => {
        const joined = run.replace(/[^a-z]/g, '');
        return SPLIT_WORDS.has(joined) ? joined : run;
      })
      // Letters held down: three or more of one letter become one ("kiiiill", "diiiie") or, for the
      // second reading detectRisks() also checks, two ("feeeel", "killll").
      .replace(/([a-z])\1{2,}/g, reading.heldLetters === 1 ? '$1' : '$1$1')
  );
}

/** "me tablets", "me mam", "me partner": in many English voices "me" before a noun is "my". */
const ME_AS_MY =
  /\bme(?= (?:mam|mum|mom|ma|dad|da|partner|husband|wife|fella|man|missus|boyfriend|girlfriend|brother|sister|son|daughter|kids|bairns|weans|nan|gran|cousins?|auntie|aunty|uncle|mates?|lad|lass|family|tablets|pills|meds|medication|insulin|pension|money|benefits|purse|handbag|bags?|keys?|card|bank card|phone|arms?|legs?|wrists?|head|life|house|flat|room|bed|car|stuff|own)\b)/g;
/**
 * "am on the street", "am done wi it": in Scots, Geordie and Scouse speech "am" opens a sentence as "I'm". Left
 * alone after "I", a number ("3 am") or a question word, and before "I" ("am I").
 */
const AM_AS_IM = /(?<!\b(?:i|so|how|who|what|where|why|when|\d+) )\bam\b(?! i\b)/g;

/**
 * Note shorthand that is not one word, rewritten on the lower-cased text before punctuation goes: "w/ a lighter",
 * "w/o", "OD 3/52 ago" (weeks), "baby 4/12" (months), "pt 28/40" (weeks pregnant), "13yo", "?ED" (query eating
 * disorder — a bare "ED" is also the emergency department, so only the query form is read), "money + appts".
 */
const NOTE_SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bw\/o(?![a-z])/g, ' without '],
  [/\bw\/(?![a-z0-9]\/)/g, ' with '],
  [/\bb\/c\b/g, ' because '],
  [/(?<![\d/])([1-9]|[1-4]\d|5[0-2]) ?\/ ?52(?![\d/])/g, ' $1 weeks '],
  [/(?<![\d/])([1-9]|1[01]) ?\/ ?12(?![\d/])/g, ' $1 months '],
  [/(?<![\d/])([1-6]) ?\/ ?7(?![\d/])/g, ' $1 days '],
  [/(?<![\d/])([1-3]?\d|40) ?\/ ?40(?![\d/])/g, ' $1 weeks pregnant '],
  [/(?<![a-z\d])(\d{1,2}) ?(?:yo|y\/o|y\.o\.?|yr old|yrs old)(?![a-z])/g, ' $1 year old '],
  // Only a "?" that does not end a word: "ok? Ed hit me" is a question and then a name, not a query.
  [/(?<![a-z0-9])\?ed\b/g, ' . query eating disorder '],
  [/ \+ /g, ' and '],
  // "down to 6st", "7st 2lb": stone, where "1st", "21st" stay ordinals.
  [/(?<![\d.])([2-9]|1\d|[2-9][02-9]) ?st(?![a-z])/g, ' $1 stone '],
];

/**
 * Emoji typed in place of a risk word ("me 🔪 him", "💊💊 + 🍺", "thinking of the 🌉"): read as the word. Only emoji
 * with one plain reading; faces, 💀 ("I'm dead" is laughter) and 👋 (a wave) are left to be stripped.
 */
const EMOJI_WORDS: Record<string, string> = {
  '🔪': 'knife',
  '🗡': 'knife',
  '🔫': 'gun',
  '💊': 'pills',
  '💉': 'needle',
  '🍺': 'beer',
  '🍻': 'beer',
  '🍷': 'wine',
  '🥃': 'whisky',
  '🍾': 'booze',
  '👊': 'punch',
  '🤜': 'punch',
  '🌉': 'bridge',
  '🪢': 'rope',
  '🩸': 'blood',
  '⚰': 'coffin',
};
const EMOJI_RE = new RegExp(`(?:${Object.keys(EMOJI_WORDS).join('|')})\\uFE0F?`, 'gu');

/** The one normal form every rule and local phrase is matched against. */
export function normaliseForRisk(text: string, reading: Reading = PLAIN): string {
  // "SI's been bad", "SH's back": capitalised note shorthand for suicidal ideation / self-harm, not "sis" (sister).
  const shorthand = text.replace(/\b(S[IH])['\u2019]s\b/g, '$1 is').replace(EMOJI_RE, (emoji) => ` ${EMOJI_WORDS[emoji.replace('\uFE0F', '')] ?? ''} `);
  let noted = undoDisguise(shorthand, reading);
  if (/[/+?]|\d ?(?:y|st)/.test(noted)) for (const [pattern, replacement] of NOTE_SHORTHAND) noted = noted.replace(pattern, replacement);
  const folded = noted
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/([a-z]{2,}in)'(?![a-z])/g, '$1g') // stoppin' → stopping
    .replace(/([a-z])'([a-z])/g, '$1$2') // don't → dont, daughter's → daughters
    .replace(/(\d),(\d)/g, '$1$2') // 1,000 → 1000
    .replace(/\b2ni(?:gh)?te?\b/g, 'tonight')
    .replace(/\bthe morra\b/g, 'tomorrow') // Scots "the morra"; "morra" alone is mapped in SPELLING
    .replace(/[.!?;:\n\r]+/g, ' . ')
    .replace(/,+/g, ' , ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9.,]+/g, ' ') // hyphens, quotes, emoji: "self-harm" → "self harm"
    .replace(/(\d)([a-z])/g, '$1 $2') // "30paracetamol" → "30 paracetamol"
    .trim();
  if (!folded) return '';
  return folded
    .split(/\s+/)
    .map((t) => (t === '.' || t === ',' ? t : canonicalToken(t)))
    .join(' ')
    .replace(ME_AS_MY, 'my')
    .replace(AM_AS_IM, 'im');
}
