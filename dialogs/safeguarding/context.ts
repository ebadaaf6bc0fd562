/**
 * Decides how a rule match reads in its sentence: the person's own disclosure, something reported
 * about someone else, or a denial ("I'm not suicidal"). This only changes the flag's `kind`, which
 * the link worker sees — it never removes a flag (see detect.ts for the policy).
 */
import type { RiskKind } from './types';

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'dont',
  'didnt',
  'doesnt',
  'havent',
  'hasnt',
  'wont',
  'wouldnt',
  'cant',
  'couldnt',
  'isnt',
  'wasnt',
  'arent',
  'aint',
  'shouldnt',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'hardly',
  // Note-taking: "denies SI", "denied any thoughts of self-harm".
  'denies',
  'denied',
  'denying',
  // "nil SI", "nil of note", "NAD SH".
  'nil',
]);
/** A negation stops at a clause boundary: in "not suicidal but stockpiling pills" it covers only "suicidal". */
const CLAUSE_BREAKS = new Set([
  '.',
  ',',
  '~',
  'but',
  'though',
  'although',
  'however',
  'except',
  'just',
  'only',
  'yet',
  'and',
  'so',
  'because',
  'then',
  'when',
  'if',
  'or',
]);
/** "I can't stop thinking about killing myself" is not a denial: the negative belongs to these verbs. */
const NEGATION_FLIPS = new Set([
  'stop',
  'stopping',
  'help',
  'helping',
  'stand',
  'wait',
  'resist',
  'remember',
  'know',
  'believe',
  'shake',
  'imagine',
  'see',
  'sure',
]);
const NEGATION_REACH = 4;

function tokensBefore(text: string, index: number): string[] {
  return text.slice(0, index).trim().split(' ').filter(Boolean);
}

function negatedBefore(before: string[]): boolean {
  const between: string[] = [];
  for (let i = before.length - 1; i >= 0 && between.length < NEGATION_REACH; i--) {
    const token = before[i]!;
    if (CLAUSE_BREAKS.has(token)) return false;
    if (NEGATORS.has(token)) return !between.some((t) => NEGATION_FLIPS.has(t));
    between.unshift(token);
  }
  return false;
}

const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'myself', 'my', 'mine']);
const THIRD_PERSON = new Set([
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'hed',
  'shed',
  'theyre',
  'theyve',
  'theyd',
  'him',
  'her',
  'his',
  'them',
  'their',
  'himself',
  'herself',
  'themselves',
  'themself',
  // A link worker's note names the person in the third person: "pt says she …", "cl reports …", "YP (13) found …".
  'pt',
  'pts',
  'cl',
  'cls',
  'client',
  'clients',
  'patient',
  'patients',
  'yp',
  'pupil',
  'resident',
]);
/** "my son", "my best friend": a "my" that introduces someone else rather than the speaker. */
const OTHER_PEOPLE = new Set([
  'friend',
  'friends',
  'mate',
  'mates',
  'son',
  'sons',
  'daughter',
  'daughters',
  'husband',
  'husbands',
  'wife',
  'wifes',
  'partner',
  'partners',
  'mum',
  'mums',
  'dad',
  'dads',
  'mother',
  'father',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'neighbour',
  'neighbours',
  'flatmate',
  'flatmates',
  'grandson',
  'granddaughter',
  'grandkids',
  'grandchildren',
  'nephew',
  'niece',
  'aunt',
  'uncle',
  'child',
  'children',
  'kids',
  'boy',
  'girl',
  'baby',
  'boyfriend',
  'girlfriend',
  'colleague',
  'cousin',
  'ex',
  'stepdad',
  'stepmum',
  'nan',
  'grandad',
  'gran',
  'mam',
  'ma',
  'da',
  'fella',
  'lad',
  'lass',
  'bf',
  'gf',
  'bairn',
  'bairns',
  'wean',
  'weans',
  'carer',
  'cousins',
]);
/** Frames in which "I"/"me" is the listener, not the person at risk: "my son told me he…", "I think my friend…". */
const REPORTING_FRAMES =
  /\b(?:told me|tells me|telling me|said to me|says to me|asked me|texted me|rang me|messaged me|warned me|i think|i heard|i can hear|i hear|i know|i saw|i found out|im worried|i am worried|im frightened|im scared that|im afraid that)\b/g;

/** The sentence up to the end of the match, where a "but" starts a new thought. */
function sentenceTokens(text: string, index: number, matched: string): string[] {
  const upToEnd = text.slice(0, index + matched.length);
  const start = Math.max(upToEnd.lastIndexOf(' . '), upToEnd.lastIndexOf(' but '));
  return upToEnd
    .slice(start < 0 ? 0 : start)
    .replace(REPORTING_FRAMES, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Reported = nobody in the sentence is the speaker, and somebody else is named. */
function reportedSpeech(tokens: string[]): boolean {
  let third = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === 'my' && [tokens[i + 1], tokens[i + 2]].some((t) => t !== undefined && OTHER_PEOPLE.has(t))) {
      third = true;
      continue;
    }
    if (FIRST_PERSON.has(token)) return false;
    if (THIRD_PERSON.has(token) || OTHER_PEOPLE.has(token)) third = true;
  }
  return third;
}

/**
 * @param text masked, normalised text the rule ran on
 * @param negativeIsMeaning the phrase itself contains its negative ("nowhere to sleep")
 */
export function classifyMatch(text: string, index: number, matched: string, baseKind: RiskKind, negativeIsMeaning: boolean): RiskKind {
  const before = tokensBefore(text, index);
  const matchTokens = matched.split(' ');
  const negatedInside = !negativeIsMeaning && matchTokens.some((t, i) => NEGATORS.has(t) && !NEGATION_FLIPS.has(matchTokens[i + 1] ?? ''));
  if (negatedInside || negatedBefore(before)) return 'negated';
  if (reportedSpeech(sentenceTokens(text, index, matched))) return 'reported';
  return baseKind;
}
