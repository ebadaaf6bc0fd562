import type { AssessmentState, Prompt } from '../../dialogs/engine/types';
import { formatNhsNumber } from '../../exports/document';
import type { ConversationState } from '../../store/types';
import {
  AUTHOR_PROMPT,
  IDENTITY_PROMPT,
  parseAuthor,
  parseIdentity,
  readExportSlot,
  readPending,
  writeExportSlot,
  writePending,
  type PendingConfirmation,
} from '../export-record';
import type { FeatureContext } from '../features';

/**
 * The short chat step before the first export of an assessment: the link worker types the
 * person's name and date of birth, says who is sending, sees them beside the full NHS number and
 * confirms. Only then is anything built for the GP (the wrong-patient hazard: a valid NHS number
 * typed for the wrong person is still valid). Typed values live in the encrypted conversation
 * until confirmed, then in the encrypted assessment; they are never logged.
 */

const notice = (text: string, tone: 'info' | 'warning' | 'error' = 'info'): Prompt => ({ kind: 'notice', text, tone });

/** The link worker's name and role, remembered per chat so the next export does not ask again. */
export const AUTHOR_MEMORY = 'exportAuthor';

export function rememberedAuthor(conv: ConversationState, userId: string): { name: string; role: string } | null {
  const a = conv.extra?.[AUTHOR_MEMORY] as { userId?: unknown; name?: unknown; role?: unknown } | undefined;
  return a && a.userId === userId && typeof a.name === 'string' && typeof a.role === 'string' ? { name: a.name, role: a.role } : null;
}

function withAuthorMemory(conv: ConversationState, userId: string, name: string, role: string): ConversationState {
  return { ...conv, extra: { ...(conv.extra ?? {}), [AUTHOR_MEMORY]: { userId, name, role } } };
}

export type ConfirmStep =
  | { kind: 'reply'; items: Prompt[]; conversation: ConversationState }
  /** Confirmed: the assessment now carries identity and author; carry on with the export. */
  | { kind: 'confirmed'; assessment: AssessmentState; conversation: ConversationState; format: string | null };

export function startConfirmation(ctx: FeatureContext, state: AssessmentState, format: string | null): ConfirmStep {
  const pending: PendingConfirmation = { assessmentId: state.id, format, step: 'identity' };
  return {
    kind: 'reply',
    conversation: writePending(ctx.conversation, pending),
    items: [notice(`Exporting for NHS number ${formatNhsNumber(state.patient.value)}.\n\n${IDENTITY_PROMPT}\n\nType \`cancel\` to stop.`)],
  };
}

function confirmText(state: AssessmentState, p: PendingConfirmation): string {
  const name = [...(p.given ?? []), p.family].join(' ');
  return [
    'Please check this is the right person before anything goes to their GP:',
    `• NHS number: ${formatNhsNumber(state.patient.value)}`,
    `• Name: ${name} (family name: ${p.family})`,
    `• Date of birth: ${p.birthDate}`,
    `• Sent by: ${p.authorName}, ${p.authorRole}`,
    'Type `yes` if all of this is right, or `no` to type it again.',
  ].join('\n');
}

/** One typed message during the confirmation step. */
export function continueConfirmation(ctx: FeatureContext, state: AssessmentState, text: string): ConfirmStep {
  const p = readPending(ctx.conversation)!;
  const conv = ctx.conversation;
  const reply = (items: Prompt[], pending: PendingConfirmation | null, c: ConversationState = conv): ConfirmStep => ({
    kind: 'reply',
    items,
    conversation: writePending(c, pending),
  });
  if (/^cancel$/i.test(text.trim())) return reply([notice('Export cancelled. Nothing was saved or sent.')], null);

  if (p.step === 'identity') {
    const r = parseIdentity(text, new Date(ctx.now));
    if (!r.ok) return reply([notice(`${r.message} (Type \`cancel\` to stop exporting.)`, 'warning')], p);
    const next: PendingConfirmation = { ...p, family: r.family, given: r.given, birthDate: r.birthDate };
    const known = rememberedAuthor(conv, ctx.userId);
    if (!known) return reply([notice(AUTHOR_PROMPT)], { ...next, step: 'author' });
    const withAuthor = { ...next, authorName: known.name, authorRole: known.role, step: 'confirm' as const };
    return reply([notice(confirmText(state, withAuthor))], withAuthor);
  }
  if (p.step === 'author') {
    const r = parseAuthor(text);
    if (!r.ok) return reply([notice(`${r.message} (Type \`cancel\` to stop exporting.)`, 'warning')], p);
    const next: PendingConfirmation = { ...p, authorName: r.name, authorRole: r.role, step: 'confirm' };
    return reply([notice(confirmText(state, next))], next, withAuthorMemory(conv, ctx.userId, r.name, r.role));
  }
  if (/^(no|n)$/i.test(text.trim()))
    return reply([notice(`OK, let's do it again. ${IDENTITY_PROMPT}`)], { assessmentId: p.assessmentId, format: p.format, step: 'identity' });
  if (!/^(yes|y|confirm)$/i.test(text.trim()))
    return reply([notice('Type `yes` if the details are right, `no` to type them again, or `cancel`.', 'warning')], p);
  const slot = readExportSlot(state);
  const updated = writeExportSlot(
    state,
    {
      ...slot,
      identity: { family: p.family!, given: p.given!, birthDate: p.birthDate!, confirmedBy: ctx.userId, confirmedAt: ctx.now, nhsNumber: state.patient.value },
      author: { name: p.authorName!, role: p.authorRole!, userId: ctx.userId },
    },
    ctx.now,
  );
  return { kind: 'confirmed', assessment: updated, conversation: writePending(conv, null), format: p.format };
}
