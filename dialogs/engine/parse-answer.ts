import { optionsOf, type ChoiceQuestion, type ResolvedOption, type ResolvedQuestion, type ScaleQuestion } from '../script/compile';
import type { AnswerValue } from './types';
import { escapeChatText } from '../markdown';
import { fold, foldedOption, phraseSuggestion, readNumberPhrase, typoSuggestion, wordPrefixMatches } from './answer-words';

/**
 * A typed or clicked answer either becomes a value, a message that says how to answer, or a
 * suggestion: a value the words probably mean, which the engine asks the link worker to confirm
 * ("Did you mean 'Often'?") instead of recording a guess.
 */
export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; message: string; suggestion?: AnswerValue };

/** Strips control characters (keeps newlines and tabs) and normalises Unicode, so stored text is what was meant. */
export function cleanText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
    .trim();
}

function listOptions(options: ResolvedOption[]): string {
  return options.map((o, i) => `${i + 1} ${o.label}`).join(' · ');
}

type OptionMatch = ResolvedOption | { error: string; suggestion?: ResolvedOption };

/**
 * Option by number ("3", "three"), exact label, unambiguous label prefix ("mod" is ambiguous in
 * MHLC), or per-word prefix ("mod agree", "str dis"); otherwise a phrase or typo that points to
 * one option is returned as a suggestion to confirm.
 */
function matchOption(token: string, options: ResolvedOption[]): OptionMatch {
  const t = fold(token);
  // An exact label first: labels may themselves hold numbers ("65 to 74", "18 to 24").
  const exact = options.find((o) => foldedOption(o).label === t || foldedOption(o).value === t);
  if (exact) return exact;
  const num = readNumberPhrase(t);
  if (num?.kind === 'range') return { error: `"${escapeChatText(token)}" gives two numbers; please choose one: ${listOptions(options)}.` };
  if (num?.kind === 'number') {
    if (num.outOf !== undefined && num.outOf !== options.length)
      return { error: `This question has ${options.length} options, not a scale out of ${num.outOf}. Choose 1–${options.length}: ${listOptions(options)}.` };
    // Instruments whose option values are the numbers themselves (MHLC 1–6) read the same either way.
    const byPosition = options[num.n - 1];
    if (byPosition) return byPosition;
    return { error: `There is no option ${num.n}. Choose 1–${options.length}: ${listOptions(options)}.` };
  }
  const prefixed = options.filter((o) => foldedOption(o).label.startsWith(t));
  if (prefixed.length === 1 && prefixed[0]) return prefixed[0];
  if (prefixed.length > 1)
    return { error: `"${escapeChatText(token)}" could mean ${prefixed.map((o) => `"${o.label}"`).join(' or ')}. Type more of the label or its number.` };
  const perWord = options.filter((o) => wordPrefixMatches(t, o.label));
  if (perWord.length === 1 && perWord[0]) return perWord[0];
  if (perWord.length > 1)
    return { error: `"${escapeChatText(token)}" could mean ${perWord.map((o) => `"${o.label}"`).join(' or ')}. Type more of the label or its number.` };
  const suggestion = phraseSuggestion(t, options) ?? typoSuggestion(t, options);
  if (suggestion) return { error: `Did you mean "${suggestion.label}"?`, suggestion };
  return { error: `"${escapeChatText(token)}" is not one of the options. Type a number or a label: ${listOptions(options)}.` };
}

function parseScale(text: string, q: ScaleQuestion): ParsedAnswer {
  const { min, max } = q;
  const how = `Please type a whole number from ${min} to ${max}.`;
  const num = readNumberPhrase(text);
  if (num?.kind === 'range') return { ok: false, message: `"${text.slice(0, 40)}" gives two numbers (${num.low} and ${num.high}); please ask for one. ${how}` };
  if (!num) {
    // The scale's own anchor words ("not at all", "completely") are its end points.
    const anchor = [q.minLabel && { label: q.minLabel, value: min }, q.maxLabel && { label: q.maxLabel, value: max }].filter(
      (a): a is { label: string; value: number } => Boolean(a),
    );
    const hit = anchor.filter((a) => fold(a.label) === fold(text) || wordPrefixMatches(text, a.label) || fold(a.label).startsWith(fold(text)));
    if (hit.length === 1 && fold(text).length >= 3) return { ok: true, value: hit[0]!.value };
    return { ok: false, message: how };
  }
  if (num.outOf !== undefined && num.outOf !== max) return { ok: false, message: `This scale runs from ${min} to ${max}, not out of ${num.outOf}. ${how}` };
  if (num.n < min || num.n > max) return { ok: false, message: `${num.n} is outside the scale. ${how}` };
  return { ok: true, value: num.n };
}

