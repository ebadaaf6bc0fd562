import type { Command } from './types';

/**
 * Typed commands. Whole-message matches only, so an answer such as "back pain" is an answer,
 * not a command. A link worker who needs to record a command word as an answer starts it
 * with a quote mark ("back").
 */
const ALIASES: Record<string, Command> = {
  back: 'back',
  previous: 'back',
  next: 'next',
  keep: 'next',
  skip: 'skip',
  pause: 'pause',
  resume: 'resume',
  continue: 'resume',
  status: 'status',
  where: 'status',
  help: 'help',
  '?': 'help',
  cancel: 'cancel',
  answers: 'answers',
  review: 'answers',
  confirm: 'confirm',
  done: 'confirm',
  yes: 'yes',
  no: 'no',
};

export function parseCommand(text: string): Command | null {
  return ALIASES[text.trim().toLowerCase().replace(/[.!]+$/, '')] ?? null;
}

/** `"back"` → `back` as a literal answer. */
export function unquoteLiteral(text: string): string | null {
  const m = /^["'“‘](.*?)["'”’]?$/s.exec(text.trim());
  return m && m[1] !== undefined ? m[1] : null;
}

export const HELP_TEXT = [
  'Answer by typing the option number, the start of its label, a number on a scale, or free text — or use the card.',
  'Commands: `back` change the previous answer · `next` keep the shown answer · `skip` (optional questions) · `pause` / `resume` · `status` · `answers` review what is recorded · `cancel` · `help`.',
  'Other: `start <NHS number or local reference>` begins a new assessment.',
  'To record a command word as an answer, start it with a quote mark, e.g. "back".',
].join('\n');
