import { collectConfigIssues, listeningIntent, loadConfig, loadPlacesConfig, type AppConfig } from '../service/config';
import { loadExportSettings } from '../service/export-service';
import { LlmConfigError, loadLlmConfig } from '../prompts/llm-config';
import { loadTabConfig } from './auth/tab-config';

/**
 * `npm start`'s configuration check: the core settings and every module's own settings (exports,
 * the scripts tab, the optional LLM) are checked together before anything starts, so one refusal
 * lists every missing or invalid variable. The modules still read their settings when the app is
 * built; this only makes sure none of them will refuse.
 */
export function loadStartupConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  let config: AppConfig | undefined;
  const intent = listeningIntent(source);
  collectConfigIssues(
    [
      () => (config = loadConfig(source)),
      () => loadExportSettings(source, intent),
      () => loadTabConfig(source, intent),
      () => loadLlmConfig(source),
      () => loadPlacesConfig(source),
    ],
    (err) => err instanceof LlmConfigError,
  );
  return config!;
}
