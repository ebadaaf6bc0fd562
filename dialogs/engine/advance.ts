import type { CompiledScript, ResolvedQuestion } from '../script/compile';
import { parseCommand, unquoteLiteral } from './commands';
import { cleanText, parseCardValue, parseTypedAnswer } from './parse-answer';
import { runCommand } from './run-command';
import { RISK_STATUS_ID } from '../script/compile';
import { checkRisk, concernLabels, decide, safeguardingPrompt, typedCheckIn } from './safeguarding-step';
import { append, missingRequired, moveOn, notice, questionPrompt, record, reviewItems, setStatus, showCurrent, workingCopy, type Turn } from './turn';
import { positionOf } from './navigation';
import { acknowledge, askToConfirm, confirmPending } from './confirm-answers';
import { readFastEntry, splitAnswers } from './fast-entry';
import type { AdvanceResult, AssessmentState, EngineInput, TurnContext } from './types';

function complete(t: Turn): void {
  const missing = missingRequired(t.script, t.state);
  if (missing.length > 0) {
    notice(t, `Some required questions still need an answer: ${missing.map((m) => `“${m}”`).join(', ')}.`, 'warning');
    moveOn(t);
    return;
  }
  setStatus(t, 'completed');
  t.state.completedAt = t.ctx.now;
  t.state.cursor = null;
  t.prompts.push({ kind: 'completed', assessmentId: t.state.id });
}

function answer(t: Turn, q: ResolvedQuestion, parsed: ReturnType<typeof parseTypedAnswer>, activityId: string, typed?: string): void {
  if (!parsed.ok && parsed.suggestion !== undefined && typed !== undefined) {
    // Not clearly one option: read the likely one back and record it only on `yes`.
    return askToConfirm(t, [{ questionId: q.id, value: parsed.suggestion }], typed);
  }
  if (!parsed.ok) {
    notice(t, parsed.message, 'warning');
    questionPrompt(t, q.id, false);
    return;
  }
  // "No known risks" right after a confirmed concern is challenged: it needs an explicit override.
  if (q.id === RISK_STATUS_ID && parsed.value === 'no_known_risks' && concernLabels(t).length > 0) {
    t.state.mode = { kind: 'risk_override', questionId: q.id, activityId };
    riskOverridePrompt(t);
    return;
  }
  record(t, q, parsed.value, activityId);
  acknowledge(t, [{ questionId: q.id, value: parsed.value }]);
  if (q.type === 'text' && checkRisk(t, String(parsed.value))) return;
  moveOn(t);
}

function riskOverridePrompt(t: Turn): void {
  const concerns = [...new Set(t.state.safeguarding.filter((c) => c.decision === 'confirmed').flatMap((c) => c.categories))];
  t.prompts.push({ kind: 'risk_override', concerns, questionId: RISK_STATUS_ID });
  questionPrompt(t, RISK_STATUS_ID, false);
}

/** `override <reason>` records "No known risks" despite a confirmed concern, with who, when and why. */
function override(t: Turn, reason: string): void {
  const mode = t.state.mode;
  const q = t.script.byId.get(RISK_STATUS_ID);
  if (mode.kind !== 'risk_override' || !q) return;
  const clean = cleanText(reason);
  if (!clean) {
    notice(t, 'Please give the reason, e.g. `override Concern was about a past episode, now resolved with the GP`.', 'warning');
    riskOverridePrompt(t);
    return;
  }
  const concerns = [...new Set(t.state.safeguarding.filter((c) => c.decision === 'confirmed').flatMap((c) => c.categories))];
  t.state.riskOverrides = append(t.state.riskOverrides, { reason: clean, concerns, at: t.ctx.now, by: t.ctx.actor });
  t.events.push({ type: 'risk_override_recorded', concerns, at: t.ctx.now });
  t.state.mode = { kind: 'asking' };
  record(t, q, 'no_known_risks', mode.activityId);
  notice(t, '"No known risks" recorded with your override reason.');
  moveOn(t);
}

