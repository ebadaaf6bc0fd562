import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { draftPlan, wantsSupportedFirstAttendance, type DraftInput } from '../plans/draft-plan';
import type { Plan } from '../plans/model';
import { readPlanFacts } from '../plans/plan-input';
import { barrierKeys, buildPromptVariables, candidatesFor } from './llm-input';
import { LlmOutputError, mergeLlmPlan, parseModelJson, validateLlmPlan } from './llm-output';
import { planPromptTemplate } from './templates';

/**
 * The optional LLM drafter. It never fails: the rules draft is made first, and ANY problem with
 * the model — an error, a timeout, text that is not JSON, a reply that breaks the format, a
 * service that was not offered, contact details the directory did not supply — returns that
 * rules draft with a drafterNote saying why. The reason never quotes patient text.
 */
export type PlanDrafter = (input: DraftInput) => Promise<Plan>;

export interface LlmDrafterOptions {
  timeoutMs: number;
  /** Told the outcome, for metrics/logs; never given patient text. */
  onOutcome?: (o: { used: boolean; reason?: string }) => void;
}

export const deterministicDrafter: PlanDrafter = async (input) => draftPlan(input);

class TimeoutError extends Error {}

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError());
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function messageText(content: BaseMessage['content']): string {
  if (typeof content === 'string') return content;
  return content.map((part) => (typeof part === 'object' && part && 'text' in part && typeof part.text === 'string' ? part.text : '')).join('');
}

const fallback = (base: Plan, reason: string): Plan => ({ ...base, drafterNote: `AI draft not used: ${reason}. Drafted by rules instead.`.slice(0, 400) });

export async function draftPlanWithLlm(model: BaseChatModel, input: DraftInput, options: LlmDrafterOptions): Promise<Plan> {
  const base = draftPlan(input);
  const report = (used: boolean, reason?: string) => options.onOutcome?.({ used, ...(reason ? { reason } : {}) });
  if (base.goals.length === 0) {
    report(false, 'no goals');
    return base;
  }
  try {
    const vars = buildPromptVariables(input);
    const messages = await planPromptTemplate.formatMessages({ ...vars });
    const reply = await withTimeout((signal) => model.invoke(messages, { signal }), options.timeoutMs);
    const out = validateLlmPlan(parseModelJson(messageText(reply.content)));
    const facts = readPlanFacts(input.assessment);
    const keys = barrierKeys(facts).map((k) => k.key);
    const plan = mergeLlmPlan(base, out, {
      candidates: candidatesFor(input),
      barrierKeys: keys,
      supported: wantsSupportedFirstAttendance(facts, input.insight.supportStyle),
      personText: vars.personWords,
    });
    report(true);
    return plan;
  } catch (err) {
    const reason =
      err instanceof TimeoutError
        ? `no reply within ${Math.round(options.timeoutMs / 100) / 10} s`
        : err instanceof LlmOutputError
          ? err.message
          : 'the AI service returned an error';
    report(false, reason);
    return fallback(base, reason);
  }
}

export function createLlmDrafter(model: BaseChatModel, options: LlmDrafterOptions): PlanDrafter {
  return (input) => draftPlanWithLlm(model, input, options);
}
