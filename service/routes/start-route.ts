import { notice } from '../../dialogs/engine/notice';
import { startAssessment } from '../../dialogs/engine/start';
import { parsePatientRef } from '../../dialogs/patient-ref';
import type { FeatureContext, Route, RouteResult } from '../features';
import type { ReplyItem } from '../reply';
import { ROUTES } from '../route-table';
import { forcedStart, knownPersonNotice } from '../features/people';

const START = /^(?:start|new)(?:\s+(.+))?$/i;

/**
 * `start <NHS number | local ref>` begins an assessment on the latest published script. A bare
 * `start` asks for the reference, and the next message (unless `help` or `cancel`) is taken as it.
 */
export function startRoute(deps: { scriptId: string }): Route {
  async function start(ctx: FeatureContext, ref: string | null): Promise<RouteResult> {
    const awaiting = { ...ctx.conversation, awaitingPatientRef: true };
    if (!ref) return { conversation: awaiting, items: [notice("Please type the person's 10-digit NHS number, or a local pseudonymous reference (no names).")] };
    const forced = forcedStart(ref);
    const parsed = parsePatientRef(forced.ref);
    if (!parsed.ok) return { conversation: awaiting, items: [notice(parsed.message, 'warning')] };
    // Someone already known: say so and offer review or resume (issue 18) rather than start again.
    const known = forced.force ? null : await knownPersonNotice(ctx.store, ctx.userId, parsed.patient, ctx.conversation.activeAssessmentId);
    if (known) return { conversation: { ...ctx.conversation, awaitingPatientRef: false }, items: [notice(known)] };
    const latest = await ctx.scripts.latestPublished(deps.scriptId);
    if (!latest) return { items: [notice('No published script is available; ask your manager to publish one.', 'error')] };
    const r = startAssessment(latest.compiled, { id: ctx.newId(), owner: ctx.userId, patient: parsed.patient, scriptVersion: latest.version, now: ctx.now });
    const items: ReplyItem[] = [];
    const previous = ctx.assessment;
    // The previous assessment is not lost: it stays in progress and `assessments` lists it.
    if (previous && (previous.status === 'active' || previous.status === 'paused'))
      items.push(notice(`The assessment for ${previous.patient.masked} is saved as it was; type \`assessments\` to see and resume it later.`));
    items.push(...r.prompts);
    return {
      items,
      conversation: { ...ctx.conversation, activeAssessmentId: r.state.id, awaitingPatientRef: false },
      assessment: r.state,
      events: r.events,
      position: r.position,
    };
  }

  return {
    name: 'start',
    rank: ROUTES.start.rank,
    select: (input, ctx) => input.kind === 'text' && (START.test(input.text) || (ctx.conversation.awaitingPatientRef && !/^help$/i.test(input.text))),
    async handle(input, ctx) {
      const text = input.kind === 'text' ? input.text : '';
      const m = START.exec(text);
      if (m) return start(ctx, m[1] ?? null);
      if (/^cancel$/i.test(text))
        return { conversation: { ...ctx.conversation, awaitingPatientRef: false }, items: [notice('OK — no new assessment started.')] };
      return start(ctx, text);
    },
  };
}
