import type { SummaryItem } from './summary';

/**
 * The shared layout every human-readable export renders: a title, a block of header fields and
 * titled sections of lines. The text summary and the PDF letter draw the same Letter, so they
 * say the same thing in the same order.
 */
export interface Line {
  text: string;
  /** Nesting level: 0 = section body, 1 = detail under an item. */
  indent?: 0 | 1 | 2;
  /** Drawn as "- " with a hanging indent. */
  bullet?: boolean;
}

/** Which part of the PRSB message a section is; the FHIR Composition attaches entries by it. */
export type SectionKey =
  | 'summary'
  | 'plan'
  | 'what_matters'
  | 'strengths'
  | 'assessments'
  | 'risks'
  | 'signposts'
  | 'sessions'
  | 'review'
  | 'codes'
  | 'referral_outcome'
  | 'consent';

export interface Section {
  key: SectionKey;
  title: string;
  lines: Line[];
}

export interface Letter {
  title: string;
  fields: Array<[label: string, value: string]>;
  /** Page 1: the summary a GP reads in a minute (exports/summary.ts). */
  summary: SummaryItem[];
  /** The details that follow the summary. */
  sections: Section[];
  footer: string;
}

export const line = (text: string, indent: 0 | 1 | 2 = 0, bullet = false): Line => ({ text, indent, ...(bullet ? { bullet } : {}) });
export const bullet = (text: string, indent: 0 | 1 | 2 = 0): Line => line(text, indent, true);

/** Every string in a letter, for the unverified-code guard and for tests. */
export function letterStrings(letter: Letter): string[] {
  return [
    letter.title,
    ...letter.fields.flat(),
    ...letter.summary.flatMap((i) => [i.label, ...i.lines]),
    ...letter.sections.flatMap((s) => [s.title, ...s.lines.map((l) => l.text)]),
    letter.footer,
  ];
}
