/**
 * What each environment variable is for, in an operator's words. Printed beside any problem with
 * the variable at start-up, so a refusal says what to set and why, not only which name failed.
 */
const PURPOSES: Record<string, string> = {
  PORT: 'the port the bot listens on',
  HOST: 'the address the bot listens on',
  MicrosoftAppId: "the bot registration's app id; without it the bot runs in local mode",
  MicrosoftAppPassword: "the bot registration's client secret, which authenticates traffic to and from Teams",
  MicrosoftAppTenantId: 'the Entra tenant of a single-tenant bot registration',
  MicrosoftAppType: 'how the bot registration authenticates: MultiTenant, SingleTenant or UserAssignedMSI',
  WMA_DATA_DIR: 'where the SQLite database and the local development key are kept',
  WMA_POSTCODE_LOOKUP_URL: 'optional online postcode lookup speaking the postcodes.io API (e.g. https://api.postcodes.io); off when unset',
  DATABASE_URL: 'the PostgreSQL database shared by all instances (postgres://…)',
  WMA_SQLITE_SYNCHRONOUS:
    'SQLite durability: full (default; a reply means the turn survives a power cut) or normal (survives a crash of the bot, not of the machine)',
  WMA_ENCRYPTION_KEYS: 'encrypts free-text answers and patient references at rest: "keyId:base64 32-byte key[,oldId:oldKey…]"',
  WMA_SCRIPT_ID: 'the conversation script new assessments use',
  WMA_RETENTION_DAYS: 'how long records are kept before `npm run purge` removes them',
  WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE: 'lets unauthenticated local mode listen beyond localhost (do not)',
  LOG_LEVEL: 'how much is logged (fatal, error, warn, info, debug, trace, silent)',
  WMA_INSTANCE: 'the name of this instance in logs',
  WMA_REMINDER_TIME: 'the UK time of day (HH:MM) when reminders are sent on the morning a review, follow-up or first session is due',
  WMA_REMINDERS: 'whether this instance sends reminders (on unless 0/false/no)',
  WMA_TURN_WORKER: 'whether turns are answered in a worker thread beside the HTTP server (off unless 1/true/yes; costs memory)',
  WMA_EXPORT_LINK_SECRET: 'signs the expiring export download links; the same on every instance, at least 32 characters',
  WMA_PUBLIC_BASE_URL: "this bot's public https address, put in export download links",
  WMA_EXPORT_LINK_TTL_MINUTES: 'how long an export download link works (1-60 minutes)',
  WMA_EXPORT_DELEGATES: 'user ids (comma-separated) who may export any assessment',
  WMA_PRACTICE_NAME: 'the GP practice named on exports',
  WMA_PRACTICE_ODS: "the GP practice's ODS code on exports",
  WMA_SERVICE_NAME: 'the social prescribing service named on exports',
  WMA_TAB_TENANT_ID: 'the Entra tenant whose sign-ins the managers’ scripts tab accepts',
  WMA_TAB_CLIENT_ID: "the scripts tab's app registration (its tokens' audience)",
  WMA_TAB_JWKS_URL: "where the scripts tab fetches the tenant's token-signing keys",
  WMA_TAB_ISSUER: 'the token issuer the scripts tab accepts',
  WMA_LLM_PROVIDER: 'the optional LLM that words draft plans (openai, azure-openai, ollama); unset uses the deterministic drafter',
  WMA_LLM_MODEL: 'the model the LLM drafter uses',
  WMA_LLM_TIMEOUT_MS: 'how long to wait for the LLM before using the deterministic draft',
  OPENAI_API_KEY: 'the OpenAI API key for the LLM drafter',
  OPENAI_BASE_URL: 'an OpenAI-compatible endpoint for the LLM drafter',
  AZURE_OPENAI_API_KEY: 'the Azure OpenAI key for the LLM drafter',
  AZURE_OPENAI_API_DEPLOYMENT_NAME: 'the Azure OpenAI deployment the LLM drafter calls',
  AZURE_OPENAI_API_VERSION: 'the Azure OpenAI API version',
  AZURE_OPENAI_API_INSTANCE_NAME: 'the Azure OpenAI resource name (or set AZURE_OPENAI_ENDPOINT)',
  AZURE_OPENAI_ENDPOINT: 'the Azure OpenAI endpoint (or set AZURE_OPENAI_API_INSTANCE_NAME)',
  OLLAMA_BASE_URL: 'the Ollama server the LLM drafter calls',
};

export function purposeOf(variable: string): string | undefined {
  return PURPOSES[variable];
}
