import { notice } from '../../dialogs/engine/notice';
import { supervisionSlotSchema, type SupervisionSlot } from '../../store/documents/feature-slots';
import type { Feature } from '../features';
import { readSlot, writeSlot } from './slots';

/**
 * "Discuss in supervision": a private flag and notes on a case, visible only to the link worker
 * who owns it. Offered after a confirmed safeguarding concern, or on request.
 */
const EMPTY: SupervisionSlot = { flagged: false, notes: [] };

export const supervisionFeature: Feature = {
  name: 'supervision',
  help: '`supervision <private note>` flags this case to discuss in supervision; `supervision list` shows your flagged cases; `supervision done` clears the flag.',
  select(input) {
    return input.kind === 'text' && /^supervision\b/i.test(input.text);
  },
  async handle(input, ctx) {
    const text = input.kind === 'text' ? input.text : '';
    if (/^supervision\s+list$/i.test(text)) {
      const mine = await ctx.store.listAssessments({ owner: ctx.userId });
      const flagged = mine.filter((a) => readSlot(a, 'supervision', supervisionSlotSchema, EMPTY).flagged);
      if (flagged.length === 0) return { items: [notice('No cases are flagged for supervision.')] };
      const lines = flagged.map((a) => {
        const s = readSlot(a, 'supervision', supervisionSlotSchema, EMPTY);
        return `• ${a.patient.masked} — flagged ${s.notes[0]?.at.slice(0, 10) ?? ''}, ${s.notes.length} note(s)`;
      });
      return { items: [notice(`Cases to discuss in supervision (only you can see these):\n${lines.join('\n')}`)] };
    }
    const state = ctx.assessment;
    if (!state) return { items: [notice('Open an assessment first (`assessments`), then type `supervision <note>`.', 'warning')] };
    const slot = readSlot(state, 'supervision', supervisionSlotSchema, EMPTY);
    if (/^supervision\s+done$/i.test(text)) {
      return {
        items: [notice(`Supervision flag cleared for ${state.patient.masked}.`)],
        assessment: writeSlot(state, 'supervision', { ...slot, flagged: false, discussedAt: ctx.now }, ctx.now),
      };
    }
    const note = text.replace(/^supervision\b[:\s]*/i, '').trim();
    const next = { flagged: true, notes: note ? [...slot.notes, { at: ctx.now, note: note.slice(0, 2000) }] : slot.notes };
    return {
      items: [
        notice(
          `${state.patient.masked} is flagged to discuss in supervision${note ? ' with your private note' : ''}. Type \`supervision list\` to see flagged cases.`,
        ),
      ],
      assessment: writeSlot(state, 'supervision', next, ctx.now),
    };
  },
};

/**
 * The optional end-of-day check-in. It is about the link worker, not a patient: kept in their
 * own conversation record, never reported or shared.
 */
const DEFAULT_SUPPORT = 'your employee assistance programme or line manager';

/** `employeeSupport` comes from WMA_EMPLOYEE_SUPPORT, read by the config module at start-up. */
export function createCheckinFeature(options: { employeeSupport?: string | undefined } = {}): Feature {
  const support = options.employeeSupport ?? DEFAULT_SUPPORT;
  return {
    name: 'checkin',
    help: '`checkin` — a private end-of-day check-in for you (never shared).',
    select(input) {
      return input.kind === 'text' && /^check-?in\b/i.test(input.text);
    },
    async handle(input, ctx) {
      const text = input.kind === 'text' ? input.text : '';
      const m = /^check-?in\s+([1-5])\b/i.exec(text);
      if (!m)
        return {
          items: [
            notice(
              "How have today's cases left you? Type `checkin 1` (fine) to `checkin 5` (really affected). This is private to you — it is never shared or reported.",
            ),
          ],
        };
      const rating = Number(m[1]);
      const history = ((ctx.conversation.extra?.checkins as unknown[]) ?? []).slice(-29);
      const conversation = { ...ctx.conversation, extra: { ...(ctx.conversation.extra ?? {}), checkins: [...history, { at: ctx.now, rating }] } };
      const reply =
        rating >= 4
          ? `Thank you for saying. Days like this are hard — please talk to someone today: ${support}. Supervision is there for this too.`
          : `Thank you. If anything from today stays with you, ${support} is there for you.`;
      return { items: [notice(reply)], conversation };
    },
  };
}

/** The check-in with the default support wording (tests, and services that set none). */
export const checkinFeature = createCheckinFeature();
