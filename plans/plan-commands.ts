import { escapeChatText } from '../dialogs/markdown';

/**
 * The link worker's typed plan commands, parsed into values. Numbers are as shown on the card:
 * goal 1, action 1.2 (goal 1, second action). A command that starts like a plan command but is
 * malformed gives a usage message, so a typo never silently does something else.
 */
export type ActionField = 'what' | 'when' | 'who' | 'intention';
export type ActionStatus = 'not_started' | 'in_progress' | 'done' | 'no_longer_needed';

export type PlanCommand =
  | { kind: 'show' }
  | { kind: 'help' }
  | { kind: 'approve' }
  | { kind: 'redraft' }
  | { kind: 'edit_goal'; goal: number; text: string }
  | { kind: 'edit_action'; goal: number; action: number; field: ActionField; value: string }
  | { kind: 'remove_action'; goal: number; action: number }
  | { kind: 'remove_goal'; goal: number }
  | { kind: 'add_goal'; text: string }
  | { kind: 'add_action'; goal: number; what: string }
  | { kind: 'rate'; goal: number; action: number; rating: number }
  | { kind: 'confidence'; goal: number; action: number; value: number }
  | { kind: 'importance'; goal: number; value: number }
  | { kind: 'status'; goal: number; action: number; status: ActionStatus }
  /** Directory search from chat ("find carers Bath"); results are numbered for the commands below. */
  | { kind: 'find'; text: string }
  | { kind: 'remove_link'; link: 'referral' | 'signpost'; n: number }
  /** A found service added for a goal, with the action that uses it. */
  | { kind: 'add_link'; link: 'referral' | 'signpost'; found: number; goal: number }
  /** An existing action now uses a found service (who, wording and intention follow). */
  | { kind: 'link_action'; goal: number; action: number; found: number }
  /** Under a cost barrier: `include paid` widens the search to paid and low-cost services; `free only` undoes it. */
  | { kind: 'cost_rule'; allowPaid: boolean };

export type ParsedPlanCommand = { ok: true; command: PlanCommand } | { ok: false; message: string };

export const PLAN_USAGE = [
  '`approve` (or `accept`) · `redraft` · `plan` shows it again',
  '`edit goal 1 <text>` · `edit action 1.2 <what>` · `edit action 1.2 when <when>` · `edit action 1.2 who me|link worker` · `edit action 1.2 intention <statement>`',
  '`add goal <text>` · `add action 1 <what>` · `remove action 1.2` · `remove goal 2`',
  '`rate 1.2 6` (intention, 1–7) · `confidence 1.2 7` (1–10) · `importance 1 8` (1–10) · `status 1.2 in progress`',
  '`include paid` also suggests paid and low-cost services despite a cost barrier (finds suggestions again) · `free only` goes back to free services only',
  '`find carers Bath` searches the directory · `add signpost 2 to goal 1` / `add referral 2 to goal 1` · `link 1.2 to 3` · `remove referral 1` · `remove signpost 2`',
].join('\n');

const STATUS: Record<string, ActionStatus> = {
  'not started': 'not_started',
  'in progress': 'in_progress',
  done: 'done',
  'no longer needed': 'no_longer_needed',
};

/** Words that make a message a plan command (only consulted once an assessment is complete). */
const PLAN_VERB =
  /^(help plan|plan|accept|approve|redraft|re-draft|edit|add|remove|rate|confidence|importance|status\s+\d|find|link|include paid|free only|only free)\b/i;

const bad = (what: string): ParsedPlanCommand => ({
  ok: false,
  message: `I didn't understand that plan command (${what}), so nothing was changed. Plan commands:\n${PLAN_USAGE}`,
});
const ok = (command: PlanCommand): ParsedPlanCommand => ({ ok: true, command });

