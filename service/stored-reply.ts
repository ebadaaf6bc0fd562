import type { CompiledScript } from '../dialogs/script/compile';
import type { AssessmentState } from '../dialogs/engine/types';
import type { ReplyItem, TurnReply } from './reply';

/**
 * How a turn's reply is kept for replay (a retried delivery must get exactly the same reply).
 * A question prompt carries its whole script question — text, options, conditions, instrument
 * citation, section intro: about half of a typical 2.2 KB stored reply. A published (or retired)
 * script version never changes, so the stored copy names the question instead, as
 * `{ scriptId, version, id }`, and replay puts the very same question object back.
 *
 * What it buys: about half the bytes of every stored reply — its JSON, its AES-GCM encryption and
 * its share of the write-ahead log — on every turn; replays (rare) look the question up again.
 *
 * A question is named only when it IS the object of a version the registry holds as immutable
 * (drafts are never cached there, so a preview's questions are stored whole), so the reference can
 * only ever expand to what was sent. Anything else is stored as it is, and replies stored whole
 * (before this, or not named) replay as they are.
 */
export interface ImmutableScripts {
  /** The compiled version, only if it is published or retired and already loaded (never a draft). */
  immutable(scriptId: string, version: number): CompiledScript | undefined;
  /** Loads any stored version (for a replay after a restart). */
  get(scriptId: string, version: number): Promise<CompiledScript>;
}

type QuestionItem = Extract<ReplyItem, { kind: 'question' }>;
/** A question item as stored: the question named, everything else as sent. */
type StoredQuestionItem = Omit<QuestionItem, 'question'> & { questionRef: { scriptId: string; version: number; id: string } };

/** The payload to store for `reply`; `assessment` is the one whose script the turn's questions come from. */
export function storedReplyPayload(reply: TurnReply, assessment: AssessmentState | null, scripts: ImmutableScripts): unknown {
  const script = assessment ? scripts.immutable(assessment.scriptId, assessment.scriptVersion) : undefined;
  if (!script || !assessment || !reply.items.some((item) => item.kind === 'question')) return reply;
  return {
    ...reply,
    items: reply.items.map((item) => {
      if (item.kind !== 'question' || script.byId.get(item.question.id) !== item.question) return item;
      const { question, ...rest } = item;
      const stored: StoredQuestionItem = { ...rest, questionRef: { scriptId: assessment.scriptId, version: assessment.scriptVersion, id: question.id } };
      return stored;
    }),
  };
}

/** The reply a stored payload stands for, exactly as it was first sent. */
export async function replayedReply(payload: unknown, scripts: ImmutableScripts): Promise<TurnReply> {
  const reply = payload as TurnReply;
  if (!reply?.items?.some((item) => isStoredQuestion(item))) return reply;
  const items: ReplyItem[] = [];
  for (const item of reply.items) {
    if (!isStoredQuestion(item)) {
      items.push(item);
      continue;
    }
    const { questionRef, ...rest } = item;
    const question = (await scripts.get(questionRef.scriptId, questionRef.version)).byId.get(questionRef.id);
    if (!question) throw new Error(`Stored reply names question ${questionRef.id} of ${questionRef.scriptId}@${questionRef.version}, which that version lacks`);
    items.push({ ...rest, question });
  }
  return { ...reply, items };
}

function isStoredQuestion(item: unknown): item is StoredQuestionItem {
  return (item as { kind?: unknown }).kind === 'question' && !('question' in (item as object)) && 'questionRef' in (item as object);
}
