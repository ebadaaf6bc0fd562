import { interpolate } from './navigation';
import { checkRisk } from './safeguarding-step';
import { ackAnswer } from './parse-answer';
import { moveOn, notice, questionPrompt, record, type Turn } from './turn';
import type { Command, Mode, PendingAnswer } from './types';

/**
 * Reading answers back in words. A suggestion ("Did you mean 'Often'?") and a fast entry are
 * both held in the mode, not in the answers, until the link worker says yes; then each is
 * recorded with what they typed, so the record shows the answer was confirmed, not guessed.
 */

const YES = /^(y|yes|yeah|yep|ok|okay|correct|right|that'?s right|yes please)[.!]?$/i;
const NO = /^(n|no|nope|wrong|not right)[.!]?$/i;

function described(t: Turn, entries: PendingAnswer[]) {
  return entries.flatMap((e) => {
    const q = t.script.byId.get(e.questionId);
    return q ? [{ questionId: q.id, text: interpolate(q.text, t.state.answers), answer: ackAnswer(e.value, q) }] : [];
  });
}

/** "Recorded: 3 — Moderately disagree" — every recorded answer is acknowledged in words. */
export function acknowledge(t: Turn, entries: PendingAnswer[]): void {
  const list = described(t, entries);
  if (list.length) t.prompts.push({ kind: 'recorded', entries: list });
}

export function askToConfirm(t: Turn, entries: PendingAnswer[], typed: string): void {
  t.state.mode = { kind: 'confirm_answers', entries, typed: typed.slice(0, 400) };
  t.prompts.push({ kind: 'confirm_answers', entries: described(t, entries), typed: typed.slice(0, 400), single: entries.length === 1 });
}

/**
 * Handles the reply to a read-back. Returns false when the message is neither yes nor no: the
 * read-back is then dropped (nothing was recorded) and the message is handled as usual, so a
 * corrected entry can simply be typed again.
 */
export function confirmPending(
  t: Turn,
  mode: Extract<Mode, { kind: 'confirm_answers' }>,
  command: Command | null,
  typed: string | null,
  activityId: string,
): boolean {
  const s = t.state;
  const yes = command === 'yes' || command === 'confirm' || (typed !== null && YES.test(typed));
  const no = command === 'no' || (typed !== null && NO.test(typed));
  s.mode = { kind: 'asking' };
  if (yes) {
    const recorded: PendingAnswer[] = [];
    for (const e of mode.entries) {
      const q = t.script.byId.get(e.questionId);
      if (!q) continue;
      record(t, q, e.value, activityId, { typed: mode.typed });
      recorded.push(e);
    }
    acknowledge(t, recorded);
    // A short code typed in a fast entry is words all the same: checked as any typed answer is.
    const words = recorded.filter((e) => t.script.byId.get(e.questionId)?.type === 'text').map((e) => String(e.value));
    if (words.length && checkRisk(t, words.join(' '))) return true;
    moveOn(t);
    return true;
  }
  if (no) {
    notice(t, 'Not recorded. Type the answer again.');
    if (s.cursor) questionPrompt(t, s.cursor, false);
    return true;
  }
  notice(t, 'The answers read back were not recorded.');
  return false;
}
