import { loadDefaultScript } from '../../dialogs/scripts/load';
import { typedAnswerFor } from '../helpers/default-answers';
import type { ActivityReply } from '../helpers/server-process';
import { askedQuestion } from '../reliability/support/drive';

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same run plan. */
export function seededRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
