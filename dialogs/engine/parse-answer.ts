import { optionsOf, type ChoiceQuestion, type ResolvedOption, type ResolvedQuestion, type ScaleQuestion } from '../script/compile';
import type { AnswerValue } from './types';
import { escapeChatText } from '../markdown';

/** A typed or clicked answer either becomes a value or a message that says how to answer. */
export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; message: string };

/** Strips control characters (keeps newlines and tabs) and normalises Unicode, so stored text is what was meant. */
export function cleanText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '').trim();
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function listOptions(options: ResolvedOption[]): string {
  return options.map((o, i) => `${i + 1} ${o.label}`).join(' · ');
}

/** Option by number ("3"), exact label, or unambiguous case-insensitive label prefix ("mod" is ambiguous in MHLC). */
function matchOption(token: string, options: ResolvedOption[]): ResolvedOption | { error: string } {
  const t = fold(token);
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    // Instruments whose option values are the numbers themselves (MHLC 1–6) read the same either way.
    const byPosition = options[n - 1];
    if (byPosition) return byPosition;
    return { error: `There is no option ${n}. Choose 1–${options.length}: ${listOptions(options)}.` };
  }
  const exact = options.find((o) => fold(o.label) === t || fold(String(o.value)) === t);
  if (exact) return exact;
  const prefixed = options.filter((o) => fold(o.label).startsWith(t));
  if (prefixed.length === 1 && prefixed[0]) return prefixed[0];
  if (prefixed.length > 1)
    return { error: `"${escapeChatText(token)}" could mean ${prefixed.map((o) => `"${o.label}"`).join(' or ')}. Type more of the label or its number.` };
  return { error: `"${escapeChatText(token)}" is not one of the options. Type a number or a label: ${listOptions(options)}.` };
}

function parseScale(text: string, q: ScaleQuestion): ParsedAnswer {
  const { min, max } = q;
  if (!/^-?\d+$/.test(text.trim())) return { ok: false, message: `Please type a whole number from ${min} to ${max}.` };
  const n = Number(text.trim());
  if (n < min || n > max) return { ok: false, message: `${n} is outside the scale. Please type a whole number from ${min} to ${max}.` };
  return { ok: true, value: n };
}

function parseYesNo(text: string): ParsedAnswer {
  const t = fold(text);
  if (['y', 'yes', '1', 'yeah', 'yep'].includes(t)) return { ok: true, value: 'yes' };
  if (['n', 'no', '2', 'nope'].includes(t)) return { ok: true, value: 'no' };
  return { ok: false, message: 'Please answer yes or no (or 1 / 2).' };
}

function parseMulti(text: string, q: ChoiceQuestion): ParsedAnswer {
  const options = q.options;
  const tokens = text.split(/[,;]|\band\b/).map((s) => s.trim()).filter(Boolean);
  // "1 3 5" is as natural to type as "1,3,5".
  const expanded = tokens.flatMap((t) => (/^\d+(\s+\d+)+$/.test(t) ? t.split(/\s+/) : [t]));
  if (expanded.length === 0) return { ok: false, message: `Choose one or more, separated by commas: ${listOptions(options)}.` };
  const values: Array<string | number> = [];
  for (const token of expanded) {
    const m = matchOption(token, options);
    if ('error' in m) return { ok: false, message: m.error };
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
      return 'error' in m ? { ok: false, message: m.error } : { ok: true, value: m.value };
    }
    case 'text': {
      const max = q.maxLength;
      if (text.length > max)
        return { ok: false, message: `That answer is ${text.length} characters; the limit here is ${max}. Please shorten it.` };
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
  return o ? { ok: true, value: o.value } : { ok: false, message: 'That card answer is not one of this question\'s options.' };
}

/** Human-readable form of an answer, for summaries and "current answer" hints. */
export function describeAnswer(value: AnswerValue, q: ResolvedQuestion): string {
  const label = (v: string | number) => optionsOf(q).find((o) => o.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (q.type === 'scale') return `${value} (${q.min}–${q.max})`;
  if (q.type === 'text') return String(value);
  return label(value);
}
