import { describe, expect, it } from 'vitest';
import { describeLlmConfig, loadLlmConfig } from '../../prompts/llm-config';
import { pseudonymiseText } from '../../prompts/pseudonymise';

describe('LLM configuration from the environment', () => {
  it('is off unless a provider is named', () => {
    expect(loadLlmConfig({})).toBeNull();
    expect(loadLlmConfig({ WMA_LLM_PROVIDER: '' })).toBeNull();
    expect(describeLlmConfig(null)).toMatch(/drafted by rules only/);
  });

  it('reads each provider’s usual variables, with a 20 s default timeout', () => {
    expect(loadLlmConfig({ WMA_LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test' })).toEqual({
      provider: 'openai',
      apiKey: 'sk-test',
      model: 'gpt-4o-mini',
      timeoutMs: 20_000,
    });
    expect(
      loadLlmConfig({
        WMA_LLM_PROVIDER: 'azure-openai',
        AZURE_OPENAI_API_KEY: 'k',
        AZURE_OPENAI_API_DEPLOYMENT_NAME: 'plans',
        AZURE_OPENAI_API_VERSION: '2024-10-21',
        AZURE_OPENAI_API_INSTANCE_NAME: 'nhs-wma',
        WMA_LLM_TIMEOUT_MS: '12000',
      }),
    ).toEqual({ provider: 'azure-openai', apiKey: 'k', deployment: 'plans', apiVersion: '2024-10-21', instanceName: 'nhs-wma', timeoutMs: 12_000 });
    expect(loadLlmConfig({ WMA_LLM_PROVIDER: 'ollama', WMA_LLM_MODEL: 'llama3.1' })).toEqual({
      provider: 'ollama',
      model: 'llama3.1',
      baseUrl: 'http://127.0.0.1:11434',
      timeoutMs: 20_000,
    });
  });

  it('names the missing or bad variable, and never echoes a key', () => {
    expect(() => loadLlmConfig({ WMA_LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY/);
    expect(() => loadLlmConfig({ WMA_LLM_PROVIDER: 'gemini' })).toThrow(/WMA_LLM_PROVIDER: expected one of openai, azure-openai, ollama/);
    expect(() =>
      loadLlmConfig({ WMA_LLM_PROVIDER: 'azure-openai', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_API_DEPLOYMENT_NAME: 'd', AZURE_OPENAI_API_VERSION: 'v' }),
    ).toThrow(/AZURE_OPENAI_API_INSTANCE_NAME: set AZURE_OPENAI_API_INSTANCE_NAME or AZURE_OPENAI_ENDPOINT/);
    expect(() => loadLlmConfig({ WMA_LLM_PROVIDER: 'ollama' })).toThrow(/WMA_LLM_MODEL/);
    expect(() => loadLlmConfig({ WMA_LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'k', WMA_LLM_TIMEOUT_MS: 'soon' })).toThrow(/WMA_LLM_TIMEOUT_MS/);
    expect(describeLlmConfig(loadLlmConfig({ WMA_LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-secret' }))).not.toContain('sk-secret');
  });
});

describe('pseudonymising free text before it reaches an LLM', () => {
  it.each([
    ['Ring me on 07700 900123 or 0113 496 0000', 'Ring me on [phone] or [phone]'],
    ['email mary.smith@example.com please', 'email [email] please'],
    ['my NHS number is 943 476 5919', 'my NHS number is [number]'],
    ['I live at 12 Acacia Avenue, LS6 3HN', 'I live at [address], [postcode]'],
    ['since moving to Blue Parrot Lane', 'since moving to [street]'],
    ['born 03/04/1951, or born in 1951', 'born [date], or born [date]'],
    ['on 3rd March 1950 I moved', 'on [date] I moved'],
    ['seeing my grandson Zephyrin and my sister', 'seeing my grandson [name] and my sister'],
    ['Mrs Patel next door. My name is Doris Smith.', 'Mrs [name] next door. My name is [name].'],
    ['I live in LS6', 'I live in [area]'],
  ])('%s', (input, expected) => {
    expect(pseudonymiseText(input)).toBe(expected);
  });

  it('leaves ordinary words alone', () => {
    const text = 'Getting back to my allotment, fresh air and people to chat to on Tuesdays';
    expect(pseudonymiseText(text)).toBe(text);
  });
});
