import { contactsFor, detectRisks } from '../safeguarding';
import type { CompiledScript, ResolvedQuestion } from '../script/compile';
import { HELP_TEXT, parseCommand, unquoteLiteral } from './commands';
import { applicableQuestions, firstPending, interpolate, positionOf, previousVisited } from './navigation';
import { cleanText, describeAnswer, parseCardValue, parseTypedAnswer } from './parse-answer';
import type {
  AdvanceResult,
  AnswerValue,
  AssessmentState,
  Command,
  EngineEvent,
  EngineInput,
  Prompt,
  ReviewItem,
  TurnContext,
} from './types';

/** One turn's working set: a private copy of the state plus what the turn has to say. */
interface Turn {
  script: CompiledScript;
  state: AssessmentState;
  ctx: TurnContext;
  prompts: Prompt[];
  events: EngineEvent[];
}

const notice = (t: Turn, text: string, tone: 'info' | 'warning' | 'error' = 'info'): void => {
  t.prompts.push({ kind: 'notice', text, tone });
};

function questionPrompt(t: Turn, id: string, showIntro: boolean): void {
  const q = t.script.byId.get(id);
  if (!q) return;
  const position = positionOf(t.script, t.state.answers, id) ?? { sectionTitle: q.sectionTitle, index: 1, count: 1 };
  const current = t.state.answers[id]?.value;
  t.prompts.push({
    kind: 'question',
    question: q,
    text: interpolate(q.text, t.state.answers),
    position,
    ...(current !== undefined ? { current } : {}),
    showIntro: showIntro && position.index === 1,
  });
}

export function reviewItems(script: CompiledScript, state: AssessmentState): ReviewItem[] {
  const skipped = new Set(state.skipped);
  return applicableQuestions(script, state.answers)
    .filter((q) => q.id in state.answers || skipped.has(q.id))
    .map((q, i) => {
      const a = state.answers[q.id];
      return {
        number: i + 1,
        questionId: q.id,
        sectionTitle: q.sectionTitle,
        text: interpolate(q.text, state.answers),
        answer: a ? describeAnswer(a.value, q) : null,
        skipped: !a,
      };
    });
}

function missingRequired(script: CompiledScript, state: AssessmentState): string[] {
  return applicableQuestions(script, state.answers)
    .filter((q) => q.required && !(q.id in state.answers))
    .map((q) => q.id);
}

/** Moves to the first pending question, or to the review when none is left. */
function moveOn(t: Turn): void {
  t.state.cursor = firstPending(t.script, t.state);
  if (t.state.cursor) {
    t.state.mode = { kind: 'asking' };
    questionPrompt(t, t.state.cursor, true);
  } else {
    t.state.mode = { kind: 'review' };
    t.prompts.push({ kind: 'review', items: reviewItems(t.script, t.state), missingRequired: missingRequired(t.script, t.state) });
  }
}

function showCurrent(t: Turn): void {
  if (t.state.mode.kind === 'review' || !t.state.cursor) moveOn(t);
  else questionPrompt(t, t.state.cursor, false);
}

function record(t: Turn, q: ResolvedQuestion, value: AnswerValue, activityId: string): void {
  const previous = t.state.answers[q.id]?.value;
  t.state.answers[q.id] = { value, at: t.ctx.now, activityId };
  t.state.skipped = t.state.skipped.filter((id) => id !== q.id);
  t.state.history.push({ questionId: q.id, action: previous === undefined ? 'answered' : 'changed', value, at: t.ctx.now, activityId });
  t.events.push({ type: 'answer_recorded', questionId: q.id, value, ...(previous !== undefined ? { previous } : {}), activityId, at: t.ctx.now });
}

function setStatus(t: Turn, to: AssessmentState['status']): void {
  t.events.push({ type: 'status_changed', from: t.state.status, to, at: t.ctx.now });
  t.state.status = to;
}

function statusText(t: Turn): string {
  const list = applicableQuestions(t.script, t.state.answers);
  const answered = list.filter((q) => q.id in t.state.answers).length;
  const skipped = list.filter((q) => t.state.skipped.includes(q.id)).length;
  const pos = t.state.cursor ? positionOf(t.script, t.state.answers, t.state.cursor) : null;
  const where = pos ? `${pos.sectionTitle}, question ${pos.index} of ${pos.count}` : 'reviewing the answers';
  return `Patient ${t.state.patient.masked} · ${where} · ${answered} answered, ${skipped} skipped, ${list.length - answered - skipped} to go (${t.state.status}).`;
}

/** Every free-text answer and typed message is checked; a flag interrupts before anything else. */
function checkRisk(t: Turn, text: string): boolean {
  const flags = detectRisks(text, { localPhrases: t.script.script.safeguarding.localPhrases as never });
  if (flags.length === 0) return false;
  const categories = flags.map((f) => f.category);
  t.state.mode = { kind: 'safeguarding', flags: flags.map((f) => ({ category: f.category, matched: f.matched, kind: f.kind })), quote: text, questionId: t.state.cursor, flaggedAt: t.ctx.now };
  t.events.push({ type: 'safeguarding_flagged', categories, questionId: t.state.cursor, at: t.ctx.now });
  safeguardingPrompt(t);
  return true;
}

