import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { compileScript, type CompiledScript, type ScriptIssue } from './compile';
import { scriptSchema } from './schema';

export type ScriptValidation = { ok: true; compiled: CompiledScript } | { ok: false; issues: ScriptIssue[] };

/** "sections[2].questions[4].options" — the path a manager can find in the editor. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function zodIssues(error: z.ZodError): ScriptIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path) || '(script)', message: i.message }));
}

/** Validates an already-parsed document (from YAML, JSON or the editor). */
export function validateScript(doc: unknown): ScriptValidation {
  const parsed = scriptSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const { compiled, issues } = compileScript(parsed.data);
  return compiled ? { ok: true, compiled } : { ok: false, issues };
}

/** Parses YAML or JSON text (JSON is valid YAML) and validates it; syntax errors are issues too. */
export function validateScriptText(source: string): ScriptValidation {
  let doc: unknown;
  try {
    doc = parseYaml(source);
  } catch (err) {
    return { ok: false, issues: [{ path: '(file)', message: `not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}` }] };
  }
  return validateScript(doc);
}

export function formatIssues(issues: ScriptIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
