import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { parseCommand } from '../dialogs/engine/commands';
import type { AssessmentState, EngineInput, SafeguardingFlag } from '../dialogs/engine/types';
import { detectRisks } from '../dialogs/safeguarding';

/**
 * The optional LLM second opinion on safeguarding (issue 16). When an LLM is configured, a free
 * text the rules did not flag is also classified by the model, pseudonymised, within a strict
 * time budget. It can only RAISE a flag: its flags are added to the text input and the engine
 * raises them as it would the rules' (the link worker confirms or dismisses). On a timeout, an
 * error or a reply in the wrong format the rules stand and the turn goes on. Logs never carry text.
 */
export interface SecondOpinion {
  review(input: EngineInput, state: AssessmentState): Promise<EngineInput>;
}

export type SecondOpinionOutcome = 'skipped' | 'no_risk' | 'raised' | 'timeout' | 'error';

export interface SecondOpinionOptions {
  /** Whole budget for the model call. Default 4 s: with load, save and reply the turn stays far inside Teams' 15 s. */
  budgetMs?: number;
  onOutcome?: (o: { outcome: SecondOpinionOutcome; ms: number; categories?: string[] }) => void;
}

export const DEFAULT_BUDGET_MS = 4_000;
/** Short answers ("3", "yes", "strongly agree") carry no disclosure the rules could miss. */
const MIN_WORDS = 3;

class BudgetExceeded extends Error {}

function worthAsking(input: EngineInput, state: AssessmentState): input is Extract<EngineInput, { kind: 'text' }> {
  if (input.kind !== 'text') return false;
  // A pending flag is being decided; the reply is a decision, not a disclosure.
  if (state.mode.kind === 'safeguarding') return false;
  const text = input.text.trim();
  if (text.split(/\s+/).length < MIN_WORDS || parseCommand(text)) return false;
  // Asked whenever no RULE flagged it: the learned layer's 'possible' flag may be a clear risk the model sees.
  return detectRisks(text, { learned: false }).length === 0;
}

function replyText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === 'object' && 'text' in p && typeof p.text === 'string' ? p.text : '')).join('');
  return '';
}

export function createSecondOpinion(model: BaseChatModel, options: SecondOpinionOptions = {}): SecondOpinion {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const report = options.onOutcome ?? (() => undefined);
  return {
    async review(input, state) {
      if (!worthAsking(input, state)) return input;
      const started = performance.now();
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const budget = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new BudgetExceeded());
        }, budgetMs);
      });
      try {
        // LangChain loads only when a model is configured (the app starts without it otherwise).
        const { parseSecondOpinion, safeguardingMessages } = await import('../prompts/safeguarding-prompt');
        const messages = await safeguardingMessages(input.text);
        const reply = await Promise.race([model.invoke(messages, { signal: controller.signal }), budget]);
        const risks = parseSecondOpinion(replyText((reply as { content: unknown }).content));
        const ms = performance.now() - started;
        if (risks.length === 0) {
          report({ outcome: 'no_risk', ms });
          return input;
        }
        const flags: SafeguardingFlag[] = risks.map((r) => ({
          category: r.category,
          matched: '(AI second opinion)',
          kind: 'second_opinion',
          severity: r.severity,
        }));
        report({ outcome: 'raised', ms, categories: flags.map((f) => f.category) });
        return { ...input, secondOpinion: flags };
      } catch (err) {
        report({ outcome: err instanceof BudgetExceeded ? 'timeout' : 'error', ms: performance.now() - started });
        return input;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * From the drafter's LLM settings (prompts/llm-config.ts): off when no provider is configured.
 * WMA_SAFEGUARDING_LLM_BUDGET_MS (250–8000, default 4000) bounds the call.
 */
export async function createSecondOpinionFromEnv(options: {
  env?: NodeJS.ProcessEnv;
  logger: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}): Promise<SecondOpinion | undefined> {
  const env = options.env ?? process.env;
  const { loadLlmConfig } = await import('../prompts/llm-config');
  const llm = loadLlmConfig(env);
  if (!llm) {
    options.logger.info({ secondOpinion: 'off' }, 'Safeguarding second opinion off (no WMA_LLM_PROVIDER): the rules alone check risk');
    return undefined;
  }
  const raw = Number(env.WMA_SAFEGUARDING_LLM_BUDGET_MS ?? DEFAULT_BUDGET_MS);
  if (!Number.isInteger(raw) || raw < 250 || raw > 8_000)
    throw new Error('WMA_SAFEGUARDING_LLM_BUDGET_MS: expected a whole number of milliseconds from 250 to 8000');
  const { createChatModel } = await import('../prompts/llm-provider');
  options.logger.info(
    { secondOpinion: llm.provider, budgetMs: raw },
    `Safeguarding second opinion on (${llm.provider}, ${raw} ms budget): it can only add flags`,
  );
  return createSecondOpinion(await createChatModel({ ...llm, timeoutMs: raw }), {
    budgetMs: raw,
    onOutcome: (o) =>
      (o.outcome === 'timeout' || o.outcome === 'error' ? options.logger.warn : options.logger.info)(
        { secondOpinion: o.outcome, ms: Math.round(o.ms), ...(o.categories ? { categories: o.categories } : {}) },
        'safeguarding second opinion',
      ),
  });
}
