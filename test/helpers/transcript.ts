import { loadDefaultScript } from '../../dialogs/scripts/load';
import { readStoredPlan } from '../../service/features/plan';
import { texts, type Harness } from './bot-harness';
import { typedAnswerFor } from './default-answers';

/**
 * Driving a whole assessment through the real handler, as the plan transcript tests do: each
 * question the default script asks is answered with the test's override for its id, else the
 * typed default, until the review card. One copy, so every transcript answers the same way.
 */
const script = loadDefaultScript();

/** The question a reply asks, by the start of its text after " — ". */
export const questionIn = (reply: string) => script.questions.find((x) => reply.includes(` — ${x.text.split('{')[0]!.slice(0, 30)}`));

/** Answers until the review (or until `stopAt` is asked, returning that reply); `from` continues from a reply already had. */
export async function answerUntil(h: Harness, overrides: Record<string, string>, stopAt?: string, from?: string): Promise<string> {
  let reply = from ?? texts(await h.say('start 9434765919'));
  for (let i = 0; i < 120 && !/^Review —/m.test(reply); i++) {
    const q = questionIn(reply);
    if (!q) throw new Error(`unknown question in: ${reply}`);
    if (q.id === stopAt) return reply;
    reply = texts(await h.say(overrides[q.id] ?? typedAnswerFor(q)));
  }
  return reply;
}

/** The plan stored for the harness's link worker's (first) assessment. */
export async function storedPlan(h: Harness) {
  const [a] = await h.store.listAssessments({ owner: 'aad-lw-1' });
  const p = readStoredPlan(a!);
  if (p.kind !== 'ok') throw new Error('no plan');
  return p.plan;
}
