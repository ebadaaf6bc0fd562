import { FakeListChatModel } from '@langchain/core/utils/testing';
import type { BaseMessage } from '@langchain/core/messages';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { draftPlanWithLlm } from '../../prompts/llm-drafter';
import { countMessageTokens, countPromptTokens, TOKENIZER } from '../../prompts/token-count';
import { summarise, type Summary } from '../stats';
import { draftInputFor } from './draft';

/**
 * Prompt size per plan on the LLM path (what a provider would bill for input), measured by
 * running the real LLM drafter against LangChain's FakeListChatModel and counting the messages
 * the model actually received (captured by a callback), with the project's tokenizer. Ordinary
 * people and "verbose" people (every free-text answer long — the clipping worst case) separately.
 */
export interface LlmResult {
  tokenizer: string;
  ordinary: { plans: number; tokens: Summary };
  verbose: { plans: number; tokens: Summary };
  /** The captured count agrees with prompts/token-count countPromptTokens for every plan. */
  agreesWithCountPromptTokens: boolean;
  /** The fake reply was accepted (drafter = llm) for this many plans: the path ran end to end. */
  llmDraftsUsed: number;
}

/** A reply in the drafter's format citing no service: valid for any input with goals. */
function fakeReply(goalCount: number): string {
  return JSON.stringify({
    narrative: 'A short draft.',
    goals: Array.from({ length: goalCount }, (_, i) => ({
      goal: i + 1,
      actions: [
        {
          what: 'Talk through options with the link worker',
          who: 'link_worker',
          serviceId: null,
          when: 'Next week',
          strategies: [],
          intention: 'I intend to talk through options with my link worker next week.',
          smallFirstStep: false,
        },
      ],
    })),
    barriers: [],
  });
}

async function promptTokens(people: readonly AssessmentState[], index: DirectoryIndex) {
  const counts: number[] = [];
  let agrees = true;
  let used = 0;
  for (const a of people) {
    const input = draftInputFor(a, index);
    const goals = Object.keys(a.answers).filter((k) => /^goal\.\d$/.test(k)).length;
    let captured: BaseMessage[] = [];
    const model = new FakeListChatModel({
      responses: [fakeReply(goals)],
      callbacks: [{ handleChatModelStart: (_llm, messages) => void (captured = messages[0] ?? []) }],
    });
    const plan = await draftPlanWithLlm(model, input, { timeoutMs: 5000 });
    if (plan.drafter === 'llm') used++;
    const n = countMessageTokens(captured);
    if (captured.length === 0 || n !== (await countPromptTokens(input))) agrees = false;
    counts.push(n);
  }
  return { counts, agrees, used };
}

export async function benchLlm(people: readonly AssessmentState[], verbosePeople: readonly AssessmentState[], index: DirectoryIndex): Promise<LlmResult> {
  const o = await promptTokens(people, index);
  const v = await promptTokens(verbosePeople, index);
  return {
    tokenizer: TOKENIZER,
    ordinary: { plans: people.length, tokens: summarise(o.counts) },
    verbose: { plans: verbosePeople.length, tokens: summarise(v.counts) },
    agreesWithCountPromptTokens: o.agrees && v.agrees,
    llmDraftsUsed: o.used + v.used,
  };
}
