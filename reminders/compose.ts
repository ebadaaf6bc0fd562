import type { AssessmentState } from '../dialogs/engine/types';
import { attendanceItems } from '../service/features/attendance';
import type { ReplyItem, TurnReply } from '../service/reply';
import type { OutboxRow } from '../store/types';

/**
 * The words of a reminder, composed when it is sent from the assessment as it is then — so the
 * outbox holds ids only, and a reminder never says more than the chat would. The person is named
 * only by the masked reference the product shows everywhere (`*** *** 5919`).
 */
const note = (text: string): ReplyItem => ({ kind: 'notice', text, tone: 'info' });

export function composeReminder(row: OutboxRow, a: AssessmentState, now: string): TurnReply | null {
  const who = a.patient.masked;
  const open = `Type \`open ${who}\` to see their plan.`;
  let items: ReplyItem[];
  switch (row.kind) {
    case 'review_due':
      items = [note(`⏰ Review due today (${row.dueDate}) for ${who}. ${open} Then \`review\` starts the review.`)];
      break;
    case 'follow_up_due':
      items = [note(`⏰ Follow-up agreed for today (${row.dueDate}) with ${who}. ${open}`)];
      break;
    case 'session_cap_near':
      items = [
        note(`⏰ ${who} has one session left before the cap (${row.subject?.replace('of', ' of ') ?? ''} used): plan the review at the next contact. ${open}`),
      ];
      break;
    case 'attendance_check': {
      const ask = attendanceItems(a, now).filter(
        (i) => i.kind !== 'feature' || i.feature !== 'attendance' || i.data.questions.some((q) => `${q.link}:${q.serviceId}` === row.subject),
      );
      if (!ask.length) return null;
      items = [note(`⏰ A first session has passed for ${who}.`), ...ask];
      break;
    }
    default:
      return null;
  }
  return { items, position: null, patient: who, assessmentId: a.id };
}
