import type { z } from 'zod';
import type { AssessmentState } from '../dialogs/engine/types';
import type { ConfirmedIdentity, ExportAuthor } from '../exports/document';
import { safeText } from '../exports/safe-text';
import type { ConversationState } from '../store/types';
import { exportSlotSchema, pendingConfirmationSchema } from '../store/documents/feature-records';
import { readSlot, writeSlot } from './features/slots';

/**
 * What the export feature keeps. On the assessment (features.export, in the same encrypted,
 * versioned document as the answers): the identity confirmed at export, the named sender and
 * every message sent to the practice with its last known delivery status. On the conversation
 * (extra.export, also encrypted): the confirmation step in progress. None of it is ever logged.
 */
export const EXPORT_SLOT = 'export';

export type ExportSlot = z.infer<typeof exportSlotSchema>;

export function readExportSlot(state: AssessmentState): ExportSlot {
  return readSlot(state, EXPORT_SLOT, exportSlotSchema, { sends: [] });
}

export function writeExportSlot(state: AssessmentState, slot: ExportSlot, now: string): AssessmentState {
  return writeSlot(state, EXPORT_SLOT, slot, now);
}

/** The confirmed identity, only while it still matches the assessment's NHS number. */
export function confirmedIdentity(state: AssessmentState): ConfirmedIdentity | null {
  const i = readExportSlot(state).identity;
  if (!i || state.patient.kind !== 'nhs_number' || i.nhsNumber !== state.patient.value) return null;
  return { family: i.family, given: i.given, birthDate: i.birthDate, confirmedBy: i.confirmedBy, confirmedAt: i.confirmedAt };
}

export function recordedAuthor(state: AssessmentState): ExportAuthor | null {
  const a = readExportSlot(state).author;
  return a ? { name: a.name, role: a.role } : null;
}

// ---- the confirmation step in progress (conversation.extra.export) ----

export type PendingConfirmation = z.infer<typeof pendingConfirmationSchema>;

export function readPending(conv: ConversationState): PendingConfirmation | null {
  const raw = conv.extra?.[EXPORT_SLOT];
  // Asked on every typed turn (the export route's select), almost always with nothing pending:
  // nothing is no confirmation, without building a validation error for it (~10 µs a turn).
  if (raw === undefined) return null;
  const parsed = pendingConfirmationSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function writePending(conv: ConversationState, pending: PendingConfirmation | null): ConversationState {
  const { [EXPORT_SLOT]: _old, ...rest } = conv.extra ?? {};
  return { ...conv, extra: pending ? { ...rest, [EXPORT_SLOT]: pending } : rest };
}

// ---- parsing what the link worker types ----

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 14/02/1950, 14-2-1950, 1950-02-14 or 14 Feb 1950 → 1950-02-14; null if not a real past date. */
export function parseBirthDate(raw: string, now: Date): string | null {
  const t = raw.trim().toLowerCase();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, m, y] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t)) && MONTHS.includes(match[2]!))
    [d, m, y] = [+match[1]!, MONTHS.indexOf(match[2]!) + 1, +match[3]!];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (date > now || y < now.getUTCFullYear() - 125) return null;
  return date.toISOString().slice(0, 10);
}

const NAME_PART = /^[\p{L}][\p{L}\p{M}' .-]*$/u;

export type ParsedIdentity = { ok: true; family: string; given: string[]; birthDate: string } | { ok: false; message: string };

export const IDENTITY_PROMPT =
  'Before anything goes to the GP, confirm who this is for, exactly as on their GP record: family name, given name(s), date of birth — e.g. `Smith, Jane Anne, 14/02/1950`. (It is stored encrypted with the assessment and never logged.)';

/** "Smith, Jane Anne, 14/02/1950": family name first, so double-barrelled and multi-part names are never split wrongly. */
export function parseIdentity(raw: string, now: Date): ParsedIdentity {
  const parts = safeText(raw)
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== 3)
    return { ok: false, message: `I need three parts separated by commas: family name, given name(s), date of birth. Nothing was saved. ${IDENTITY_PROMPT}` };
  const [family, givenRaw, dob] = parts as [string, string, string];
  const given = givenRaw.split(/\s+/).filter(Boolean);
  if (!NAME_PART.test(family) || family.length > 100 || given.length === 0 || given.some((g) => !NAME_PART.test(g) || g.length > 100))
    return {
      ok: false,
      message:
        'Names may contain letters, spaces, hyphens and apostrophes only. Nothing was saved — please type it again: family name, given name(s), date of birth.',
    };
  const birthDate = parseBirthDate(dob, now);
  if (!birthDate)
    return {
      ok: false,
      message:
        'That date of birth is not a real date in the past (try 14/02/1950). Nothing was saved — please type it again: family name, given name(s), date of birth.',
    };
  return { ok: true, family, given, birthDate };
}

export type ParsedAuthor = { ok: true; name: string; role: string } | { ok: false; message: string };
export const DEFAULT_ROLE = 'Social prescribing link worker';
export const AUTHOR_PROMPT = `And who is sending it? Type your name and role as the practice should see them — e.g. \`Sam Patel, ${DEFAULT_ROLE}\` (the role can be left out).`;

export function parseAuthor(raw: string): ParsedAuthor {
  const [name = '', ...role] = safeText(raw)
    .split(',')
    .map((p) => p.trim());
  if (!NAME_PART.test(name) || name.length < 2 || name.length > 120)
    return {
      ok: false,
      message: `Please type your name (letters, spaces, hyphens), then optionally a comma and your role. Nothing was saved. ${AUTHOR_PROMPT}`,
    };
  const r = role.join(', ').trim() || DEFAULT_ROLE;
  if (r.length > 120) return { ok: false, message: 'That role is too long (120 characters at most). Nothing was saved.' };
  return { ok: true, name, role: r };
}
