import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LlmConfig } from './llm-config';

/**
 * The chat model for a configuration. Provider packages are imported only when that provider is
 * configured, so a deployment without an LLM never loads them. Temperature 0: drafts should be
 * as repeatable as the provider allows (the deterministic drafter is the repeatable one).
 * No retries inside the client: one attempt inside our own timeout, then the fallback.
 */
export async function createChatModel(config: LlmConfig): Promise<BaseChatModel> {
  switch (config.provider) {
    case 'openai': {
      const { ChatOpenAI } = await import('@langchain/openai');
      return new ChatOpenAI({
        apiKey: config.apiKey,
        model: config.model,
        temperature: 0,
        maxRetries: 0,
        timeout: config.timeoutMs,
        ...(config.baseUrl ? { configuration: { baseURL: config.baseUrl } } : {}),
      });
    }
    case 'azure-openai': {
      const { AzureChatOpenAI } = await import('@langchain/openai');
      return new AzureChatOpenAI({
        azureOpenAIApiKey: config.apiKey,
        azureOpenAIApiDeploymentName: config.deployment,
        azureOpenAIApiVersion: config.apiVersion,
        ...(config.instanceName ? { azureOpenAIApiInstanceName: config.instanceName } : {}),
        ...(config.endpoint ? { azureOpenAIEndpoint: config.endpoint } : {}),
        temperature: 0,
        maxRetries: 0,
        timeout: config.timeoutMs,
      });
    }
    case 'ollama': {
      const { ChatOllama } = await import('@langchain/ollama');
      return new ChatOllama({ model: config.model, baseUrl: config.baseUrl, temperature: 0, format: 'json' });
    }
  }
}
