import type { BaseMessage } from '@langchain/core/messages';
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import type { DraftInput } from '../plans/draft-plan';
import { buildPromptVariables } from './llm-input';
import { planPromptTemplate } from './templates';

/**
 * Prompt size per plan, for the benchmark (target ≤ 3,000 tokens). Counted with a real BPE
 * tokenizer: js-tiktoken's o200k_base ranks, the encoding of the GPT-4o family, bundled locally
 * (no network). Other providers' tokenizers differ by some percent; Ollama models more so. Each
 * chat message adds ~4 tokens of framing, as OpenAI's counting guide describes.
 */
export const TOKENIZER = 'o200k_base (js-tiktoken), +4 tokens per message';
const PER_MESSAGE = 4;

let encoder: Tiktoken | null = null;
const enc = () => (encoder ??= new Tiktoken(o200kBase));

export function countTextTokens(text: string): number {
  return enc().encode(text).length;
}

export function countMessageTokens(messages: readonly BaseMessage[]): number {
  return messages.reduce((n, m) => n + PER_MESSAGE + countTextTokens(typeof m.content === 'string' ? m.content : JSON.stringify(m.content)), 0);
}

/** The exact messages the LLM drafter would send for this input, counted. */
export async function countPromptTokens(input: DraftInput): Promise<number> {
  const messages = await planPromptTemplate.formatMessages({ ...buildPromptVariables(input) });
  return countMessageTokens(messages);
}
