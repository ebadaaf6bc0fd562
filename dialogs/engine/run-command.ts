import { HELP_TEXT } from './commands';
import { applicableQuestions, positionOf, previousVisited } from './navigation';
import { missingRequired, moveOn, notice, questionPrompt, reviewItems, setStatus, showCurrent, type Turn } from './turn';
import type { Command } from './types';

function statusText(t: Turn): string {
  const list = applicableQuestions(t.script, t.state.answers);
  const answered = list.filter((q) => q.id in t.state.answers).length;
  const skipped = list.filter((q) => t.state.skipped.includes(q.id)).length;
  const pos = t.state.cursor ? positionOf(t.script, t.state.answers, t.state.cursor) : null;
  const where = pos ? `${pos.sectionTitle}, question ${pos.index} of ${pos.count}` : 'reviewing the answers';
  return `Patient ${t.state.patient.masked} · ${where} · ${answered} answered, ${skipped} skipped, ${list.length - answered - skipped} to go (${t.state.status}).`;
}

/** Navigation and housekeeping commands; returns false when the command does not apply here. */
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