function safeguardingPrompt(t: Turn): void {
  const mode = t.state.mode;
  if (mode.kind !== 'safeguarding') return;
  const s = t.script.script.safeguarding;
  t.prompts.push({
    kind: 'safeguarding',
    flags: mode.flags,
    quote: mode.quote,
    escalationSteps: s.escalationSteps,
    contacts: contactsFor(mode.flags.map((f) => f.category), s.localContacts),
  });
}

function decide(t: Turn, decision: 'confirmed' | 'dismissed', note: string): void {
  const mode = t.state.mode;
  if (mode.kind !== 'safeguarding') return;
  const clean = cleanText(note);
  if (!clean) {
    notice(t, decision === 'confirmed' ? 'Please record the action you took, e.g. `confirm Called duty GP, agreed safety plan`.' : 'Please record why you are dismissing it, e.g. `dismiss Talking about a film`.', 'warning');
    safeguardingPrompt(t);
    return;
  }
  const categories = mode.flags.map((f) => f.category);
  t.state.safeguarding.push({ categories, quote: mode.quote, questionId: mode.questionId, flaggedAt: mode.flaggedAt, decision, note: clean, decidedAt: t.ctx.now, decidedBy: t.ctx.actor });
  t.events.push({ type: 'safeguarding_decided', decision, categories, at: t.ctx.now });
  notice(t, decision === 'confirmed' ? 'Safeguarding concern recorded with your action. Consider flagging the case for supervision: `supervision <private note>`. Resuming where you were.' : 'Flag dismissed; your reason is recorded. Resuming where you were.');
  t.state.mode = t.state.cursor ? { kind: 'asking' } : { kind: 'review' };
  const current = t.state.cursor ? t.state.answers[t.state.cursor] : undefined;
  if (current) notice(t, 'The answer that raised the flag is recorded. Type `next` to keep it, or answer again to change it.');
  showCurrent(t);
}

function runCommand(t: Turn, command: Command, activityId: string): boolean {
  const s = t.state;
  switch (command) {
    case 'help':
      notice(t, HELP_TEXT);
      showCurrent(t);
      return true;
    case 'status':
      notice(t, statusText(t));
      return true;
    case 'pause':
      setStatus(t, 'paused');
      notice(t, `Paused and saved for ${s.patient.masked}. Type \`resume\` to carry on exactly here — nothing is lost.`);
      return true;
    case 'resume':
      notice(t, 'This assessment is already in progress.');
      showCurrent(t);
      return true;
    case 'cancel':
      s.mode = { kind: 'confirm_cancel' };
      notice(t, `Cancel the assessment for ${s.patient.masked}? The record is kept, marked cancelled. Type \`yes\` to cancel or \`no\` to carry on.`, 'warning');
      return true;
    case 'answers':
      t.prompts.push({ kind: 'review', items: reviewItems(t.script, s), missingRequired: missingRequired(t.script, s) });
      if (s.cursor) questionPrompt(t, s.cursor, false);
      return true;
    case 'back': {
      const prev = previousVisited(t.script, s);
      if (!prev) {
        notice(t, 'This is the first question; there is nothing to go back to.');
        showCurrent(t);
        return true;
      }
      s.cursor = prev;
      s.mode = { kind: 'asking' };
      questionPrompt(t, prev, false);
      return true;
    }
    case 'next': {
      if (s.cursor && s.cursor in s.answers) moveOn(t);
      else {
        notice(t, 'This question has no answer yet. Answer it, or `skip` it if it is optional.');
        showCurrent(t);
      }
      return true;
    }
    case 'skip': {
      const q = s.cursor ? t.script.byId.get(s.cursor) : undefined;
      if (!q) return false;
      if (q.required) {
        notice(t, `This question is required in this script, so it can't be skipped: the plan and the GP summary depend on it. If the person would rather not say, record that in their words.`, 'warning');
        questionPrompt(t, q.id, false);
        return true;
      }
      if (!s.skipped.includes(q.id)) s.skipped.push(q.id);
      delete s.answers[q.id];
      s.history.push({ questionId: q.id, action: 'skipped', at: t.ctx.now, activityId });
      t.events.push({ type: 'answer_skipped', questionId: q.id, activityId, at: t.ctx.now });
      moveOn(t);
      return true;
    }
    default:
      return false;
  }
}

function complete(t: Turn): void {
  const missing = missingRequired(t.script, t.state);
  if (missing.length > 0) {
    notice(t, `Some required questions still need an answer: ${missing.join(', ')}.`, 'warning');
    moveOn(t);
    return;
  }
  setStatus(t, 'completed');
  t.state.completedAt = t.ctx.now;
  t.state.cursor = null;
  t.prompts.push({ kind: 'completed', assessmentId: t.state.id });
}

function answer(t: Turn, q: ResolvedQuestion, parsed: ReturnType<typeof parseTypedAnswer>, activityId: string): void {
  if (!parsed.ok) {
    notice(t, parsed.message, 'warning');
    questionPrompt(t, q.id, false);
    return;
  }
  record(t, q, parsed.value, activityId);
  if (q.type === 'text' && checkRisk(t, String(parsed.value))) return;
  moveOn(t);
}

