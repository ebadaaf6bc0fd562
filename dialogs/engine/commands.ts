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
  'Answer by typing the option number, the start of its words (`mod agree`), a number on a scale (`6`, `six`, `about a 7`), or free text — or use the card.',
  'Fast entry: several answers in one message for the questions that follow, e.g. `3 2 2 6` for the four wellbeing questions, or `full; 1; gp; phone`. They are read back and recorded when you say `yes`.',
  'Commands: `back` change the previous answer · `next` keep the shown answer · `skip` (optional questions) · `pause` / `resume` · `status` · `answers` review what is recorded · `cancel` · `help`.',
  'Other: `start` and the NHS number or local reference begins a new assessment · `people` / `open *** 5919` moves to another person · `assessments` lists unfinished ones.',
  'To record a command word as an answer, start it with a quote mark, e.g. "back".',
].join('\n');
