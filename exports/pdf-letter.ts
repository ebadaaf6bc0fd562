import PDFDocument from 'pdfkit';
import { ukDay } from '../plans/uk-time';
import type { ExportDocument } from './document';
import type { Letter, Line } from './layout';
import type { SummaryItem } from './summary';
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
  return [...text]
    .map((ch) => (ch === '\n' || (ch >= ' ' && ch <= '\u00ff' && !(ch >= '\u007f' && ch < '\u00a0')) || WIN_ANSI_EXTRAS.has(ch) ? ch : '?'))
    .join('');
}

export interface PdfLetterOptions {
  /** Identifies the document in the PDF's metadata; defaults to the letter title. */
  title?: string;
}

const MARGIN = 56;
const INDENT = 16;
const NHS_BLUE = '#005EB8';
const LABEL_WIDTH = 150;

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

/** Who it is for, large (GP Connect asks for the patient name larger than other fields). */
function drawHeading(pdf: PDFKit.PDFDocument, doc: ExportDocument, letter: Letter): void {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.font('Helvetica-Bold').fontSize(12).fillColor(NHS_BLUE).text(toWinAnsi(doc.serviceName), MARGIN, MARGIN, { width });
  const from = [doc.service.odsCode ? `ODS ${doc.service.odsCode}` : null, doc.service.phone ? `tel ${doc.service.phone}` : null, doc.service.email ?? null]
    .filter(Boolean)
    .join('  |  ');
  pdf
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#333333')
    .text(toWinAnsi(`Social prescribing service${from ? `  |  ${from}` : ''}`), { width });
  pdf.moveDown(0.6).fillColor('black').fontSize(10);
  pdf.text(
    toWinAnsi(
      `To: The GP, ${doc.practice.name}${doc.practice.odsCode ? ` (ODS ${doc.practice.odsCode})` : ''}. Copy to: the referrer${doc.referral.referrer ? ` (${doc.referral.referrer})` : ''}.`,
    ),
    { width },
  );
  pdf.text(`Date: ${ukDay(doc.generatedAt)}`, { width }).moveDown(0.6);
  pdf.font('Helvetica-Bold').fontSize(13).text(toWinAnsi(letter.title), { width }).moveDown(0.3);
  const p = doc.patient;
  pdf.fontSize(15).text(toWinAnsi(p.name ?? `${p.kind === 'nhs_number' ? 'NHS number' : 'Local reference'} ${p.display}`), { width });
  const ids = [p.identity ? `Born ${p.identity.birthDate}` : null, `${p.kind === 'nhs_number' ? 'NHS number' : 'Local reference'} ${p.display}`]
    .filter(Boolean)
    .join('   ');
  pdf.font('Helvetica').fontSize(11).text(toWinAnsi(ids), { width });
  const rest = letter.fields.filter(([label]) => label === 'Content');
  for (const [label, value] of rest) pdf.fontSize(9).text(toWinAnsi(`${label}: ${value}`), { width });
  pdf.moveDown(0.5);
}

/** Page 1: each summary item as a label column and its text; several lines as hanging bullets; the request to the GP boxed. */
function drawSummary(pdf: PDFKit.PDFDocument, items: SummaryItem[]): void {
  const width = pdf.page.width - 2 * MARGIN;
  const textX = MARGIN + LABEL_WIDTH;
  const textWidth = width - LABEL_WIDTH;
  pdf.font('Helvetica-Bold').fontSize(11.5).fillColor(NHS_BLUE).text('Summary for the GP', MARGIN, pdf.y, { width }).fillColor('black').moveDown(0.3);
  for (const item of items) {
    const font = item.emphasis ? 'Helvetica-Bold' : 'Helvetica';
    const bulleted = item.lines.length > 1;
    pdf.font(font).fontSize(10);
    const heights = item.lines.map((l) => pdf.heightOfString(toWinAnsi(l), { width: bulleted ? textWidth - 10 : textWidth }));
    const h = heights.reduce((a, b) => a + b, 0) + (heights.length - 1) * 2;
    keepTogether(pdf, h + 8);
    const y = pdf.y;
    if (item.emphasis)
      pdf
        .save()
        .rect(MARGIN - 4, y - 3, width + 8, h + 6)
        .fill('#E8F1FA')
        .restore()
        .fillColor('black');
    pdf
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(toWinAnsi(item.label), MARGIN, y, { width: LABEL_WIDTH - 8 });
    const afterLabel = pdf.y;
    pdf.font(font);
    let at = y;
    item.lines.forEach((l, i) => {
      if (bulleted) pdf.text('-', textX, at, { width: 10 });
      pdf.text(toWinAnsi(l), bulleted ? textX + 10 : textX, at, { width: bulleted ? textWidth - 10 : textWidth });
      at += heights[i]! + 2;
    });
    pdf.y = Math.max(at, afterLabel) + 4;
  }
  pdf
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#333333')
    .text(
      "Details follow: the plan, what matters in the person's words, scores in words, risks, signposting and referrals, contacts and codes.",
      MARGIN,
      pdf.y,
      { width },
    )
    .fillColor('black');
}

function drawLetter(pdf: PDFKit.PDFDocument, doc: ExportDocument, letter: Letter): void {
  const width = pdf.page.width - 2 * MARGIN;
  drawHeading(pdf, doc, letter);
  drawSummary(pdf, letter.summary);
  // The details start on page 2, so page 1 is always the summary alone.
  pdf.addPage();
  pdf.font('Helvetica-Bold').fontSize(12).fillColor(NHS_BLUE).text('Details', MARGIN, MARGIN, { width }).fillColor('black');
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
    const id = `${doc.patient.name ? `${doc.patient.name}, ` : ''}${doc.patient.kind === 'nhs_number' ? 'NHS number' : 'Local reference'} ${doc.patient.display}`;
    pdf
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(toWinAnsi(`${id}  -  page ${i - range.start + 1} of ${range.count}`), MARGIN, pdf.page.height - 36, {
        width: pdf.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
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
