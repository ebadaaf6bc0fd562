import { z } from 'zod';
import type { AssessmentState } from '../../dialogs/engine/types';
import { RISK_CATEGORY_IDS } from '../../dialogs/vocabulary';
import { FEATURE_SLOTS } from './feature-slots';
import { decode, defineDocument, DocumentInvalidError, encode, safeSegment, stamp, zodIssues, type Decoded, type DocumentIssue } from './versioned';

/**
 * The assessment document: the engine's state plus the feature slots. Strict objects, so a field
 * the schema does not know is refused on write (add it here, with a migration) rather than
 * stored unchecked.
 */
const riskCategory = z.enum(RISK_CATEGORY_IDS as [string, ...string[]]);
const answerValue = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);
const flag = z.strictObject({ category: riskCategory, matched: z.string(), kind: z.string(), severity: z.enum(['clear', 'possible']).optional() });
const safeguardingResponse = z.enum(['crisis', 'check_in', 'check_in_escalated']);
const recordedAnswer = z.strictObject({ value: answerValue, at: z.string(), activityId: z.string() });
const historyLine = z.strictObject({
  questionId: z.string(),
  action: z.enum(['answered', 'changed', 'skipped']),
  value: answerValue.optional(),
  at: z.string(),
  activityId: z.string(),
  confirmed: z.strictObject({ typed: z.string() }).optional(),
});

const assessmentSchema = z.strictObject({
  id: z.string().min(1),
  scriptId: z.string().min(1),
  scriptVersion: z.number().int(),
  owner: z.string().min(1),
  patient: z.strictObject({ kind: z.enum(['nhs_number', 'local']), value: z.string().min(1), masked: z.string() }),
  status: z.enum(['active', 'paused', 'completed', 'cancelled']),
  mode: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('asking') }),
    z.strictObject({ kind: z.literal('review') }),
    z.strictObject({ kind: z.literal('confirm_cancel') }),
    z.strictObject({
      kind: z.literal('safeguarding'),
      flags: z.array(flag),
      quote: z.string(),
      questionId: z.string().nullable(),
      flaggedAt: z.string(),
      response: safeguardingResponse.optional(),
    }),
    z.strictObject({ kind: z.literal('confirm_answers'), entries: z.array(z.strictObject({ questionId: z.string(), value: answerValue })), typed: z.string() }),
    z.strictObject({ kind: z.literal('risk_override'), questionId: z.string(), activityId: z.string() }),
  ]),
  cursor: z.string().nullable(),
  answers: z.record(z.string(), recordedAnswer),
  skipped: z.array(z.string()),
  history: z.array(historyLine),
  safeguarding: z.array(
    z.strictObject({
      categories: z.array(riskCategory),
      quote: z.string(),
      questionId: z.string().nullable(),
      flaggedAt: z.string(),
      decision: z.enum(['confirmed', 'dismissed']),
      note: z.string(),
      decidedAt: z.string(),
      decidedBy: z.string(),
      response: safeguardingResponse.optional(),
    }),
  ),
  riskOverrides: z.array(z.strictObject({ reason: z.string(), concerns: z.array(riskCategory), at: z.string(), by: z.string() })).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().optional(),
  /** Each slot is checked against its own versioned schema (feature-slots.ts). */
  features: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

export const ASSESSMENT_DOCUMENT = defineDocument<AssessmentState>({
  kind: 'assessment',
  version: 1,
  schema: assessmentSchema as z.ZodType<AssessmentState>,
  migrations: [{ name: 'introduce schemaVersion (shape unchanged; feature slots versioned separately)', from: 0, up: (doc) => doc }],
});

const prefixed = (slot: string, issues: DocumentIssue[]) => issues.map((i) => ({ ...i, path: `features.${slot}.${i.path}` }));

/** Decodes the assessment and then every slot: one damaged slot makes the whole document invalid (never half-used). */
export function decodeAssessment(raw: unknown): Decoded<AssessmentState> {
  const core = decode(ASSESSMENT_DOCUMENT, raw);
  if (!core.ok || !core.value.features) return core;
  const features: Record<string, unknown> = {};
  const issues: DocumentIssue[] = [];
  const migrations = [...core.migrations];
  for (const [name, slot] of Object.entries(core.value.features)) {
    const type = FEATURE_SLOTS[name];
    if (!type) {
      issues.push({ path: `features.${name}`, code: 'unknown_slot' });
      continue;
    }
    const d = decode(type, slot);
    if (!d.ok) {
      if (d.reason === 'newer') return { ...d, issues: prefixed(name, d.issues) };
      issues.push(...prefixed(name, d.issues));
      continue;
    }
    features[name] = d.value;
    migrations.push(...d.migrations.map((m) => `features.${name}: ${m}`));
  }
  if (issues.length) return { ok: false, reason: 'invalid', storedVersion: core.storedVersion, issues };
  return { ...core, value: { ...core.value, features }, migrations };
}

/** Validates the assessment and each slot, and stamps their versions; throws DocumentInvalidError otherwise. */
export function encodeAssessment(state: AssessmentState): Record<string, unknown> {
  const features = encodeSlots(state);
  const doc = encode(ASSESSMENT_DOCUMENT, state);
  return features ? { ...doc, features } : doc;
}

