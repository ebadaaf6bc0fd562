import { exportScope, variantFor, type ExportFormat, type ExportScope, type ExportVariant } from './consent';
import { buildExportDocument, type ExportInput } from './document';
import { buildFhirBundle } from './fhir-bundle';
import { letterStrings } from './layout';
import { buildLetter } from './letter';
import { renderSummaryText } from './summary-text';
import { buildSendDocument, SendDocumentError, type SendDocumentMessage } from './send-document/build';
import { assertNoUnverifiedCodes } from './terminology';

export { EXPORT_FORMATS, exportScope, variantFor, type ExportFormat, type ExportScope, type ExportVariant } from './consent';
export {
  buildExportDocument,
  formatNhsNumber,
  type ConfirmedIdentity,
  type ExportAuthor,
  type ExportDocument,
  type ExportInput,
  type ExportSession,
} from './document';
export { buildFhirBundle, type FhirBundle } from './fhir-bundle';
export { renderSummaryText } from './summary-text';
export { TERMINOLOGY, UNVERIFIED_CODES, codeFor } from './terminology';

/** A rendered export, ready to send as a message or a file. */
export interface ExportArtifact {
  format: ExportFormat;
  variant: ExportVariant;
  filename: string;
  mediaType: string;
  body: Buffer;
  /** The plain text, for text and codes formats (sent as a message the link worker can copy). */
  text?: string;
}

export type ExportResult = { ok: true; artifact: ExportArtifact; scope: ExportScope } | { ok: false; message: string };

const safeName = (s: string) => s.replace(/[^A-Za-z0-9-]/g, '');

/**
 * The right person, before anything else. A practice can only file a message it can match to a
 * record, so a local pseudonymous reference is refused outright, and an NHS number alone is not
 * enough: a valid number typed for the wrong person is still valid. The link worker confirms
 * name and date of birth with it at export (the export feature), and they travel with it.
 */
export function identityProblem(input: Pick<ExportInput, 'state' | 'identity' | 'author'>): string | null {
  if (input.state.patient.kind !== 'nhs_number')
    return `This person is known here only by a local reference (${input.state.patient.value}), which the GP practice cannot match to a patient record, so nothing can be sent to the GP. Start the assessment with their NHS number to export it.`;
  if (!input.identity) return "Confirm the person's name and date of birth with their NHS number before exporting (type `export`).";
  if (!input.author) return 'Say who is sending this (your name and role) before exporting (type `export`).';
  return null;
}

/**
 * One approved plan → one export in the requested format, honouring consent. Pure apart from
 * PDF generation (in memory). Refusals are values with a message for the link worker.
 */
export async function renderExport(input: ExportInput, format: ExportFormat): Promise<ExportResult> {
  const who = identityProblem(input);
  if (who) return { ok: false, message: who };
  const scope = exportScope(input.state.answers);
  const allowed = variantFor(scope, format);
  if (!allowed.ok) return { ok: false, message: allowed.message };
  if (allowed.variant !== 'screened_out' && (!input.plan || input.plan.status !== 'approved'))
    return { ok: false, message: 'There is no approved plan for this assessment yet. Approve the plan first, then export it.' };
  const doc = buildExportDocument(input, scope, allowed.variant);
  const base = `wma-${safeName(input.exportId).slice(0, 36)}-${allowed.variant.replace('_', '-')}`;
  if (format === 'pdf') {
    // The PDF's text is compressed, so the guard checks the letter it is drawn from.
    assertNoUnverifiedCodes(letterStrings(buildLetter(doc)).join('\n'));
    // pdfkit is ~30 MB of memory; loaded on the first PDF export, not at start-up.
    const { renderPdfLetter } = await import('./pdf-letter');
    const body = await renderPdfLetter(doc);
    return { ok: true, scope, artifact: { format, variant: allowed.variant, filename: `${base}.pdf`, mediaType: 'application/pdf', body } };
  }
  if (format === 'fhir') {
    const json = `${JSON.stringify(buildFhirBundle(doc), null, 2)}\n`;
    assertNoUnverifiedCodes(json);
    return {
      ok: true,
      scope,
      artifact: { format, variant: allowed.variant, filename: `${base}.fhir.json`, mediaType: 'application/fhir+json', body: Buffer.from(json, 'utf8') },
    };
  }
  const text = renderSummaryText(doc);
  assertNoUnverifiedCodes(text);
  return {
    ok: true,
    scope,
    artifact: { format, variant: allowed.variant, filename: `${base}.txt`, mediaType: 'text/plain; charset=utf-8', body: Buffer.from(text, 'utf8'), text },
  };
}

export type SendDocumentResult = { ok: true; message: SendDocumentMessage; pdf: Buffer; variant: ExportVariant } | { ok: false; message: string };

/**
 * The letter as a GP Connect Send Document message: the same checks as the PDF export
 * (identity, consent, approved plan, no unverified code), then the ITK3 message around it.
 */
export async function renderSendDocument(
  input: ExportInput,
  options: { senderMailbox: string; version: number; replaces?: string },
): Promise<SendDocumentResult> {
  const pdf = await renderExport(input, 'pdf');
  if (!pdf.ok) return pdf;
  const doc = buildExportDocument(input, pdf.scope, pdf.artifact.variant);
  try {
    const message = buildSendDocument({
      doc,
      pdf: pdf.artifact.body,
      senderMailbox: options.senderMailbox,
      version: options.version,
      ...(options.replaces ? { replaces: options.replaces } : {}),
    });
    return { ok: true, message, pdf: pdf.artifact.body, variant: pdf.artifact.variant };
  } catch (e) {
    if (e instanceof SendDocumentError) return { ok: false, message: e.message };
    throw e;
  }
}