function inReview(t: Turn, input: EngineInput): void {
  const items = reviewItems(t.script, t.state);
  const index =
    input.kind === 'change'
      ? input.index
      : input.kind === 'text' && /^(change\s+)?\d+$/i.test(input.text.trim())
        ? Number(input.text.replace(/\D/g, ''))
        : null;
  if (index !== null) {
    const item = items[index - 1];
    if (!item) {
      notice(t, `There is no answer number ${index}; choose 1–${items.length}.`, 'warning');
      return;
    }
    t.state.cursor = item.questionId;
    t.state.mode = { kind: 'asking' };
    notice(t, `Changing answer ${index} (${item.sectionTitle}): type the new answer, or \`next\` to keep ${item.skipped ? 'it skipped' : 'it'}.`);
    questionPrompt(t, item.questionId, false);
    return;
  }
  notice(t, "Type an answer's number to correct it, or `confirm` to complete the assessment.");
  t.prompts.push({ kind: 'review', items, missingRequired: missingRequired(t.script, t.state) });
}

/**
 * The assessment engine: a pure function of (script, state, input). It never throws for user
 * input; problems become a notice and the question again, with the state unchanged.
 */
export function advance(script: CompiledScript, state: AssessmentState, input: EngineInput, ctx: TurnContext): AdvanceResult {
  const t: Turn = {
    script,
    state: workingCopy(state),
    ctx,
    prompts: [],
    events: [],
    ...(input.kind === 'text' && input.secondOpinion ? { secondOpinion: input.secondOpinion } : {}),
  };
  step(t, input);
  // Every durable change emits an event; cursor and mode are the only silent ones (navigation).
  const changed =
    t.events.length > 0 || t.state.cursor !== state.cursor || t.state.mode.kind !== state.mode.kind || t.state.history.length !== state.history.length;
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
    const found = typed ? typedCheckIn(typed) : null;
    if (found) return decide(t, found.decision, found.note);
    if (typed && !command && checkRisk(t, typed)) return;
    notice(t, 'A safeguarding flag needs your decision first: `confirm` followed by the action taken, or `dismiss` followed by the reason.', 'warning');
    safeguardingPrompt(t);
    return;
  }
  if (s.mode.kind === 'risk_override') {
    const m = typed ? /^override\b[:\s-]*(.*)$/is.exec(typed) : null;
    if (m) return override(t, m[1] ?? '');
    // Anything else (another answer, a command) carries on as usual; "No known risks" again is challenged again.
    s.mode = { kind: 'asking' };
  }
  if (s.mode.kind === 'confirm_answers' && confirmPending(t, s.mode, command, typed, input.activityId)) return;
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
  // While correcting an answered question, `confirm` keeps it and goes back towards the review.
  if (command === 'confirm' && s.mode.kind === 'asking' && s.cursor && s.cursor in s.answers) {
    runCommand(t, 'next', input.activityId);
    return;
  }
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
    // Several answers in one message (a whole instrument section): read back, then `yes`.
    const parts = literal === null && q.type !== 'text' && !(q.id in s.answers) ? splitAnswers(text, q) : null;
    if (parts && parts.length > 1) {
      const fast = readFastEntry(t.script, s, parts);
      if (fast.ok) return askToConfirm(t, fast.entries, text);
      if (checkRisk(t, text)) return;
      notice(t, fast.message, 'warning');
      return questionPrompt(t, q.id, false);
    }
    const parsed = parseTypedAnswer(text, q);
    // A message that is not a valid answer may still be a disclosure; it is checked all the same.
    if (!parsed.ok && checkRisk(t, text)) return;
    return answer(t, q, parsed, input.activityId, text);
  }
  notice(t, 'Type `confirm` at the end, when you have reviewed the answers.');
  showCurrent(t);
}
