import { z } from 'zod';
import { decode, defineDocument, encode, type Decoded, type DocumentType } from './versioned';

/**
 * Audit payloads (`detail`). The log is append-only, so an old entry is never rewritten: it is
 * migrated as it is read. Known actions have a schema each; they are loose (extra ids are
 * allowed) but what a reader relies on is checked. Other actions need only be a JSON object.
 */
const introduced = [{ name: 'introduce schemaVersion (shape unchanged)', from: 0, up: (doc: Record<string, unknown>) => doc }];
const counts = { assessments: z.number().int().min(0), answers: z.number().int().min(0), replies: z.number().int().min(0) };
const issue = z.object({ path: z.string(), code: z.string() });

const DETAIL_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  'script.publish': z.looseObject({ reason: z.string().optional(), changeCount: z.number().int().optional(), changes: z.array(z.string()).optional() }),
  'export.created': z.looseObject({
    assessmentId: z.string(),
    planId: z.string().nullable(),
    planVersion: z.number().int().nullable(),
    format: z.string(),
    variant: z.string(),
  }),
  'export.downloaded': z.looseObject({
    assessmentId: z.string(),
    planId: z.string().nullable(),
    planVersion: z.number().int().nullable(),
    format: z.string(),
    variant: z.string(),
  }),
  'retention.purge': z.looseObject({ cutoff: z.string(), ...counts }),
  'patient.erase': z.looseObject({ ...counts, assessmentIds: z.array(z.string()) }),
  'keys.reencrypt': z.looseObject({ currentKey: z.string(), conversations: z.number().int(), ...counts }),
  'document.quarantined': z.looseObject({ kind: z.string(), id: z.string(), storedVersion: z.number().int().nullable(), issues: z.array(issue) }),
};
const anyDetail = z.record(z.string(), z.unknown());

const types = new Map<string, DocumentType<Record<string, unknown>>>();
function auditDocument(action: string): DocumentType<Record<string, unknown>> {
  const known = types.get(action);
  if (known) return known;
  const t = defineDocument({ kind: `audit ${action}`, version: 1, schema: DETAIL_SCHEMAS[action] ?? anyDetail, migrations: introduced });
  types.set(action, t);
  return t;
}

export const encodeAuditDetail = (action: string, detail: Record<string, unknown>): Record<string, unknown> => encode(auditDocument(action), detail);
export const decodeAuditDetail = (action: string, raw: unknown): Decoded<Record<string, unknown>> => decode(auditDocument(action), raw);
