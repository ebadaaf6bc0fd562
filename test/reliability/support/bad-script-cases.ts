import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

/**
 * Broken script files, as a manager might upload them. Each must be refused by
 * validateScriptText with an issue at the right path — never published, never a crash.
 */
const DEFAULT_YAML = readFileSync(fileURLToPath(new URL('../../../dialogs/scripts/default.yaml', import.meta.url)), 'utf8');

type Doc = { sections: Array<{ id: string; questions?: Array<Record<string, unknown>> }> } & Record<string, unknown>;
function edited(edit: (doc: Doc) => void): string {
  const doc = parse(DEFAULT_YAML) as Doc;
  edit(doc);
  return stringify(doc);
}
const questions = (doc: Doc, section: number) => doc.sections[section]!.questions!;

export interface BadScriptCase {
  name: string;
  source: string;
  issue: RegExp;
}

export const SCRIPT_CASES: BadScriptCase[] = [
  { name: 'duplicate question id', source: edited((d) => void (questions(d, 0)[1]!.id = 'screen.reason')), issue: /duplicate question id "screen\.reason"/ },
  { name: 'duplicate section id', source: edited((d) => void (d.sections[1]!.id = d.sections[0]!.id)), issue: /duplicate section id/ },
  {
    name: 'cycle: a question conditional on a later one',
    source: edited((d) => void (questions(d, 0)[0]!.when = { question: 'screen.outcome', equals: 'accept' })),
    issue: /not asked before "screen\.reason" \(conditions may only look back; this also prevents cycles\)/,
  },
  {
    name: 'cycle: a question conditional on itself',
    source: edited((d) => void (questions(d, 0)[1]!.when = { question: 'screen.knew_referred', equals: 'yes' })),
    issue: /prevents cycles/,
  },
  {
    name: 'condition on an unknown question',
    source: edited((d) => void (questions(d, 0)[1]!.when = { question: 'nope.nothing', equals: 'yes' })),
    issue: /refers to unknown question "nope\.nothing"/,
  },
  { name: 'not YAML at all', source: '{ sections: [ unclosed', issue: /not valid YAML or JSON/ },
  { name: 'empty file', source: '', issue: /.+/ },
  { name: 'a single option', source: edited((d) => void (questions(d, 0)[4]!.options = [{ value: 'accept', label: 'Accept' }])), issue: /options/ },
  { name: 'unknown question type', source: edited((d) => void (questions(d, 0)[0]!.type = 'free_for_all')), issue: /type/ },
  {
    name: 'risk question removed',
    source: edited(
      (d) => void (d.sections = d.sections.map((s) => ({ ...s, ...(s.questions ? { questions: s.questions.filter((q) => q.id !== 'risk.status') } : {}) }))),
    ),
    issue: /risk\.status/,
  },
  { name: 'id with a prototype key', source: edited((d) => void (questions(d, 0)[0]!.id = '__proto__')), issue: /lower-case letters/ },
];
