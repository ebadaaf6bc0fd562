import type { DocumentIssue } from './versioned';
import { describeIssues } from './versioned';

/**
 * A stored document that fails validation is quarantined: kept (its decrypted content goes into
 * an envelope, encrypted like any document), marked (the envelope says when and why), reported
 * (an audit entry with paths and issue codes only) and never used by a turn.
 */
export interface QuarantineEnvelope {
  quarantined: { at: string; kind: string; storedVersion: number | null; issues: DocumentIssue[] };
  original: unknown;
}

export function isQuarantined(raw: unknown): raw is QuarantineEnvelope {
  return !!raw && typeof raw === 'object' && 'quarantined' in raw && 'original' in raw;
}

export class QuarantinedDocumentError extends Error {
  override name = 'QuarantinedDocumentError';
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly issues: DocumentIssue[],
  ) {
    super(`Stored ${kind} ${id} failed validation and is quarantined: ${describeIssues(issues)}`);
  }
}

/** Written by a newer release (mid-deploy): left exactly as it is, and not used by this one. */
export class NewerDocumentError extends Error {
  override name = 'NewerDocumentError';
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly storedVersion: number,
  ) {
    super(`Stored ${kind} ${id} has schema version ${storedVersion}, newer than this release reads`);
  }
}
