import type { ActivityReply } from '../../helpers/server-process';

/** The question a reply is asking, read from the answer card's submit data (not from wording). */
export function askedQuestion(replies: ActivityReply[]): { questionId: string; assessmentId: string } | null {
  let found: { questionId: string; assessmentId: string } | null = null;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.wma === 'answer' && typeof o.questionId === 'string' && typeof o.assessmentId === 'string') {
      found = { questionId: o.questionId, assessmentId: o.assessmentId };
      return;
    }
    for (const v of Object.values(o)) visit(v);
  };
  // The last card is the current question; earlier ones may be a review or safeguarding card.
  for (const r of [...replies].reverse()) for (const a of r.attachments ?? []) visit(a.content);
  return found;
}

export const replyText = (replies: ActivityReply[]): string => replies.map((r) => r.text ?? r.summary ?? '').join('\n');

/** Valid NHS numbers (Modulus 11), generated so every conversation has its own patient. */
export function nhsNumber(seed: number): string {
  for (let n = seed; ; n++) {
    const nine = String(100_000_000 + (n % 800_000_000)).padStart(9, '0');
    const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${nine}${check === 11 ? 0 : check}`;
  }
}
