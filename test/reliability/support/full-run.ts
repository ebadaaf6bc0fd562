import { TYPED_ANSWERS, typedAnswerFor } from '../../helpers/default-answers';
import { loadDefaultScript } from '../../../dialogs/scripts/load';
import type { ActivityReply } from '../../helpers/server-process';
import { askedQuestion, replyText } from './drive';

const script = loadDefaultScript();

/** Free-text answers of the fixture: what must never appear in a log or in the database file. */
export function patientTexts(): string[] {
  const textIds = new Set(script.questions.filter((q) => q.type === 'text').map((q) => q.id));
  return Object.entries(TYPED_ANSWERS)
    .filter(([id, v]) => textIds.has(id) && v.length >= 12)
    .map(([, v]) => v);
}

/**
 * Answers the whole default script through any `send` (handler or HTTP), then confirms.
 * Returns how many answers were given and the assessment id.
 */
export async function runFullAssessment(send: (text: string) => Promise<ActivityReply[]>, patient: string): Promise<{ answers: number; assessmentId: string }> {
  let replies = await send(`start ${patient}`);
  const first = askedQuestion(replies);
  if (!first) throw new Error(`start did not ask a question:\n${replyText(replies)}`);
  let answers = 0;
  for (let q: ReturnType<typeof askedQuestion> = first; q; q = askedQuestion(replies)) {
    const question = script.questions.find((x) => x.id === q.questionId);
    if (!question) throw new Error(`unknown question ${q.questionId}`);
    replies = await send(typedAnswerFor(question));
    answers++;
    if (answers > 150) throw new Error('the script did not end');
  }
  replies = await send('confirm');
  if (!/Assessment complete/.test(replyText(replies))) throw new Error(`not completed:\n${replyText(replies)}`);
  return { answers, assessmentId: first.assessmentId };
}