function inReview(t: Turn, input: EngineInput): void {
  const items = reviewItems(t.script, t.state);
  const index = input.kind === 'change' ? input.index : input.kind === 'text' && /^(change\s+)?\d+$/i.test(input.text.trim()) ? Number(input.text.replace(/\D/g, '')) : null;
  if (index !== null) {
    const item = items[index - 1];
    if (!item) {
      notice(t, `There is no answer number ${index}; choose 1–${items.length}.`, 'warning');
      return;
    }
    t.state.cursor = item.questionId;
    t.state.mode = { kind: 'asking' };
    questionPrompt(t, item.questionId, false);
    return;
  }
  notice(t, 'Type an answer\'s number to correct it, or `confirm` to complete the assessment.');
  t.prompts.push({ kind: 'review', items, missingRequired: missingRequired(t.script, t.state) });
}

/**
 * The assessment engine: a pure function of (script, state, input). It never throws for user
 * input; problems become a notice and the question again, with the state unchanged.
 */
export function advance(script: CompiledScript, state: AssessmentState, input: EngineInput, ctx: TurnContext): AdvanceResult {
  const t: Turn = { script, state: structuredClone(state), ctx, prompts: [], events: [] };
  step(t, input);
  const changed = t.events.length > 0 || JSON.stringify(t.state) !== JSON.stringify(state);
  if (changed) t.state.updatedAt = ctx.now;
  const position = t.state.cursor && t.state.status === 'active' ? positionOf(script, t.state.answers, t.state.cursor) : null;
  return { state: changed ? t.state : state, prompts: t.prompts, events: t.events, position };
}

function step(t: Turn, input: EngineInput): void {
  const s = t.state;
  const typed = input.kind === 'text' ? cleanText(input.text) : null;
  const literal = typed !== null ? unquoteLiteral(typed) : null;
  const command = input.kind === 'command' ? input.command : typed !== null && literal === null ? parseCommand(typed) : null;

  if (s.status === 'completed' || s.status === 'cancelled') {
    notice(t, `This assessment is ${s.status}. Type \`start\` to begin a new one.`);
    return;
  }
  if (s.status === 'paused') {
    if (command === 'resume') {
      setStatus(t, 'active');
      notice(t, `Resumed for ${s.patient.masked}.`);
      showCurrent(t);
    } else if (command === 'status' || command === 'help') runCommand(t, command, input.activityId);
    else notice(t, 'This assessment is paused. Type `resume` to carry on, or `start` for a new one.');
    return;
  }
  if (s.mode.kind === 'safeguarding') {
    if (input.kind === 'safeguarding_decision') return decide(t, input.decision, input.note);
    const m = typed ? /^(confirm|dismiss)\b[:\s-]*(.*)$/is.exec(typed) : null;
    if (m) return decide(t, m[1]!.toLowerCase() === 'confirm' ? 'confirmed' : 'dismissed', m[2] ?? '');
    if (typed && !command && checkRisk(t, typed)) return;
    notice(t, 'A safeguarding flag needs your decision first: `confirm <action taken>` or `dismiss <reason>`.', 'warning');
    safeguardingPrompt(t);
    return;
  }
  if (s.mode.kind === 'confirm_cancel') {
    if (command === 'yes' || command === 'confirm') {
      setStatus(t, 'cancelled');
      t.prompts.push({ kind: 'cancelled', assessmentId: s.id });
    } else if (command === 'no') {
      s.mode = s.cursor ? { kind: 'asking' } : { kind: 'review' };
      notice(t, 'Not cancelled. Carrying on.');
      showCurrent(t);
    } else notice(t, 'Please type `yes` to cancel the assessment (the record is kept) or `no` to carry on.', 'warning');
    return;
  }
  // yes / no are answers, not commands, outside the cancel confirmation.
  if (command && command !== 'yes' && command !== 'no' && command !== 'confirm' && runCommand(t, command, input.activityId)) return;
  if (s.mode.kind === 'review' || !s.cursor) {
    if (command === 'confirm') return complete(t);
    if (typed && checkRisk(t, typed)) return;
    return inReview(t, input);
  }
  const q = t.script.byId.get(s.cursor);
  if (!q) return notice(t, 'This question is no longer in the script.', 'error');
  if (input.kind === 'card') {
    if (input.questionId !== q.id) {
      notice(t, 'That card is from an earlier question, so nothing was changed. Here is the current question:', 'warning');
      questionPrompt(t, q.id, false);
      return;
    }
    return answer(t, q, parseCardValue(input.value, q), input.activityId);
  }
  if (input.kind === 'text') {
    const text = literal ?? typed ?? '';
    const parsed = parseTypedAnswer(text, q);
    // A message that is not a valid answer may still be a disclosure; it is checked all the same.
    if (!parsed.ok && checkRisk(t, text)) return;
    return answer(t, q, parsed, input.activityId);
  }
  notice(t, 'Type `confirm` at the end, when you have reviewed the answers.');
  showCurrent(t);
}