/**
 * Every feature slot checked against its own versioned schema and stamped; throws with all the
 * slots' issues. A slot identical to `base`'s (a snapshot of a valid version) is stamped unchecked.
 */
function encodeSlots(state: AssessmentState, base?: AssessmentState): Record<string, unknown> | undefined {
  if (!state.features) return undefined;
  const issues: DocumentIssue[] = [];
  const features: Record<string, unknown> = {};
  const before = base?.features as Record<string, unknown> | undefined;
  for (const [name, slot] of Object.entries(state.features)) {
    const type = FEATURE_SLOTS[name];
    if (!type) issues.push({ path: `features.${name}`, code: 'unknown_slot' });
    else if (before !== undefined && Object.hasOwn(before, name) && before[name] === slot) features[name] = stamp(type, slot);
    else
      try {
        features[name] = encode(type, slot);
      } catch (e) {
        if (!(e instanceof DocumentInvalidError)) throw e;
        issues.push(...prefixed(name, e.issues));
      }
  }
  if (issues.length) throw new DocumentInvalidError('assessment', issues);
  return features;
}

const coreSchema = assessmentSchema.omit({ answers: true, history: true });

/**
 * What a turn that appended to a valid document writes as the document (store/sql/assessment-layout.ts
 * keeps answers and history as rows): `encodeAssessment(state)` without `answers` and `history`, but
 * validating only what changed — every field but those two in full, plus the `answers` entries
 * and `history` lines the turn added or changed. The caller vouches that every other answer and
 * line is the one of a version that passed encodeAssessment or decodeAssessment. The schema has no
 * rule spanning several answers or lines, so this accepts and refuses exactly what the full
 * check would (test/store/documents.test.ts compares them), at a cost that does not grow with the
 * history.
 */
export function encodeAssessmentChange(
  state: AssessmentState,
  changed: { answers: ReadonlyArray<readonly [string, unknown]>; history: readonly unknown[]; firstLine: number; base?: AssessmentState },
): Record<string, unknown> {
  // The caller found `changed` by diffing well-formed answers and history (appendedEntries).
  const issues = coreIssues(state, changed.base);
  for (const [q, a] of changed.answers) {
    const r = recordedAnswer.safeParse(a);
    if (!r.success) issues.push(...zodIssues(r.error, `answers.${safeSegment(q)}`));
  }
  changed.history.forEach((line, i) => {
    const r = historyLine.safeParse(line);
    if (!r.success) issues.push(...zodIssues(r.error, `history.${changed.firstLine + i}`));
  });
  if (issues.length) throw new DocumentInvalidError('assessment', issues);
  const features = encodeSlots(state, changed.base);
  return coreDocument(state, features);
}

/** Every field the document keeps beside the rows: all but `answers` and `history`. */
const inCore = (key: string) => key !== 'answers' && key !== 'history';

/**
 * The stamped document without `answers` and `history`, the stamped slots in place of `features`,
 * in the state's key order — built in one pass, where a rest copy, a stamped copy and a copy with
 * the slots were three objects of ~20 fields each per turn (issue 22, s22c).
 */
function coreDocument(state: AssessmentState, features: Record<string, unknown> | undefined): Record<string, unknown> {
  const fields = state as unknown as Record<string, unknown>;
  const doc: Record<string, unknown> = { schemaVersion: ASSESSMENT_DOCUMENT.version };
  for (const key in fields) if (inCore(key)) doc[key] = key === 'features' && features ? features : fields[key];
  return doc;
}

/**
 * The top-level fields' issues. With `base` (the valid version the state was snapshotted against,
 * store/sql/snapshot.ts, so an unchanged field is the very same value), only fields that are not
 * identical to the base's are checked, each against its own schema: the object schema has no rule
 * spanning fields, so that refuses exactly what the whole check would, at the cost of what
 * changed (usually `cursor`, `mode` and `updatedAt`). A field added or dropped, or no base: the
 * whole check, whose issues then name the field exactly as before.
 */
function coreIssues(state: AssessmentState, base: AssessmentState | undefined): DocumentIssue[] {
  const shape = coreSchema.shape as Record<string, z.ZodType>;
  const fields = state as unknown as Record<string, unknown>;
  const before = base as unknown as Record<string, unknown> | undefined;
  if (before === undefined || !sameCoreKeys(fields, before, shape)) {
    const { answers: _answers, history: _history, ...core } = state;
    const parsed = coreSchema.safeParse(core);
    return parsed.success ? [] : zodIssues(parsed.error);
  }
  const issues: DocumentIssue[] = [];
  for (const k in fields) {
    if (!inCore(k) || fields[k] === before[k]) continue;
    const r = (shape[k] as z.ZodType).safeParse(fields[k]);
    if (!r.success) issues.push(...zodIssues(r.error, k));
  }
  return issues;
}

/** The state's fields beside the rows are exactly the base's, and each has a schema (counted without key arrays). */
function sameCoreKeys(fields: Record<string, unknown>, before: Record<string, unknown>, shape: Record<string, z.ZodType>): boolean {
  let n = 0;
  for (const k in fields) {
    if (!inCore(k)) continue;
    if (!Object.hasOwn(before, k) || !(k in shape)) return false;
    n++;
  }
  for (const k in before) if (inCore(k)) n--;
  return n === 0;
}
