import type { ExportDocument } from './document';
import type { Letter, Line } from './layout';
import { buildLetter } from './letter';

/**
 * The consultation summary as plain text for pasting into EMIS Web or SystmOne: no markup,
 * lines wrapped at 72 columns, headings underlined with ASCII so it survives any text box.
 * Patient text is printed verbatim; plain text has no markup to inject into.
 */
export const SUMMARY_WIDTH = 72;

/** Greedy word wrap; a word longer than the line is split rather than overflowing. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (word.length > width) {
        if (current) out.push(current);
        current = '';
        out.push(word.slice(0, width));
        word = word.slice(width);
      }
      if (!current) current = word;
      else if (current.length + 1 + word.length <= width) current += ` ${word}`;
      else {
        out.push(current);
        current = word;
      }
    }
    out.push(current);
  }
  return out;
}

function renderLine(l: Line): string[] {
  const pad = '  '.repeat(l.indent ?? 0);
  const first = l.bullet ? `${pad}- ` : pad;
  const rest = l.bullet ? `${pad}  ` : pad;
  return wrap(l.text, SUMMARY_WIDTH - first.length).map((t, i) => (i === 0 ? first : rest) + t);
}

export function renderLetterText(letter: Letter): string {
  const title = wrap(letter.title.toUpperCase(), SUMMARY_WIDTH);
  const out: string[] = [...title, '='.repeat(Math.max(...title.map((t) => t.length))), ''];
  const labelWidth = Math.max(...letter.fields.map(([label]) => label.length)) + 2;
  for (const [label, value] of letter.fields) {
    const lines = wrap(value, SUMMARY_WIDTH - labelWidth);
    lines.forEach((v, i) => out.push(`${i === 0 ? `${label}:`.padEnd(labelWidth) : ' '.repeat(labelWidth)}${v}`));
  }
  for (const section of letter.sections) {
    out.push('', section.title.toUpperCase(), '-'.repeat(Math.min(section.title.length, SUMMARY_WIDTH)));
    for (const l of section.lines) out.push(...renderLine(l));
  }
  out.push('', ...wrap(letter.footer, SUMMARY_WIDTH));
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}

/** Full, codes-only or screened-out summary, per the document's variant. */
export function renderSummaryText(doc: ExportDocument): string {
  return renderLetterText(buildLetter(doc));
}
