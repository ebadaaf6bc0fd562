import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { advance } from '../dialogs/engine/advance';
import { startAssessment } from '../dialogs/engine/start';
import type { AssessmentState, EngineInput, Prompt } from '../dialogs/engine/types';
import type { ScriptIssue } from '../dialogs/script/compile';
import { answersBefore } from './preview-start';
import { checkScript, type ScriptInput } from './script-admin';

/**
 * Preview: the manager's draft runs in the real engine, but statelessly — the page holds the
 * preview state and sends it back with each input. Nothing is read from or written to the store,
 * so a preview can never touch a real assessment record.
 */
export const PREVIEW_OWNER = 'preview';
const PREVIEW_PATIENT = { kind: 'local' as const, value: 'PREVIEW', masked: 'a preview (not a real person)' };

const inputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(4000) }),
  z.object({ kind: z.literal('card'), questionId: z.string().max(128), value: z.unknown() }),
  z.object({ kind: z.literal('change'), index: z.number().int().min(1).max(500) }),
  z.object({ kind: z.literal('safeguarding_decision'), decision: z.enum(['confirmed', 'dismissed']), note: z.string().max(2000) }),
]);

/** Enough shape to trust the engine with the page's copy of the state; anything odd restarts the preview. */
const stateSchema = z.looseObject({
  id: z.string(),
  scriptId: z.string(),
  scriptVersion: z.number(),
  owner: z.literal(PREVIEW_OWNER),
  status: z.enum(['active', 'paused', 'completed', 'cancelled']),
  mode: z.looseObject({ kind: z.string() }),
  cursor: z.string().nullable(),
  answers: z.record(z.string(), z.looseObject({ value: z.unknown(), at: z.string(), activityId: z.string() })),
  skipped: z.array(z.string()),
  history: z.array(z.unknown()),
  safeguarding: z.array(z.unknown()),
});

export interface PreviewRequest {
  script: ScriptInput;
  /** Absent: start a new preview. */
  state?: unknown;
  /** Start at this section, with earlier answers filled in (preview only). */
  startAt?: unknown;
  input?: unknown;
}

export type PreviewResult = { ok: true; state: AssessmentState; prompts: Prompt[] } | { ok: false; status: 400 | 422; message: string; issues?: ScriptIssue[] };

export function runPreview(req: PreviewRequest, now: string = new Date().toISOString()): PreviewResult {
  const checked = checkScript(req.script);
  if (!checked.ok) return { ok: false, status: 422, message: 'Fix the script problems before previewing.', issues: checked.issues };
  const compiled = checked.compiled;
  if (req.state === undefined || req.state === null) {
    const from = typeof req.startAt === 'string' && req.startAt ? answersBefore(compiled, req.startAt) : {};
    if (!from) return { ok: false, status: 400, message: 'That section is not in the draft; choose another section to start from.' };
    const prefill = Object.keys(from).length ? { prefill: { from: 'preview', answers: from } } : {};
    const r = startAssessment(compiled, { id: `preview-${randomUUID()}`, owner: PREVIEW_OWNER, patient: PREVIEW_PATIENT, scriptVersion: 0, now, ...prefill });
    return { ok: true, state: r.state, prompts: r.prompts };
  }
  const state = stateSchema.safeParse(req.state);
  if (!state.success || state.data.scriptId !== compiled.script.id)
    return { ok: false, status: 400, message: 'The preview state does not match this script; restart the preview.' };
  const input = inputSchema.safeParse(req.input);
  if (!input.success) return { ok: false, status: 400, message: 'Send a text, card, change or safeguarding_decision input.' };
  const full = { ...(state.data as unknown as AssessmentState), patient: PREVIEW_PATIENT };
  try {
    const r = advance(compiled, full, { ...input.data, activityId: `preview-${randomUUID()}` } as EngineInput, { now, actor: PREVIEW_OWNER });
    return { ok: true, state: r.state, prompts: r.prompts };
  } catch {
    // The draft may have changed under the preview (a question removed); starting again is the honest answer.
    return { ok: false, status: 400, message: 'The draft changed in a way this preview cannot follow; restart the preview.' };
  }
}