/** null: not a plan command at all (let someone else handle it). */
export function parsePlanCommand(raw: string): ParsedPlanCommand | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!PLAN_VERB.test(text)) return null;
  let m: RegExpExecArray | null;
  if (/^plan$/i.test(text)) return ok({ kind: 'show' });
  if (/^(plan help|help plan|plan commands)$/i.test(text)) return ok({ kind: 'help' });
  if (/^(accept|approve)( (the )?plan)?$/i.test(text)) return ok({ kind: 'approve' });
  if (/^re-?draft( (the )?plan)?$/i.test(text)) return ok({ kind: 'redraft' });
  if ((m = /^edit goal (\d+) (.+)$/i.exec(text))) return ok({ kind: 'edit_goal', goal: +m[1]!, text: m[2]! });
  if ((m = /^edit action (\d+)\.(\d+) (when|who|intention) (.+)$/i.exec(text)))
    return ok({ kind: 'edit_action', goal: +m[1]!, action: +m[2]!, field: m[3]!.toLowerCase() as ActionField, value: m[4]! });
  if ((m = /^edit action (\d+)\.(\d+) (?:what )?(.+)$/i.exec(text)))
    return ok({ kind: 'edit_action', goal: +m[1]!, action: +m[2]!, field: 'what', value: m[3]! });
  if (/^include paid( and low[- ]cost)?( services| options)?$/i.test(text)) return ok({ kind: 'cost_rule', allowPaid: true });
  if (/^(free only|free services only|only free( services)?)$/i.test(text)) return ok({ kind: 'cost_rule', allowPaid: false });
  if ((m = /^find (.{2,80})$/i.exec(text))) return ok({ kind: 'find', text: m[1]!.trim() });
  if ((m = /^remove (referral|signpost) (\d+)$/i.exec(text)))
    return ok({ kind: 'remove_link', link: m[1]!.toLowerCase() as 'referral' | 'signpost', n: +m[2]! });
  if ((m = /^add (referral|signpost) (\d+)(?: (?:to|for)(?: goal)? (\d+))?$/i.exec(text)))
    return ok({ kind: 'add_link', link: m[1]!.toLowerCase() as 'referral' | 'signpost', found: +m[2]!, goal: m[3] ? +m[3] : 1 });
  if ((m = /^link (?:action )?(\d+)\.(\d+) (?:to|with) (\d+)$/i.exec(text))) return ok({ kind: 'link_action', goal: +m[1]!, action: +m[2]!, found: +m[3]! });
  if ((m = /^remove action (\d+)\.(\d+)$/i.exec(text))) return ok({ kind: 'remove_action', goal: +m[1]!, action: +m[2]! });
  if ((m = /^remove goal (\d+)$/i.exec(text))) return ok({ kind: 'remove_goal', goal: +m[1]! });
  if ((m = /^add goal (.+)$/i.exec(text))) return ok({ kind: 'add_goal', text: m[1]! });
  if ((m = /^add action (\d+) (.+)$/i.exec(text))) return ok({ kind: 'add_action', goal: +m[1]!, what: m[2]! });
  if ((m = /^rate (\d+)\.(\d+) (\d+)$/i.exec(text))) {
    const rating = +m[3]!;
    if (rating < 1 || rating > 7) return bad('the intention rating is 1–7');
    return ok({ kind: 'rate', goal: +m[1]!, action: +m[2]!, rating });
  }
  if ((m = /^confidence (\d+)\.(\d+) (\d+)$/i.exec(text))) {
    const value = +m[3]!;
    if (value < 1 || value > 10) return bad('confidence is 1–10');
    return ok({ kind: 'confidence', goal: +m[1]!, action: +m[2]!, value });
  }
  if ((m = /^importance (\d+) (\d+)$/i.exec(text))) {
    const value = +m[2]!;
    if (value < 1 || value > 10) return bad('importance is 1–10');
    return ok({ kind: 'importance', goal: +m[1]!, value });
  }
  if ((m = /^status (\d+)\.(\d+) (not started|in progress|done|no longer needed)$/i.exec(text)))
    return ok({ kind: 'status', goal: +m[1]!, action: +m[2]!, status: STATUS[m[3]!.toLowerCase()]! });
  return bad(`“${escapeChatText(text.slice(0, 40))}”`);
}
