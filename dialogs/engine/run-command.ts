import { HELP_TEXT } from './commands';
import { applicableQuestions, firstPending, interpolate, positionOf, previousVisited } from './navigation';
import { ackAnswer } from './parse-answer';
import { append, appendLine, missingRequired, moveOn, notice, questionPrompt, reviewItems, setAnswer, setStatus, showCurrent, type Turn } from './turn';
import type { Command } from './types';

function statusText(t: Turn): string {
  const list = applicableQuestions(t.script, t.state.answers);
  const answered = list.filter((q) => q.id in t.state.answers).length;
  const skipped = list.filter((q) => t.state.skipped.includes(q.id)).length;
  const pos = t.state.cursor ? positionOf(t.script, t.state.answers, t.state.cursor) : null;
  const where = pos ? `${pos.sectionTitle}, question ${pos.index} of ${pos.count}` : 'reviewing the answers';
  return `Patient ${t.state.patient.masked} · ${where} · ${answered} answered, ${skipped} skipped, ${list.length - answered - skipped} to go (${t.state.status}).`;
}

/** A question as an acknowledgement names it: its wording, clipped, so the line stays one line. */
function named(t: Turn, id: string): string {
  const q = t.script.byId.get(id);
  const text = q ? interpolate(q.text, t.state.answers) : id;
  return `“${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`;
}

function skipOne(t: Turn, id: string, activityId: string): void {
  const s = t.state;
  if (!s.skipped.includes(id)) s.skipped = append(s.skipped, id);
  if (id in s.answers) setAnswer(t, id, undefined);
  s.history = appendLine(s.history, { questionId: id, action: 'skipped', at: t.ctx.now, activityId });
  t.events.push({ type: 'answer_skipped', questionId: id, activityId, at: t.ctx.now });
}

/**
 * `skip section`: the optional questions from here to the next required one (or the section's
 * end), each skipped and recorded as `skip` would, in one message — "About you" is three optional
 * questions a person often declines together. A required question is never skipped: the run
 * stops before it, and at a required question nothing is skipped. Nor are validated-instrument
 * items: each is declined on its own (`skip`), since a gap leaves its score "not scored".
 */
function skipSection(t: Turn, activityId: string): boolean {
  const s = t.state;
  const first = s.cursor ? t.script.byId.get(s.cursor) : undefined;
  if (!first) return false;
  if (first.required || first.instrument) {
    const why = first.required
      ? 'This question is required'
      : `“${first.instrument!.name}” is a validated instrument: its items are skipped one at a time with \`skip\``;
    notice(t, `${why}, so nothing was skipped. \`skip section\` skips the optional questions that follow in a section.`, 'warning');
    questionPrompt(t, first.id, false);
    return true;
  }
  const done: string[] = [];
  for (let id: string | null = first.id; id; id = firstPending(t.script, s)) {
    const q = t.script.byId.get(id);
    if (!q || q.sectionId !== first.sectionId || q.required || q.instrument) break;
    skipOne(t, id, activityId);
    done.push(id);
  }
  const list = done.map((id) => named(t, id)).join(', ');
  notice(t, `Skipped ${done.length} optional question${done.length === 1 ? '' : 's'} in “${first.sectionTitle}”: ${list}. \`back\` returns to them.`);
  moveOn(t);
  return true;
}

/**
 * Navigation and housekeeping commands; returns false when the command does not apply here.
 * Every one says what it did ("Kept: …", "Skipped: …", "Back to …"): the card that follows
 * shows only where the link worker is now, not how they got there.
 */
export function runCommand(t: Turn, command: Command, activityId: string): boolean {
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
      notice(
        t,
        `Cancel the assessment for ${s.patient.masked}? The record is kept, marked cancelled. Type \`yes\` to cancel or \`no\` to carry on.`,
        'warning',
      );
      return true;
    case 'answers':
      notice(t, s.cursor ? 'Here is everything recorded so far; the question you were on follows.' : 'Here is everything recorded so far.');
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
      const was = s.answers[prev];
      const q = t.script.byId.get(prev);
      notice(
        t,
        was && q
          ? `Back to ${named(t, prev)} — answered ${ackAnswer(was.value, q)}. Type a new answer to change it (both are kept), or \`next\` to keep it.`
          : `Back to ${named(t, prev)} — skipped. Answer it now, or \`next\` to leave it skipped.`,
      );
      questionPrompt(t, prev, false);
      return true;
    }
    case 'next': {
      const q = s.cursor ? t.script.byId.get(s.cursor) : undefined;
      const kept = s.cursor ? s.answers[s.cursor] : undefined;
      if (q && kept) {
        notice(t, `Kept: ${ackAnswer(kept.value, q)} — moving on.`);
        moveOn(t);
      } else if (q && s.skipped.includes(q.id)) {
        notice(t, `Left skipped: ${named(t, q.id)} — moving on.`);
        moveOn(t);
      } else {
        notice(t, 'This question has no answer yet. Answer it, or `skip` it if it is optional.');
        showCurrent(t);
      }
      return true;
    }
    case 'skip_section':
      return skipSection(t, activityId);
    case 'skip': {
      const q = s.cursor ? t.script.byId.get(s.cursor) : undefined;
      if (!q) return false;
      if (q.required) {
        notice(
          t,
          `This question is required in this script, so it can't be skipped: the plan and the GP summary depend on it. If the person would rather not say, record that in their words.`,
          'warning',
        );
        questionPrompt(t, q.id, false);
        return true;
      }
      skipOne(t, q.id, activityId);
      notice(t, `Skipped: ${named(t, q.id)}. \`back\` returns to it.`);
      moveOn(t);
      return true;
    }
    default:
      return false;
  }
}
