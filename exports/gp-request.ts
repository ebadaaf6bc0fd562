import { planSchema, type Plan } from '../plans/model';
import { safeText } from './safe-text';

/**
 * "What we ask of the GP": one line on page 1 of the message back, recorded in the plan so it is
 * approved with everything else. `ask gp <request>` sets it, `ask gp none` says no action is
 * needed. Like any plan edit it bumps the version and withdraws approval: the GP must only ever
 * receive a request the link worker approved.
 */
export const GP_REQUEST_MAX = 400;

export type AskGpCommand = { kind: 'set'; text: string } | { kind: 'none' };
export type ParsedAskGp = { ok: true; command: AskGpCommand } | { ok: false; message: string } | null;

const USAGE = 'Type `ask gp <what you ask of the GP>` (for example `ask gp please review her pain relief`), or `ask gp none` if no action is needed.';

export function parseAskGp(raw: string): ParsedAskGp {
  const m = /^ask\s+(?:the\s+)?gp\b\s*(.*)$/is.exec(raw.trim());
  if (!m) return null;
  const text = safeText(m[1] ?? '').replace(/\s+/g, ' ');
  if (text === '') return { ok: false, message: `Nothing was changed. ${USAGE}` };
  if (/^(none|nothing|no action( needed)?)$/i.test(text)) return { ok: true, command: { kind: 'none' } };
  if (text.length > GP_REQUEST_MAX)
    return { ok: false, message: `That request is ${text.length} characters; the limit is ${GP_REQUEST_MAX}. Nothing was changed.` };
  return { ok: true, command: { kind: 'set', text } };
}

export type GpRequestResult = { ok: true; plan: Plan; summary: string } | { ok: false; message: string };

export function applyGpRequest(plan: Plan, c: AskGpCommand, actor: { by: string; at: string }): GpRequestResult {
  const next = c.kind === 'set' ? c.text : undefined;
  if (next === plan.gpRequest)
    return {
      ok: false,
      message: next
        ? 'The plan already asks the GP exactly that; nothing was changed.'
        : 'The plan already says no action is needed from the GP; nothing was changed.',
    };
  const what = next ? `Request to the GP set to "${next}"` : 'Request to the GP cleared: no action needed';
  const wasApproved = plan.status === 'approved';
  const summary = wasApproved ? `${what} - approval withdrawn, needs re-approval` : what;
  const { approvedAt: _a, approvedBy: _b, gpRequest: _g, ...rest } = plan;
  const candidate = {
    ...rest,
    ...(next ? { gpRequest: next } : {}),
    status: 'draft' as const,
    version: plan.version + 1,
    edits: [...plan.edits, { at: actor.at, by: actor.by, change: summary.slice(0, 400) }],
  };
  const checked = planSchema.safeParse(candidate);
  if (!checked.success)
    return { ok: false, message: `That change would make the plan invalid (${checked.error.issues[0]?.message ?? 'invalid'}); nothing was changed.` };
  return { ok: true, plan: checked.data, summary };
}
