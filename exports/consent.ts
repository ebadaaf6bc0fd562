import type { AssessmentState } from '../dialogs/engine/types';
import { cleanFreeText } from './document';
import { QUESTION } from '../dialogs/question-ids';

/**
 * What may leave the service for the GP record, decided from the recorded answers alone
 * (consent.share and the screening outcome in dialogs/scripts/default.yaml). No consent on
 * record means no export: silence is never read as agreement.
 */
export type ExportScope =
  | { kind: 'full' }
  | { kind: 'codes_only' }
  /** Declined or redirected at screening: the GP and referrer get the declined code and the reason. */
  | { kind: 'screened_out'; outcome: 'decline' | 'redirect'; reason: string | null; redirectTo: string | null }
  | { kind: 'refused'; message: string };

export type ExportFormat = 'text' | 'pdf' | 'fhir' | 'codes';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'pdf', 'fhir', 'codes'];

/** Which rendering a format produces under a scope; null = not allowed. */
export type ExportVariant = 'full' | 'codes_only' | 'screened_out';

type Answers = AssessmentState['answers'];

function text(answers: Answers, id: string): string | null {
  const v = answers[id]?.value;
  return typeof v === 'string' && v.trim() !== '' ? cleanFreeText(v) : null;
}

export function exportScope(answers: Answers): ExportScope {
  const outcome = text(answers, QUESTION.screenOutcome);
  if (outcome === 'decline') return { kind: 'screened_out', outcome, reason: text(answers, QUESTION.screenDeclineReason), redirectTo: null };
  if (outcome === 'redirect')
    return { kind: 'screened_out', outcome, reason: text(answers, QUESTION.screenRedirectReason), redirectTo: text(answers, QUESTION.screenRedirectTo) };
  if (outcome !== 'accept') return { kind: 'refused', message: 'This assessment has no screening outcome yet, so there is nothing to send to the GP.' };
  const share = text(answers, QUESTION.consentShare);
  if (share === 'full') return { kind: 'full' };
  if (share === 'codes_only') return { kind: 'codes_only' };
  if (share === 'none')
    return {
      kind: 'refused',
      message: 'The person did not consent to sharing with their GP, so nothing can be exported. Nothing was created or sent.',
    };
  return {
    kind: 'refused',
    message: 'The consent question (what may we share with your GP?) has not been answered, so nothing can be exported yet.',
  };
}

/**
 * Codes-only consent allows only the codes-only variants (text and FHIR); the letter is free
 * text by nature, so it is refused rather than silently reduced.
 */
export function variantFor(scope: ExportScope, format: ExportFormat): { ok: true; variant: ExportVariant } | { ok: false; message: string } {
  switch (scope.kind) {
    case 'refused':
      return { ok: false, message: scope.message };
    case 'screened_out':
      return { ok: true, variant: 'screened_out' };
    case 'full':
      return { ok: true, variant: format === 'codes' ? 'codes_only' : 'full' };
    case 'codes_only':
      if (format === 'pdf')
        return {
          ok: false,
          message: 'The person consented to sharing codes only, so there is no letter. Use `export codes` (text) or `export fhir` (codes-only bundle).',
        };
      return { ok: true, variant: 'codes_only' };
  }
}
