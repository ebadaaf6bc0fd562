import type { Scores } from '../dialogs/scoring';
import { ONS4_KEYS } from '../dialogs/scoring';
import type { ExportDocument } from './document';
import type { Letter } from './layout';
import { buildLetter } from './letter';
import { toAscii } from './safe-text';
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
export function wrap(text: string, widthWanted: number): string[] {
  const width = Math.max(10, widthWanted);
  const out: string[] = [];
  // An NHS number ("943 476 5919") or a phone number is never split across lines: spaces between digit groups hold.
  const glued = text.replace(/\d(?: \d)+/g, (m) => m).replace(/(\d) (?=\d)/g, '$1\u0000');
  for (const paragraph of glued.split('\n')) {
    let current = '';
    for (let word of paragraph.split(/[ \t]+/).filter(Boolean)) {
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
  return out.map((l) => l.replace(/\u0000/g, ' '));
}

/** Wraps with a first line of `first` and the rest of `rest` characters. */
function wrapHanging(text: string, first: number, rest: number): string[] {
  const [head = '', ...tail] = wrap(text, first);
  return [head, ...(tail.length ? wrap(tail.join(' '), rest) : [])];
}

/** "Label: text" with a two-space hanging indent; at most `clip` lines, marked when cut. */
function labelled(label: string, text: string, clip = Infinity, prefix = ''): string[] {
  const head = `${prefix}${label ? `${label}: ` : ''}`;
  const indent = `${' '.repeat(prefix.length)}  `;
  const body = wrapHanging(toAscii(text), SUMMARY_WIDTH - head.length, SUMMARY_WIDTH - indent.length);
  // A long label takes its own line rather than squeezing the text.
  const lines =
    head.length > SUMMARY_WIDTH / 2
      ? [head.trimEnd(), ...wrap(toAscii(text), SUMMARY_WIDTH - indent.length).map((l) => indent + l)]
      : body.map((l, i) => (i === 0 ? head + l : indent + l));
  if (lines.length <= clip) return lines;
  const kept = lines.slice(0, clip);
  const last = kept[clip - 1]!;
  const cut = last.slice(0, SUMMARY_WIDTH - 3).replace(/\s+\S*$/, '');
  kept[clip - 1] = `${cut.replace(/[\s,;:.-]+$/, '')}...`;
  return kept;
}

function itemLines(item: SummaryItem): string[] {
  const label = item.emphasis ? item.label.toUpperCase() : item.label;
  if (item.lines.length === 1) return labelled(label, item.lines[0]!, item.clip);
  return [`${label}:`, ...item.lines.flatMap((l) => labelled('', l, item.clip, '  - '))];
}

/** Scores in words, one instrument a line or two: the letter has each item with its source. */
function scoreLines(s: Scores): string[] {
  const out: string[] = [];
  const ons = ONS4_KEYS.flatMap((k) => {
    const r = s.ons4.items[k];
    return r.scored ? [`${k.replace(/_/g, ' ')} ${r.value} ${r.bandLabel.toLowerCase()}`] : [];
  });
  if (ons.length) out.push(...labelled('ONS4 (0-10, ONS bands)', `${ons.join(', ')} (higher anxiety is worse)`));
  if (s.ucla3.total.scored) out.push(...labelled('UCLA-3 loneliness', `${s.ucla3.total.total} (range 3-9, higher is lonelier)`));
  const m = s.mhlc.subscales;
  const names = { internal: 'own actions', chance: 'chance', powerfulOthers: 'doctors/others' } as const;
  const mhlc = (['internal', 'chance', 'powerfulOthers'] as const).flatMap((k) => (m[k].scored ? [`${names[k]} ${m[k].sum}`] : []));
  if (mhlc.length) out.push(...labelled('MHLC beliefs on what decides health (6-36, higher = stronger)', mhlc.join(', ')));
  return out;
}

export function renderLetterText(letter: Letter, doc: ExportDocument): string {
  const title = wrap(toAscii(letter.title.toUpperCase()), SUMMARY_WIDTH);
  const head: string[] = [...title, '='.repeat(Math.max(...title.map((t) => t.length)))];
  // Name, date of birth and NHS number on one line where they fit: the three that identify the person.
  const byLabel = new Map(letter.fields);
  const who = [
    byLabel.get('Name'),
    byLabel.get('Date of birth') ? `born ${byLabel.get('Date of birth')}` : null,
    byLabel.has('NHS number') ? `NHS number ${byLabel.get('NHS number')}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const identityLabels = new Set(['Name', 'Date of birth', 'NHS number']);
  if (byLabel.has('Name')) head.push(...labelled('Patient', who));
  head.push(...letter.fields.filter(([label]) => !byLabel.has('Name') || !identityLabels.has(label)).flatMap(([label, value]) => labelled(label, value)));
  const summary = ['', 'SUMMARY FOR THE GP', ...letter.summary.flatMap(itemLines)];
  const codes = letter.sections.find((s) => s.key === 'codes');
  const codeLines = codes
    ? [
        '',
        'SNOMED CT CODES TO ENTER',
        ...codes.lines.flatMap((l) => (l.bullet ? labelled('', l.text, Infinity, '  - ') : wrap(toAscii(l.text), SUMMARY_WIDTH))),
      ]
    : [];
  const scores = doc.variant === 'full' ? scoreLines(doc.scores) : [];
  const scoreBlock = scores.length ? ['', 'SCORES IN WORDS (each item and its source in the letter)', ...scores] : [];
  const tail = doc.variant === 'full' ? [] : ['', ...wrap(letter.footer, SUMMARY_WIDTH)];
  // Scores give way first, then the codes notes, so the summary itself always fits.
  let out = [...head, ...summary, ...codeLines, ...scoreBlock, ...tail];
  if (out.length > MAX_LINES) out = [...head, ...summary, ...codeLines, ...tail];
  if (out.length > MAX_LINES) out = [...head, ...summary, ...codeLines.slice(0, MAX_LINES - head.length - summary.length - 1)].slice(0, MAX_LINES);
  return `${out.map((l) => `${/^ */.exec(l)![0]}${toAscii(l)}`.trimEnd()).join('\n')}\n`;
}

/** Full, codes-only or screened-out summary, per the document's variant. */
export function renderSummaryText(doc: ExportDocument): string {
  return renderLetterText(buildLetter(doc), doc);
}
