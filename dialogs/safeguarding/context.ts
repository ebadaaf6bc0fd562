/**
 * Decides how a rule match reads in its sentence: the person's own disclosure, something reported
 * about someone else, or a denial ("I'm not suicidal"). This only changes the flag's `kind`, which
 * the link worker sees — it never removes a flag (see detect.ts for the policy).
 */
import type { RiskKind } from './types';

const NEGATORS = new Set([
  'not', 'never', 'no', 'dont', 'didnt', 'doesnt', 'havent', 'hasnt', 'wont', 'wouldnt', 'cant', 'couldnt',
  'isnt', 'wasnt', 'arent', 'aint', 'shouldnt', 'nobody', 'nothing', 'neither', 'nor', 'hardly',
]);
/** A negation stops at a clause boundary: in "not suicidal but stockpiling pills" it covers only "suicidal". */
const CLAUSE_BREAKS = new Set(['.', ',', '~', 'but', 'though', 'although', 'however', 'except', 'just', 'only', 'yet', 'and', 'so', 'because', 'then', 'when', 'if', 'or']);
/** "I can't stop thinking about killing myself" is not a denial: the negative belongs to these verbs. */
const NEGATION_FLIPS = new Set(['stop', 'stopping', 'help', 'helping', 'stand', 'wait', 'resist', 'remember', 'know', 'believe', 'shake', 'imagine', 'see', 'sure']);
const NEGATION_REACH = 4;

const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'myself', 'my']);
const THIRD_PERSON = new Set([
  'he', 'she', 'they', 'hes', 'shes', 'hed', 'shed', 'theyre', 'theyve', 'theyd', 'him', 'her', 'his', 'them', 'their',
  'himself', 'herself', 'themselves', 'themself',
]);
/** Who a sentence is about when no pronoun settles it: "my son is on heroin". */
const OTHER_PEOPLE = new Set([
  'friend', 'friends', 'son', 'sons', 'daughter', 'daughters', 'husband', 'husbands', 'wife', 'wifes', 'partner', 'partners', 'mum', 'mums', 'dad', 'dads',
  'mother', 'father', 'brother', 'brothers', 'sister', 'sisters', 'neighbour', 'neighbours', 'flatmate', 'flatmates', 'grandson', 'granddaughter',
  'nephew', 'niece', 'aunt', 'uncle', 'child', 'children', 'kids', 'boyfriend', 'girlfriend', 'colleague', 'cousin', 'ex', 'stepdad', 'stepmum',
]);
const REPORT_REACH = 12;

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

function reportedSpeech(before: string[], matchTokens: string[]): boolean {
  if (matchTokens.some((t) => FIRST_PERSON.has(t))) return false;
  if (matchTokens.some((t) => THIRD_PERSON.has(t))) return true;
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < REPORT_REACH; i--, seen++) {
    const token = before[i]!;
    if (token === '.') return false;
    if (FIRST_PERSON.has(token) && token !== 'my') return false;
    if (THIRD_PERSON.has(token) || OTHER_PEOPLE.has(token)) return true;
  }
  return false;
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
  if (reportedSpeech(before, matchTokens)) return 'reported';
  return baseKind;
}
