/**
 * `npx tsx scripts/safeguarding-flag-dump.ts > flags.txt`: every flag (category, rule id, kind,
 * severity, matched words) the safeguarding check raises on every statement of every committed
 * corpus in test/safeguarding/ and on each of its obfuscation variants, with and without the
 * learned layer. It exists to prove a refactor of the rules changes nothing: dump before and
 * after, and the two files must be byte-identical. The held-out set (corpus-heldout-9.json) is
 * skipped, so a refactor never reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASELINE_RULES, detectRisks } from '../dialogs/safeguarding';
import type { RiskFlag } from '../dialogs/safeguarding/types';
import { variants } from '../test/safeguarding/obfuscate';

const dir = fileURLToPath(new URL('../test/safeguarding/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.includes('heldout-9'))
  .sort();
const show = (flags: RiskFlag[]) => JSON.stringify(flags.map((f) => [f.category, f.rule, f.kind, f.severity, f.matched]));
const line = (text: string) => `${show(detectRisks(text))} | ${show(detectRisks(text, { learned: false }))}`;

const out: string[] = [`rules ${BASELINE_RULES.length}`];
for (const file of files) {
  const statements = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Array<{ text: string }>;
  out.push(`# ${file} ${statements.length}`);
  statements.forEach((s, i) => {
    out.push(`${i} ${line(s.text)}`);
    for (const [name, text] of variants(s.text)) out.push(`${i} ${name} ${line(text)}`);
  });
}
process.stdout.write(`${out.join('\n')}\n`);
