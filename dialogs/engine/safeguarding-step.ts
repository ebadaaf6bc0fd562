import { checkInQuestion, confirmedCategories, contactsFor, detectRisks, gradeFlags, NO_RISK_FOUND_NOTE } from '../safeguarding';
import { RISK_CATEGORIES } from '../vocabulary';
import { cleanText } from './parse-answer';
import { append, notice, showCurrent, type Turn } from './turn';
import type { SafeguardingFlag } from './types';
import { QUESTION } from '../question-ids';

/** The link worker's own statement of the risks (the locked Risks section). */
const OWN_RISK_STATEMENT = QUESTION.riskDetails;

/**
 * Every free-text answer and typed message is checked; a flag interrupts before anything else.
 * Clear risk → the crisis card; possible or denied risk → the lighter check-in card. Both are
 * safeguarding flags, both recorded. A second opinion's flags are added, never subtracted.
 */
export function checkRisk(t: Turn, text: string): boolean {
  const rules: SafeguardingFlag[] = detectRisks(text, { localPhrases: t.script.script.safeguarding.localPhrases }).map((f) => ({
    category: f.category,
    matched: f.matched,
    kind: f.kind,
    severity: f.severity,
  }));
  // A second opinion adds what no rule flagged, and takes the place of the learned layer's
  // 'possible' flag for the same category (it may see a clear risk there).
  const seen = new Set(rules.filter((f) => f.kind !== 'learned').map((f) => f.category));
  const raised = (t.secondOpinion ?? []).filter((f) => !seen.has(f.category));
  const replaced = new Set(raised.map((f) => f.category));
  let flags = [...rules.filter((f) => !replaced.has(f.category)), ...raised];
  // The link worker recording a concern already confirmed in this assessment is not a new
  // disclosure: re-flagging it would only ask them to confirm their own note.
  if (t.state.cursor === OWN_RISK_STATEMENT) {
    const known = new Set(confirmedCategories(t.state.safeguarding));
    flags = flags.filter((f) => !known.has(f.category));
  }
  if (flags.length === 0) return false;
  const response = gradeFlags(flags.map((f) => ({ severity: f.severity ?? 'clear' }))) === 'clear' ? 'crisis' : 'check_in';
  const categories = flags.map((f) => f.category);
  t.state.mode = { kind: 'safeguarding', flags, quote: text, questionId: t.state.cursor, flaggedAt: t.ctx.now, response };
  t.events.push({
    type: 'safeguarding_flagged',
    categories,
    questionId: t.state.cursor,
    response,
    source: raised.length && !rules.length ? 'second_opinion' : 'rules',
    at: t.ctx.now,
  });
  safeguardingPrompt(t);
  return true;
}

export function safeguardingPrompt(t: Turn): void {
  const mode = t.state.mode;
  if (mode.kind !== 'safeguarding') return;
  const s = t.script.script.safeguarding;
  const categories = mode.flags.map((f) => f.category);
  const checkIn = mode.response === 'check_in';
  t.prompts.push({
    kind: 'safeguarding',
    response: checkIn ? 'check_in' : 'crisis',
    flags: mode.flags,
    quote: mode.quote,
    escalationSteps: s.escalationSteps,
    contacts: contactsFor(categories, s.localContacts),
    ...(checkIn ? { suggestedQuestion: checkInQuestion(categories) } : {}),
  });
}

/** `escalate` on a check-in: the person disclosed a risk, so the full crisis card follows. */
function escalate(t: Turn): void {
  const mode = t.state.mode;
  if (mode.kind !== 'safeguarding') return;
  if (mode.response !== 'check_in') {
    notice(t, 'This is already the full safeguarding card: `confirm <action taken>` or `dismiss <reason>`.', 'warning');
  } else {
    t.state.mode = { ...mode, response: 'check_in_escalated' };
    t.events.push({ type: 'safeguarding_escalated', categories: mode.flags.map((f) => f.category), at: t.ctx.now });
    notice(t, 'Treating this as a clear risk. Follow your local escalation steps, then record the action you took.', 'warning');
  }
  safeguardingPrompt(t);
}

export function decide(t: Turn, decision: 'confirmed' | 'dismissed' | 'escalate', note: string): void {
  const mode = t.state.mode;
  if (mode.kind !== 'safeguarding') return;
  if (decision === 'escalate') return escalate(t);
  const clean = cleanText(note);
  if (!clean) {
    notice(
      t,
      decision === 'confirmed'
        ? 'Please record the action you took, e.g. `confirm Called duty GP, agreed safety plan`.'
        : 'Please record why you are dismissing it, e.g. `dismiss Talking about a film`.',
      'warning',
    );
    safeguardingPrompt(t);
    return;
  }
  const categories = mode.flags.map((f) => f.category);
  const response = mode.response ?? 'crisis';
  t.state.safeguarding = append(t.state.safeguarding, {
    categories,
    quote: mode.quote,
    questionId: mode.questionId,
    flaggedAt: mode.flaggedAt,
    decision,
    note: clean,
    decidedAt: t.ctx.now,
    decidedBy: t.ctx.actor,
    response,
  });
  t.events.push({ type: 'safeguarding_decided', decision, categories, at: t.ctx.now });
  const found = clean === NO_RISK_FOUND_NOTE ? 'Check-in recorded: no current risk found.' : null;
  notice(
    t,
    decision === 'confirmed'
      ? 'Safeguarding concern recorded with your action. Consider flagging the case for supervision: `supervision <private note>`. Resuming where you were.'
      : `${found ?? 'Flag dismissed; your reason is recorded.'} Resuming where you were.`,
  );
  t.state.mode = t.state.cursor ? { kind: 'asking' } : { kind: 'review' };
  const current = t.state.cursor ? t.state.answers[t.state.cursor] : undefined;
  if (current) notice(t, 'The answer that raised the flag is recorded. Type `next` to keep it, or answer again to change it.');
  showCurrent(t);
}

/** Typed forms of the check-in card's one-tap findings. */
export function typedCheckIn(text: string): { decision: 'dismissed' | 'escalate'; note: string } | null {
  if (/^(?:no risk(?: found)?|safe|checked(?: in)?:? no risk)$/i.test(text)) return { decision: 'dismissed', note: NO_RISK_FOUND_NOTE };
  if (/^(?:escalate|risk found)$/i.test(text)) return { decision: 'escalate', note: '' };
  return null;
}

/** Labels of confirmed concerns, for the "No known risks" challenge. */
export function concernLabels(t: Turn): string[] {
  return confirmedCategories(t.state.safeguarding).map((c) => RISK_CATEGORIES[c]);
}
