import { escapeMarkdown, text, type CardElement } from './card-kit';

/** A line shown at the top of a card: an acknowledgement ("Recorded: …") or a notice. */
export interface LeadLine {
  text: string;
  tone: 'info' | 'warning' | 'error' | 'good';
}

const COLOR = { info: 'Default', warning: 'Warning', error: 'Attention', good: 'Good' } as const;

/**
 * The lines that came before a card, inside it, so the question is one message on screen.
 * Notices are written by us (commands in `code`), so they keep their Markdown; an acknowledgement
 * can quote the person's words, so it is escaped.
 */
export function leadBlocks(lead: readonly LeadLine[]): CardElement[] {
  return lead.map((l) =>
    text(l.tone === 'good' ? escapeMarkdown(l.text) : l.text, { color: COLOR[l.tone], ...(l.tone === 'good' ? { weight: 'Bolder' } : {}), spacing: 'Small' }),
  );
}
