import { advance } from '../../dialogs/engine/advance';
import { notice } from '../../dialogs/engine/notice';
import type { EngineInput } from '../../dialogs/engine/types';
import type { Route, RouteInput } from '../features';
import type { ReplyItem } from '../reply';
import { ROUTES } from '../route-table';
import type { SecondOpinion } from '../second-opinion';

/** An engine input from typed text or an engine card (answer, command, change, safeguarding decision). */
function toEngineInput(input: RouteInput, activityId: string): EngineInput | null {
  if (input.kind === 'text') return { kind: 'text', text: input.text, activityId };
  const card = input.action;
  switch (card.wma) {
    case 'answer':
      return { kind: 'card', questionId: card.questionId, value: card.value, activityId };
    case 'command':
      return { kind: 'command', command: card.command, activityId };
    case 'change':
      return { kind: 'change', index: card.index, activityId };
    case 'safeguarding':
      return { kind: 'safeguarding_decision', decision: card.decision, note: card.note ?? card[`note_${card.decision}`] ?? '', activityId };
    default:
      return null;
  }
}

/**
 * The pure engine as the last route: everything no feature claimed. `help` adds the features'
 * own help lines to the engine's command list.
 */
export function engineRoute(deps: { helpLines: readonly string[]; secondOpinion?: SecondOpinion }): Route {
  const helpText = deps.helpLines.length
    ? `More commands:\n${deps.helpLines.map((l) => `• ${l}`).join('\n')}`
    : 'Type `start` followed by the NHS number or a local reference to begin.';
  return {
    name: 'engine',
    rank: ROUTES.engine.rank,
    select: () => true,
    async handle(input, ctx) {
      const { assessment, script } = ctx;
      if (!assessment || !script) {
        const asksHelp = input.kind === 'text' && /^help$/i.test(input.text);
        return { items: [notice(asksHelp ? helpText : 'There is no assessment in progress. Type `start` followed by the NHS number or a local reference.')] };
      }
      const parsed = toEngineInput(input, ctx.activityId);
      // The optional LLM second opinion (service/second-opinion.ts) can only add a flag, never remove one.
      const engineInput = parsed && deps.secondOpinion ? await deps.secondOpinion.review(parsed, assessment) : parsed;
      if (!engineInput) return { items: [notice('That card submission was not understood, so nothing was changed.', 'warning')] };
      const r = advance(script, assessment, engineInput, { now: ctx.now, actor: ctx.userId });
      const items: ReplyItem[] = [...r.prompts];
      if (engineInput.kind === 'command' && engineInput.command === 'help') items.unshift(notice(helpText));
      return { items, ...(r.state !== assessment ? { assessment: r.state } : {}), events: r.events, position: r.position };
    },
  };
}
