import PDFDocument from 'pdfkit';
import type { ExportDocument } from './document';
import type { Letter, Line } from './layout';
import { buildLetter } from './letter';

/**
 * The "message back to GP and referrer" as a PDF letter, ready to attach to the record or send
 * as a document (GP Connect Send Document files a PDF). Same Letter as the text summary.
 * pdfkit draws strings as text, never as markup, so patient text appears literally.
 */

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The built-in PDF fonts only carry WinAnsi characters; anything else would print as a wrong
 * glyph, so it is shown as "?" instead — a visible gap rather than a silently different word.
 */
export function toWinAnsi(text: string): string {
  return [...text].map((ch) => (ch === '\n' || (ch >= ' ' && ch <= '\u00ff' && !(ch >= '\u007f' && ch < '\u00a0')) || WIN_ANSI_EXTRAS.has(ch) ? ch : '?')).join('');
}

export interface PdfLetterOptions {
  /** Identifies the document in the PDF's metadata; defaults to the letter title. */
  title?: string;
}

const MARGIN = 56;
const INDENT = 16;
const HEADING_FIELDS = new Set(['NHS number', 'Local reference', 'GP practice', 'Date']);

/** Starts a new page when `height` would not fit, so a line is never split from its bullet. */
function keepTogether(pdf: PDFKit.PDFDocument, height: number): void {
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}

function drawLine(pdf: PDFKit.PDFDocument, l: Line): void {
  const x = MARGIN + INDENT * (l.indent ?? 0);
  const width = pdf.page.width - MARGIN - x;
  keepTogether(pdf, pdf.heightOfString(toWinAnsi(l.text), { width: l.bullet ? width - 10 : width }));
  if (l.bullet) {
    const y = pdf.y;
    pdf.text('-', x, y, { width: 10 });
    pdf.text(toWinAnsi(l.text), x + 10, y, { width: width - 10 });
  } else pdf.text(toWinAnsi(l.text), x, pdf.y, { width });
  pdf.moveDown(0.15);
}

function drawLetter(pdf: PDFKit.PDFDocument, doc: ExportDocument, letter: Letter): void {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.font('Helvetica-Bold').fontSize(13).text(toWinAnsi(doc.serviceName), MARGIN, MARGIN, { width });
  pdf.font('Helvetica').fontSize(10).text('Social prescribing service', { width }).moveDown(1);
  pdf.text(toWinAnsi(`To: The GP, ${doc.practice.name}${doc.practice.odsCode ? ` (${doc.practice.odsCode})` : ''}`), { width });
  pdf.text(toWinAnsi(`Copy to: the referrer${doc.referral.referrer ? ` (${doc.referral.referrer})` : ''}`), { width });
  pdf.text(`Date: ${doc.generatedAt.slice(0, 10)}`, { width }).moveDown(0.8);
  pdf.font('Helvetica-Bold').fontSize(14).text(toWinAnsi(letter.title), { width }).moveDown(0.4);
  pdf.fontSize(11).text(toWinAnsi(`Re: ${doc.patient.kind === 'nhs_number' ? 'NHS number' : 'Local reference'} ${doc.patient.display}`), { width });
  pdf.moveDown(0.4).font('Helvetica').fontSize(10);
  // The patient, practice and date are already in the letter heading above.
  for (const [label, value] of letter.fields.filter(([label]) => !HEADING_FIELDS.has(label))) {
    pdf.font('Helvetica-Bold').text(toWinAnsi(`${label}: `), MARGIN, pdf.y, { continued: true, width });
    pdf.font('Helvetica').text(toWinAnsi(value));
  }
  for (const section of letter.sections) {
    keepTogether(pdf, 60); // a heading never sits alone at the foot of a page
    pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(11.5).text(toWinAnsi(section.title), MARGIN, pdf.y, { width });
    pdf.moveDown(0.2).font('Helvetica').fontSize(10);
    for (const l of section.lines) drawLine(pdf, l);
  }
  pdf.moveDown(1).fontSize(8).fillColor('#555555').text(toWinAnsi(letter.footer), MARGIN, pdf.y, { width });
}

/** Patient identifier and page number on every page, so a loose page still names its person. */
function drawPageFooters(pdf: PDFKit.PDFDocument, doc: ExportDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const id = `${doc.patient.kind === 'nhs_number' ? 'NHS number' : 'Local reference'} ${doc.patient.display}`;
    pdf.font('Helvetica').fontSize(8).fillColor('#555555')
      .text(toWinAnsi(`${id}  -  page ${i - range.start + 1} of ${range.count}`), MARGIN, pdf.page.height - 36, { width: pdf.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}

export function renderPdfLetter(doc: ExportDocument, options: PdfLetterOptions = {}): Promise<Buffer> {
  const letter = buildLetter(doc);
  const created = new Date(doc.generatedAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    // Fixed dates keep the same export byte-identical across runs (examples, audits).
    info: { Title: options.title ?? letter.title, Author: doc.serviceName, Creator: 'What Matters Assistant', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  drawLetter(pdf, doc, letter);
  drawPageFooters(pdf, doc);
  pdf.end();
  return done;
}
