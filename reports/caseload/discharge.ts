import { z } from 'zod';
import type { AssessmentState } from '../../dialogs/engine/types';

/**
 * Discharge: closing a person's caseload entry with a reason. The record lives in the
 * `features.discharge` slot of the assessment that was open when the link worker discharged
 * (store/documents/feature-slots.ts holds the strict schema). A planned exit chosen at the session
 * cap (`exit <reason>`, service/features/sessions.ts) closes the entry too: it is the exit plan.
 * Pure: no store, no clock — callers pass what they read.
 */
export const DISCHARGE_REASONS = {
  goals_met: { label: 'Goals met', words: ['goals met', 'goals-met', 'met goals', 'goals achieved', 'achieved'] },
  declined: { label: 'Person chose to stop', words: ['declined', 'chose to stop', 'withdrew', 'stopped'] },
  onward: { label: 'Referred on to another service', words: ['onward', 'referred on', 'onward referral'] },
  no_contact: { label: 'Could not be contacted', words: ['no contact', 'no-contact', 'not contactable', 'uncontactable', 'lost contact'] },
  moved: { label: 'Moved out of the area', words: ['moved', 'moved away', 'moved out', 'out of area'] },
  died: { label: 'Died', words: ['died', 'deceased'] },
  other: { label: 'Other (say why)', words: ['other'] },
} as const;
export type DischargeReason = keyof typeof DISCHARGE_REASONS;
export const DISCHARGE_REASON_IDS = Object.keys(DISCHARGE_REASONS) as [DischargeReason, ...DischargeReason[]];

export const DISCHARGE_SLOT = 'discharge';
export const dischargeSlotSchema = z.object({
  at: z.string(),
  /** The link worker's id (attribution); byName is what people read. */
  by: z.string(),
  byName: z.string().max(200).optional(),
  reason: z.enum(DISCHARGE_REASON_IDS),
  /** The link worker's own words; required for `other`. Never reported. */
  note: z.string().max(1000),
});
export type DischargeRecord = z.infer<typeof dischargeSlotSchema>;

/** How a caseload entry was closed: a recorded discharge, or a planned exit at the cap. */
export interface Closure {
  at: string;
  reason: DischargeReason | 'planned_exit';
  label: string;
}

/** The typed list, for messages: "1 goals met, 2 declined, …". */
export const REASON_CHOICES = DISCHARGE_REASON_IDS.map((id, i) => `${i + 1} ${DISCHARGE_REASONS[id].words[0]}`).join(', ');

/**
 * `discharge <reason> [note]` → the reason and note, or a message saying what is accepted. The
 * reason is a number from the list or one of its words; the rest (after an optional `:` or dash)
 * is the note. `other` must say why.
 */
export function parseDischarge(rest: string): { ok: true; reason: DischargeReason; note: string } | { ok: false; message: string } {
  const t = rest.trim();
  const usage =
    `Type \`discharge <reason>\` and, if you like, a note — reasons: ${REASON_CHOICES}. ` +
    `For example \`discharge goals met: joined the walking group\` or \`discharge 7 <why>\`.`;
  if (t === '') return { ok: false, message: usage };
  let reason: DischargeReason | undefined;
  let after = '';
  const n = /^(\d{1,2})\b(.*)$/s.exec(t);
  if (n) {
    reason = DISCHARGE_REASON_IDS[Number(n[1]) - 1];
    after = n[2]!;
  } else {
    const lower = t.toLowerCase();
    // Longest word first, so "moved away" wins over "moved".
    const candidates = DISCHARGE_REASON_IDS.flatMap((id) => DISCHARGE_REASONS[id].words.map((w) => ({ id, w }))).sort((a, b) => b.w.length - a.w.length);
    const hit = candidates.find(({ w }) => lower === w || (lower.startsWith(w) && /^[\s:;,.\-–—]/.test(lower.slice(w.length))));
    if (hit) {
      reason = hit.id;
      after = t.slice(hit.w.length);
    }
  }
  if (!reason) return { ok: false, message: `“${t.slice(0, 30)}” is not a discharge reason, so nothing was changed. ${usage}` };
  const note = after.replace(/^[\s:;,.\-–—]+/, '').trim();
  if (note.length > 1000) return { ok: false, message: 'The note is longer than 1000 characters, so nothing was changed. Shorten it and try again.' };
  if (reason === 'other' && note.length < 3)
    return { ok: false, message: 'For `other`, say why, e.g. `discharge other: moved into residential care`. Nothing was changed.' };
  return { ok: true, reason, note };
}

const safeDischarge = (a: AssessmentState): DischargeRecord | null => {
  const raw = a.features?.[DISCHARGE_SLOT];
  if (raw === undefined) return null;
  const parsed = dischargeSlotSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/**
 * The closure in force for one person's (or one referral's) assessments, up to `until` (a date or
 * time; inclusive by calendar day): the latest discharge record or planned exit, unless an
 * assessment was started after it — a new referral or review reopens the entry.
 */
export function closureOf(assessments: readonly AssessmentState[], until?: string): Closure | null {
  const upTo = (iso: string) => until === undefined || iso.slice(0, 10) <= until.slice(0, 10);
  const closures: Closure[] = [];
  for (const a of assessments) {
    const d = safeDischarge(a);
    if (d && upTo(d.at)) closures.push({ at: d.at, reason: d.reason, label: DISCHARGE_REASONS[d.reason].label });
    // The store validated the slot when it decoded the assessment (feature-slots.ts); read loosely here
    // so this module needs nothing from the store's schemas, which import it.
    const reviews = (a.features?.['sessions'] as { reviews?: Array<{ at?: unknown; decision?: unknown }> } | undefined)?.reviews ?? [];
    for (const r of reviews)
      if (r.decision === 'planned_exit' && typeof r.at === 'string' && upTo(r.at))
        closures.push({ at: r.at, reason: 'planned_exit', label: 'Planned exit at the session cap' });
  }
  const latest = closures.sort((x, y) => x.at.localeCompare(y.at)).at(-1);
  if (!latest) return null;
  const reopened = assessments.some((a) => a.status !== 'cancelled' && a.createdAt > latest.at && upTo(a.createdAt));
  return reopened ? null : latest;
}
