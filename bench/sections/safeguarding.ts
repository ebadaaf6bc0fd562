import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectRisks } from '../../dialogs/safeguarding';
import { safeguardingMessages } from '../../prompts/safeguarding-prompt';
import { countMessageTokens, TOKENIZER } from '../../prompts/token-count';
import { variants } from '../../test/safeguarding/obfuscate';
import { REPO_ROOT } from '../servers';
import { summarise, timeEach, type Summary } from '../stats';

/**
 * Safeguarding (issue 16): how long the rules take per message — plain statements from every
 * corpus, and the same statements disguised (which may need several readings) — and the size of
 * the LLM second opinion's prompt per message, counted with the project's tokenizer.
 */
export interface SafeguardingResult {
  statements: number;
  plainMs: Summary;
  disguised: number;
  disguisedMs: Summary;
  /** Disguised / plain mean time, same run: the cost of undoing disguise and extra readings. */
  disguisedToPlain: number;
  tokenizer: string;
  promptTokens: Summary;
}

function corpusTexts(limit: number): string[] {
  const dir = join(REPO_ROOT, 'test', 'safeguarding');
  const files = readdirSync(dir).filter((f) => /^corpus.*\.json$/.test(f));
  return files.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ text: string }>).map((s) => s.text)).slice(0, limit);
}

export async function benchSafeguarding(options: { statements: number; disguisedPerStatement: number }): Promise<SafeguardingResult> {
  const texts = corpusTexts(options.statements);
  const disguised = texts.flatMap((t) =>
    variants(t)
      .slice(0, options.disguisedPerStatement)
      .map(([, v]) => v),
  );
  const plainMs = timeEach(texts, (t) => detectRisks(t));
  const disguisedMs = timeEach(disguised, (t) => detectRisks(t));
  const tokens: number[] = [];
  for (const t of texts) tokens.push(countMessageTokens(await safeguardingMessages(t)));
  return {
    statements: texts.length,
    plainMs,
    disguised: disguised.length,
    disguisedMs,
    disguisedToPlain: disguisedMs.mean / plainMs.mean,
    tokenizer: TOKENIZER,
    promptTokens: summarise(tokens),
  };
}