const YES_NO_OPTIONS: readonly ResolvedOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function parseYesNo(text: string): ParsedAnswer {
  const t = fold(text).replace(/[.!]+$/, '');
  if (['y', 'yes', '1', 'yeah', 'yep'].includes(t)) return { ok: true, value: 'yes' };
  if (['n', 'no', '2', 'nope'].includes(t)) return { ok: true, value: 'no' };
  const suggestion = phraseSuggestion(t, YES_NO_OPTIONS);
  if (suggestion) return { ok: false, message: `Did you mean "${suggestion.label}"?`, suggestion: suggestion.value };
  return { ok: false, message: 'Please answer yes or no (or 1 / 2).' };
}

function parseMulti(text: string, q: ChoiceQuestion): ParsedAnswer {
  const options = q.options;
  const tokens = text
    .split(/[,;]|\band\b/)
    .map((s) => s.trim())
    .filter(Boolean);
  // "1 3 5" is as natural to type as "1,3,5".
  const expanded = tokens.flatMap((t) => (/^\d+(\s+\d+)+$/.test(t) ? t.split(/\s+/) : [t]));
  if (expanded.length === 0) return { ok: false, message: `Choose one or more, separated by commas: ${listOptions(options)}.` };
  const values: Array<string | number> = [];
  for (const token of expanded) {
    const m = matchOption(token, options);
    // A guess inside a list is not offered: the link worker retypes that item.
    if ('error' in m)
      return {
        ok: false,
        message: m.suggestion
          ? `"${escapeChatText(token)}" is not one of the options (did you mean "${m.suggestion.label}"?). ${listOptions(options)}.`
          : m.error,
      };
    if (!values.includes(m.value)) values.push(m.value);
  }
  return { ok: true, value: values };
}

/** Parses what the link worker typed as the answer to `q`. */
export function parseTypedAnswer(raw: string, q: ResolvedQuestion): ParsedAnswer {
  const text = cleanText(raw);
  if (text.length === 0) return { ok: false, message: 'The answer was empty. Please type an answer.' };
  switch (q.type) {
    case 'scale':
      return parseScale(text, q);
    case 'yesno':
      return parseYesNo(text);
    case 'multi':
      return parseMulti(text, q);
    case 'single':
    case 'likert': {
      const m = matchOption(text, q.options);
      if (!('error' in m)) return { ok: true, value: m.value };
      return m.suggestion ? { ok: false, message: m.error, suggestion: m.suggestion.value } : { ok: false, message: m.error };
    }
    case 'text': {
      const max = q.maxLength;
      if (text.length > max) return { ok: false, message: `That answer is ${text.length} characters; the limit here is ${max}. Please shorten it.` };
      return { ok: true, value: text };
    }
  }
}

/**
 * Validates a value submitted from a card. Cards can be stale or forged, so nothing is
 * trusted: the value must be one this question can take.
 */
export function parseCardValue(raw: unknown, q: ResolvedQuestion): ParsedAnswer {
  if (raw === undefined || raw === null || raw === '') return { ok: false, message: 'No answer was selected on the card.' };
  if (q.type === 'multi') {
    // Adaptive Card multi-select ChoiceSets submit a comma-joined string.
    const parts = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(',') : null;
    if (!parts) return { ok: false, message: 'That card answer was not a list of options.' };
    const options = q.options;
    const values: Array<string | number> = [];
    for (const p of parts.map((s) => s.trim()).filter(Boolean)) {
      const o = options.find((x) => String(x.value) === p);
      if (!o) return { ok: false, message: `"${escapeChatText(p.slice(0, 40))}" is not an option of this question.` };
      if (!values.includes(o.value)) values.push(o.value);
    }
    return values.length ? { ok: true, value: values } : { ok: false, message: 'No option was selected on the card.' };
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, message: 'That card answer has the wrong type.' };
  if (q.type === 'text') return parseTypedAnswer(String(raw), q);
  if (q.type === 'scale') return parseScale(String(raw), q);
  const o = q.options.find((x) => String(x.value) === String(raw));
  return o ? { ok: true, value: o.value } : { ok: false, message: "That card answer is not one of this question's options." };
}

/** Human-readable form of an answer, for summaries and "current answer" hints. */
export function describeAnswer(value: AnswerValue, q: ResolvedQuestion): string {
  const label = (v: string | number) => optionsOf(q).find((o) => o.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (q.type === 'scale') return `${value} (${q.min}–${q.max})`;
  if (q.type === 'text') return String(value);
  return label(value);
}

/** An answer as the acknowledgement reads it: "3 — Moderately disagree", "7 (0–10)", "Yes". */
export function ackAnswer(value: AnswerValue, q: ResolvedQuestion): string {
  if (q.type === 'single' || q.type === 'likert') {
    const i = q.options.findIndex((o) => o.value === value);
    if (i >= 0) return `${i + 1} — ${q.options[i]!.label}`;
  }
  if (q.type === 'text') {
    const s = String(value);
    return `“${s.length > 80 ? `${s.slice(0, 79)}…` : s}”`;
  }
  return describeAnswer(value, q);
}
