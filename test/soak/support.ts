import { loadDefaultScript } from '../../dialogs/scripts/load';
import { typedAnswerFor } from '../helpers/default-answers';
import type { ActivityReply } from '../helpers/server-process';
import { askedQuestion } from '../reliability/support/drive';
import { seededRng } from '../../scripts/seeded-rng';
export { seededRng };

export const soakEnabled = process.env.WMA_SOAK === '1';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const script = loadDefaultScript();

/** What the client saw acknowledged: the answer it sent for a question, under which activity id. */
export interface Acknowledged {
  questionId: string;
  activityId: string;
  text: string;
}

/** The next message a scripted link worker sends, given the bot's last replies (null = at review). */
export function nextAnswer(replies: ActivityReply[]): { questionId: string; text: string } | null {
  const q = askedQuestion(replies);
  if (!q) return null;
  const question = script.questions.find((x) => x.id === q.questionId);
  if (!question) throw new Error(`unknown question ${q.questionId}`);
  return { questionId: q.questionId, text: typedAnswerFor(question) };
}
