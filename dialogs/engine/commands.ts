import { z } from 'zod';

/**
 * The engine's commands: one closed set, from which the typed-command parser, card buttons
 * (service/card-actions.ts) and `help` are all derived. Listed in the order `help` shows them.
 */
export const commandSchema = z.enum(['back', 'next', 'skip', 'skip_section', 'pause', 'resume', 'status', 'answers', 'cancel', 'help', 'confirm', 'yes', 'no']);
export type Command = z.infer<typeof commandSchema>;

/**
 * Other words for each command, and its entry in `help` (null: not listed — `resume` is shown
 * with `pause`; confirm, yes and no answer the bot's own questions). Whole-message matches only,
 * so an answer such as "back pain" is an answer, not a command. A link worker who needs to
 * record a command word as an answer starts it with a quote mark ("back").
 */
const COMMANDS: Record<Command, { aliases: readonly string[]; help: string | null }> = {
  back: { aliases: ['previous'], help: '`back` change the previous answer' },
  next: { aliases: ['keep'], help: '`next` keep the shown answer' },
  skip: { aliases: [], help: '`skip` (optional questions)' },
  skip_section: { aliases: ['skip section', 'skip all', 'skip the rest'], help: '`skip section` skips the optional questions that follow in this section' },
  pause: { aliases: [], help: '`pause` / `resume`' },
  resume: { aliases: ['continue'], help: null },
  status: { aliases: ['where'], help: '`status`' },
  answers: { aliases: ['review'], help: '`answers` review what is recorded' },
  cancel: { aliases: [], help: '`cancel`' },
  help: { aliases: ['?'], help: '`help`' },
  confirm: { aliases: ['done'], help: null },
  yes: { aliases: [], help: null },
  no: { aliases: [], help: null },
};

const ALIASES: ReadonlyMap<string, Command> = new Map(commandSchema.options.flatMap((c) => [c, ...COMMANDS[c].aliases].map((word) => [word, c] as const)));

export function parseCommand(text: string): Command | null {
  return (
    ALIASES.get(
      text
        .trim()
        .toLowerCase()
        .replace(/[.!]+$/, ''),
    ) ?? null
  );
}

/** `"back"` → `back` as a literal answer. */
export function unquoteLiteral(text: string): string | null {
  const m = /^["'“‘](.*?)["'”’]?$/s.exec(text.trim());
  return m && m[1] !== undefined ? m[1] : null;
}

export const HELP_TEXT = [
  'Answer by typing the option number, the start of its words (`mod agree`), a number on a scale (`6`, `six`, `about a 7`), or free text — or use the card.',
  "Fast entry: several answers in one message for the choice, scale and short-code questions that follow in the section, with `;` between them (spaces or commas between plain numbers) — e.g. `3 2 2 6` for the four wellbeing questions, `full; 1; gp; phone`, or `yes; y; none; accept; B86001` for screening with the practice code. They are read back and recorded when you say `yes`; the person's own words are typed on their own.",
  `Commands: ${commandSchema.options.flatMap((c) => COMMANDS[c].help ?? []).join(' · ')}.`,
  'Other: `start` and the NHS number or local reference begins a new assessment · `people` / `open *** 5919` moves to another person · `assessments` lists unfinished ones.',
  'To record a command word as an answer, start it with a quote mark, e.g. "back".',
].join('\n');
