import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompiledScript } from '../script/compile';
import { formatIssues, validateScriptText } from '../script/validate';

export const DEFAULT_SCRIPT_PATH = fileURLToPath(new URL('./default.yaml', import.meta.url));

export function readDefaultScriptSource(): string {
  return readFileSync(DEFAULT_SCRIPT_PATH, 'utf8');
}

/** The shipped default script; a broken default is a build error, so this throws. */
export function loadDefaultScript(): CompiledScript {
  const v = validateScriptText(readDefaultScriptSource());
  if (!v.ok) throw new Error(`The default script is invalid:\n${formatIssues(v.issues)}`);
  return v.compiled;
}
