import { contactsFor, detectRisks } from '../safeguarding';
import { cleanText } from './parse-answer';
import { notice, showCurrent, type Turn } from './turn';

/** Every free-text answer and typed message is checked; a flag interrupts before anything else. */
export function checkRisk(t: Turn, text: string): boolean {
  const flags = detectRisks(text, { localPhrases: t.script.script.safeguarding.localPhrases });
  if (flags.length === 0) return false;
  const categories = flags.map((f) => f.category);
  t.state.mode = { kind: 'safeguarding', flags: flags.map((f) => ({ category: f.category, matched: f.matched, kind: f.kind })), quote: text, questionId: t.state.cursor, flaggedAt: t.ctx.now };
  t.events.push({ type: 'safeguarding_flagged', categories, questionId: t.state.cursor, at: t.ctx.now });
  safeguardingPrompt(t);
  return true;
}

export function safeguardingPrompt(t: Turn): void {
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

export function decide(t: Turn, decision: 'confirmed' | 'dismissed', note: string): void {
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

