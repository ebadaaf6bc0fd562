import type { Scores } from '../dialogs/scoring';
import { ONS4_KEYS } from '../dialogs/scoring';
import type { ExportDocument } from './document';
import type { Letter } from './layout';
import { buildLetter } from './letter';
import { toAscii } from './safe-text';
import { MHLC_MEANING } from './sections-assessments';
import type { SummaryItem } from './summary';

/**
 * The consultation summary as plain text for pasting into EMIS Web or SystmOne: the same
 * summary as page 1 of the letter, then the codes to enter and the scores in words. It is ASCII
 * only (it must survive any text box) and at most MAX_LINES lines: the full detail is in the
 * letter and the FHIR bundle. Patient text is printed verbatim apart from the ASCII mapping;
 * plain text has no markup to inject into.
 */
export const SUMMARY_WIDTH = 72;
export const MAX_LINES = 40;

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

/** "Label: text", continuation lines indented under the text; at most `clip` lines per entry. */
function labelled(label: string, text: string, clip = Infinity): string[] {
  const head = `${label}: `;
  const indent = ' '.repeat(Math.min(head.length, 24));
  const lines = wrap(toAscii(`${head}${text}`), SUMMARY_WIDTH).flatMap((l, i) => (i === 0 ? [l] : wrap(l, SUMMARY_WIDTH - indent.length).map((w) => indent + w)));
  if (lines.length <= clip) return lines;
  const kept = lines.slice(0, clip);
  kept[clip - 1] = `${kept[clip - 1]!.slice(0, SUMMARY_WIDTH - 26).trimEnd()} ... (see the letter)`;
  return kept;
}

function itemLines(item: SummaryItem): string[] {
  const label = item.emphasis ? item.label.toUpperCase() : item.label;
  if (item.lines.length === 1) return labelled(label, item.lines[0]!, item.clip);
  return [`${label}:`, ...item.lines.flatMap((l) => labelled(' -', l, item.clip).map((x) => ` ${x.slice(1)}`))];
}

function scoreLines(s: Scores): string[] {
  const ons = ONS4_KEYS.map((k) => {
    const r = s.ons4.items[k];
    return r.scored ? `${k.replace(/_/g, ' ')} ${r.value} (${r.bandLabel.toLowerCase()})` : null;
  }).filter(Boolean);
  const out: string[] = [];
  if (ons.length) out.push(...labelled('ONS4 wellbeing (0-10, ONS bands; anxiety higher is worse)', ons.join(', ')));
  if (s.ucla3.total.scored) out.push(...labelled('UCLA-3 loneliness', `${s.ucla3.total.total} of 9 (3-9, higher is lonelier)`));
  const m = s.mhlc.subscales;
  const mhlc = (['internal', 'chance', 'powerfulOthers'] as const)
    .map((k) => (m[k].scored ? `${k === 'powerfulOthers' ? 'powerful others' : k} ${m[k].sum}/36 (${MHLC_MEANING[k]})` : null))
    .filter(Boolean);
  if (mhlc.length) out.push(...labelled('MHLC health beliefs, higher = stronger, no cut-offs', mhlc.join('; ')));
  return out;
}

export function renderLetterText(letter: Letter, doc: ExportDocument): string {
  const title = wrap(toAscii(letter.title.toUpperCase()), SUMMARY_WIDTH);
  const head: string[] = [...title, '='.repeat(Math.max(...title.map((t) => t.length)))];
  head.push(...letter.fields.flatMap(([label, value]) => labelled(label, value)));
  const summary = ['', 'SUMMARY', '-------', ...letter.summary.flatMap(itemLines)];
  const codes = letter.sections.find((s) => s.key === 'codes');
  const codeLines = codes ? ['', 'SNOMED CT CODES TO ENTER', ...codes.lines.flatMap((l) => (l.bullet ? labelled(' -', l.text).map((x) => ` ${x.slice(1)}`) : wrap(toAscii(l.text), SUMMARY_WIDTH)))] : [];
  const scores = doc.variant === 'full' ? scoreLines(doc.scores) : [];
  const scoreBlock = scores.length ? ['', 'SCORES (full detail and sources in the letter)', ...scores] : [];
  const tail = ['', ...wrap(doc.variant === 'full' ? 'Full plan, what matters, scores and contacts: see the letter (PDF).' : letter.footer, SUMMARY_WIDTH)];
  // Scores give way first, then the codes notes, so the summary itself always fits.
  let out = [...head, ...summary, ...codeLines, ...scoreBlock, ...tail];
  if (out.length > MAX_LINES) out = [...head, ...summary, ...codeLines, ...tail];
  if (out.length > MAX_LINES) out = [...head, ...summary, ...codeLines.slice(0, MAX_LINES - head.length - summary.length - 1)].slice(0, MAX_LINES);
  return `${out.map((l) => toAscii(l).trimEnd()).join('\n')}\n`;
}

/** Full, codes-only or screened-out summary, per the document's variant. */
export function renderSummaryText(doc: ExportDocument): string {
  return renderLetterText(buildLetter(doc), doc);
}
