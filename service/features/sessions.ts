import { notice } from '../../dialogs/engine/notice';
import { sessionsSlotSchema, type SessionsSlot } from '../../store/documents/feature-slots';
import type { AssessmentState, Prompt } from '../../dialogs/engine/types';
import { DEFAULT_SESSION_CAP } from '../../dialogs/script/schema';
import type { Store } from '../../store/types';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import { readSlot, writeSlot } from './slots';

/**
 * Contacts with a person, counted against the script's session cap. At the cap the link
 * worker must choose: a manager-agreed extension, an onward referral, or a planned exit.
 */
// The slot's schema is part of the versioned assessment document (store/documents/feature-slots.ts).
export { sessionsSlotSchema, type SessionsSlot } from '../../store/documents/feature-slots';

const EMPTY: SessionsSlot = { contacts: [], reviews: [] };
const METHODS: Record<string, SessionsSlot['contacts'][number]['method']> = {
  phone: 'phone',
  call: 'phone',
  video: 'video',
  teams: 'video',
  f2f: 'face_to_face',
  'face-to-face': 'face_to_face',
  face: 'face_to_face',
  person: 'face_to_face',
  visit: 'face_to_face',
};

export function sessionsOf(state: AssessmentState): SessionsSlot {
  return readSlot(state, 'sessions', sessionsSlotSchema, EMPTY);
}

/**
 * Sessions used and allowed for the person across all the owner's assessments of them (a review
 * is a new assessment), with `current` as this turn's copy. The one count: `sessions`, the cap
 * warning and the progress card all use it.
 */
export async function personSessionTotals(store: Store, current: AssessmentState, cap: number) {
  const all = await store.listAssessments({ owner: current.owner });
  const same = all.filter((a) => a.id !== current.id && a.patient.value === current.patient.value).concat(current);
  return countSessions(same, cap);
}

/** The count itself, pure: one person's assessments (as the owner holds them) against the cap. The caseload uses it too. */
export function countSessions(same: readonly AssessmentState[], cap: number) {
  const slots = same.map(sessionsOf);
  const used = slots.reduce((n, s) => n + s.contacts.length, 0);
  const extra = slots.reduce((n, s) => n + s.reviews.reduce((m, r) => m + r.extraSessions, 0), 0);
  const decided = slots.reduce((n, s) => n + s.reviews.length, 0);
  return { used, allowed: cap + extra, decided };
}

function capOf(ctx: FeatureContext): number {
  return ctx.script?.script.sessionCap ?? DEFAULT_SESSION_CAP;
}

const REVIEW_PROMPT =
  'Session cap reached — a review is needed. Choose one:\n' +
  '• `extend <number of sessions> <manager who agreed and reason>` — manager-agreed extension\n' +
  '• `onward <service and reason>` — onward referral\n' +
  '• `exit <reason>` — planned exit';

async function record(ctx: FeatureContext, state: AssessmentState, text: string): Promise<FeatureResult> {
  const m = /^session\s+(\S+)\s+(\d+)\s*(?:min(?:ute)?s?)?\s*(.*)$/is.exec(text);
  const method = m ? METHODS[m[1]!.toLowerCase()] : undefined;
  const minutes = m ? Number(m[2]) : NaN;
  if (!m || !method || !(minutes >= 1 && minutes <= 600))
    return {
      items: [
        notice(
          'To record a contact type `session <phone|video|face-to-face> <minutes> <what happened>`, e.g. `session phone 30 agreed first visit`.',
          'warning',
        ),
      ],
    };
  const slot = sessionsOf(state);
  const cap = capOf(ctx);
  const before = await personSessionTotals(ctx.store, state, cap);
  const contact = { date: ctx.now.slice(0, 10), method, minutes, summary: (m[3] ?? '').trim().slice(0, 1000), by: ctx.userId };
  const next = writeSlot(state, 'sessions', { ...slot, contacts: [...slot.contacts, contact] }, ctx.now);
  const used = before.used + 1;
  const items: Prompt[] = [notice(`Contact ${used} of ${before.allowed} recorded for ${state.patient.masked} (${method.replace(/_/g, ' ')}, ${minutes} min).`)];
  if (used === before.allowed - 1) items.push(notice('One session left before the cap: plan the review at the next contact.', 'warning'));
  if (used >= before.allowed) items.push(notice(REVIEW_PROMPT, 'warning'));
  return { items, assessment: next };
}

async function review(ctx: FeatureContext, state: AssessmentState, text: string): Promise<FeatureResult> {
  const cap = capOf(ctx);
  const totals = await personSessionTotals(ctx.store, state, cap);
  if (totals.used < totals.allowed) return { items: [notice(`No review is due: ${totals.used} of ${totals.allowed} sessions used.`)] };
  const ext = /^extend\s+(\d+)\s+(.{3,})$/is.exec(text);
  const onward = /^onward\s+(.{3,})$/is.exec(text);
  const exit = /^exit\s+(.{3,})$/is.exec(text);
  const decision = ext ? 'extension' : onward ? 'onward_referral' : exit ? 'planned_exit' : null;
  if (!decision) return { items: [notice(REVIEW_PROMPT, 'warning')] };
  const extra = ext ? Number(ext[1]) : 0;
  if (ext && (extra < 1 || extra > 12)) return { items: [notice('An extension is 1–12 sessions.', 'warning')] };
  const slot = sessionsOf(state);
  const detail = (ext?.[2] ?? onward?.[1] ?? exit?.[1] ?? '').trim().slice(0, 1000);
  const next = writeSlot(
    state,
    'sessions',
    { ...slot, reviews: [...slot.reviews, { at: ctx.now, by: ctx.userId, decision, extraSessions: extra, detail }] },
    ctx.now,
  );
  const said =
    decision === 'extension'
      ? `Extension of ${extra} session(s) recorded with the manager's agreement and reason.`
      : decision === 'onward_referral'
        ? 'Onward referral recorded.'
        : 'Planned exit recorded.';
  return { items: [notice(said)], assessment: next };
}

export const sessionsFeature: Feature = {
  name: 'sessions',
  help: '`session phone 30 <what happened>` records a contact; `sessions` shows the count against the cap; at the cap: `extend`, `onward` or `exit`.',
  select(input, ctx) {
    return input.kind === 'text' && ctx.assessment !== null && /^(session\b|sessions$|extend\s|onward\s|exit\s)/i.test(input.text);
  },
  async handle(input, ctx) {
    const state = ctx.assessment!;
    const text = input.kind === 'text' ? input.text : '';
    if (/^sessions$/i.test(text)) {
      const t = await personSessionTotals(ctx.store, state, capOf(ctx));
      const lines = sessionsOf(state).contacts.map((c, i) => `${i + 1}. ${c.date} ${c.method.replace(/_/g, ' ')} ${c.minutes} min`);
      return { items: [notice(`${t.used} of ${t.allowed} sessions used for ${state.patient.masked}.${lines.length ? `\n${lines.join('\n')}` : ''}`)] };
    }
    if (/^session\b/i.test(text)) return record(ctx, state, text);
    return review(ctx, state, text);
  },
};
