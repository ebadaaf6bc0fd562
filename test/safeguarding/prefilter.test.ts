/**
 * The literal prefilter (dialogs/safeguarding/prefilter.ts) may only skip a rule that cannot match.
 * Three layers of evidence: the literal analysis is sound on thousands of random patterns and
 * texts; the automaton reports exactly what a brute-force search does; and the whole detector,
 * with the prefilter, gives the same flags as the straightforward path (detectRisksReference) on
 * every corpus statement and every disguised variant of it — and every rule that matches anywhere
 * in them passes the prefilter. Failures name files, indices and rule ids, never statement text
 * (held-out sets are among the corpora).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_RULES, detectRisks, detectRisksReference, normaliseForRisk, warmRules } from '../../dialogs/safeguarding';
import { maskBenignIdioms } from '../../dialogs/safeguarding/benign';
import { expandTemplate } from '../../dialogs/safeguarding/lexicon';
import { readingsFor } from '../../dialogs/safeguarding/normalise';
import { RulePrefilter, requiredLiterals } from '../../dialogs/safeguarding/prefilter';
import type { RiskFlag } from '../../dialogs/safeguarding/types';
import { variants } from './obfuscate';
import { loadCorpus } from './writers';

/** Every clause has one of its literals in the text. */
const satisfied = (clauses: string[][], text: string): boolean => clauses.every((c) => c.some((l) => text.includes(l)));

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('requiredLiterals', () => {
  it('finds the words a pattern cannot do without', () => {
    expect(requiredLiterals('suicid(?:e|al|ally|es)')).toEqual([['suicide', 'suicidal']]); // "suicidally" contains "suicidal"
    // Both halves are required: one of the verbs, and one of the reflexives with the space before it.
    expect(requiredLiterals('(?:kill\\w*|end\\w*) (?:myself|himself)')).toEqual([
      [' myself', ' himself'],
      ['end', 'kill'],
    ]);
    // An alternation needs one of its branches' words.
    expect(requiredLiterals('blue lips|(?:went|turned) blue').flat()).toEqual(expect.arrayContaining(['blue lip', 'went blu', 'turned b']));
    // A positive lookahead's words are still in the text; a negative one's are not required.
    expect(requiredLiterals('\\bsh\\b(?= (?:again|urges))').flat()).toEqual(expect.arrayContaining([' again', ' urges']));
    expect(requiredLiterals('end it(?! all)')).toEqual([['end it']]);
  });

  it('derives nothing (the rule always runs) when it cannot be sure', () => {
    expect(requiredLiterals('\\w+ \\w+')).toEqual([]);
    expect(requiredLiterals('(a)\\1')).toEqual([]); // backreference: not understood
    expect(requiredLiterals('(?:kill|x)')).toEqual([]); // one branch has too short a word
    expect(requiredLiterals('[')).toEqual([]); // not a pattern at all
    expect(requiredLiterals('(?:foo)*b\\w?')).toEqual([]); // only "b": too short to be worth a clause
  });

  it('is sound on random patterns: whenever a pattern matches a text, every clause has a literal in it', () => {
    const next = random(22);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const letters = ['a', 'b', 'ab', 'ba', 'abc', ' ', 'c'];
    let groups = 0;
    // [source, may it take a quantifier]: JavaScript refuses a quantified lookbehind or \b.
    const atom = (depth: number): [string, boolean] => {
      const r = next();
      if (depth > 3 || r < 0.35) return [pick(letters), true];
      if (r < 0.42) return [pick(['\\w', '.', '[ab]', '[a-c]', '[^a]', '\\d', '\\s']), true];
      if (r < 0.45) return [pick(['\\b', '^', '$', `(?<=${pick(letters)})`, `(?<!${pick(letters)})`]), false];
      if (r < 0.55) return [`(?=${pattern(depth + 1)})`, true];
      if (r < 0.6) return [`(?!${pattern(depth + 1)})`, true];
      if (r < 0.7) return [`(?<q${groups++}>${pattern(depth + 1)})`, true];
      return [`(?:${pattern(depth + 1)})`, true];
    };
    // Unbounded repeats only on single atoms: nested ones can backtrack for minutes on a failing text.
    const term = (depth: number): string => {
      const [source, quantifiable] = atom(depth);
      if (!quantifiable) return source;
      const single = !source.startsWith('(');
      return source + pick(single ? ['', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}?', '{2,}'] : ['', '', '', '?', '{2}', '{0,2}', '{1,2}?']);
    };
    const pattern = (depth: number): string => {
      const branches = Array.from({ length: 1 + Math.floor(next() * 3) }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => term(depth)).join(''));
      return branches.join('|');
    };
    let checked = 0;
    let withClauses = 0;
    for (let p = 0; p < 800; p++) {
      const source = pattern(0);
      const regex = new RegExp(source, 'g');
      const clauses = requiredLiterals(source);
      if (clauses.length) withClauses++;
      for (let t = 0; t < 30; t++) {
        const text = Array.from({ length: Math.floor(next() * 14) }, () => pick(['a', 'b', 'c', ' ', '1', 'ab', 'abc'])).join('');
        regex.lastIndex = 0;
        if (!regex.test(text)) continue;
        checked++;
        expect(satisfied(clauses, text), `pattern ${JSON.stringify(source)} matched ${JSON.stringify(text)} but ${JSON.stringify(clauses)}`).toBe(true);
      }
    }
    // The test is only worth something if many matches were checked against real requirements.
    expect(checked).toBeGreaterThan(3_000);
    expect(withClauses).toBeGreaterThan(150);
  });
});

describe('RulePrefilter', () => {
  it('reports exactly the rules whose every clause has a literal in the text (checked against a brute-force search)', () => {
    const next = random(7);
    const word = () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => 'abcd '[Math.floor(next() * 5)]).join('');
    const rules = Array.from({ length: 300 }, () =>
      Array.from({ length: Math.floor(next() * 3) }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, word)),
    );
    const prefilter = new RulePrefilter(rules);
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => 'abcde .,~'[Math.floor(next() * 9)]).join('');
      const may = [...prefilter.scan(text)].map(Boolean);
      expect(may).toEqual(rules.map((clauses) => satisfied(clauses, text)));
    }
  });
});

/** What a failure may print: rule ids and kinds, not the words matched. */
const shape = (flags: RiskFlag[]) => flags.map((f) => `${f.rule}/${f.kind}/${f.severity}`);

describe('detectRisks with the prefilter = the straightforward path', () => {
  const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^corpus.*\.json$/.test(f));
  const statements = files.flatMap((file) => loadCorpus(file).map((s, index) => ({ where: `${file}#${index}`, text: s.text })));
  // Every disguise of every statement is ~94,000 texts and the reference path is slow (~1 min on a
  // loaded machine), so by default the disguises of every sixth statement; PREFILTER_ORACLE=all
  // checks them all (s22a: 0 differences in 93,858 texts, BENCHMARKS.md).
  const all = process.env['PREFILTER_ORACLE'] === 'all';
  const disguised = statements
    .filter((_, i) => all || i % 6 === 0)
    .flatMap(({ where, text }) => variants(text).map(([name, v]) => ({ where: `${where} (${name.split(':')[0]})`, text: v })));
  // Texts with the same readings are the same input to the detector: checked once.
  const seen = new Set<string>();
  const distinct = [...statements, ...disguised].filter(({ text }) => {
    const key = readingsFor(text)
      .map((r) => normaliseForRisk(text, r))
      .join('\u0000');
    return !seen.has(key) && Boolean(seen.add(key));
  });

  it('covers every corpus and disguise', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(statements.length).toBeGreaterThan(2_500);
    expect(disguised.length).toBeGreaterThan(all ? 90_000 : 12_000);
    expect(distinct.length).toBeGreaterThan(all ? 25_000 : 4_000);
  });

  it('gives identical flags (categories, rules, kinds, grades, matched words) on every statement and disguised variant', { timeout: 300_000 }, () => {
    warmRules();
    const differ: string[] = [];
    for (const { where, text } of distinct) {
      const fast = detectRisks(text);
      const reference = detectRisksReference(text);
      if (JSON.stringify(fast) !== JSON.stringify(reference)) differ.push(`${where}: ${shape(fast)} ≠ ${shape(reference)}`);
    }
    expect(differ).toEqual([]);
  });

  it('lets through every rule that matches anywhere, in every reading (not only the ones a flag shows)', { timeout: 300_000 }, () => {
    const regexes = BASELINE_RULES.map((r) => new RegExp(`\\b(?:${expandTemplate(r.pattern)})\\b`, 'g'));
    const prefilter = new RulePrefilter(BASELINE_RULES.map((r) => requiredLiterals(expandTemplate(r.pattern))));
    const missed: string[] = [];
    let matches = 0;
    let skipped = 0;
    let checks = 0;
    for (const { where, text } of distinct.filter((_, i) => i % 2 === 0)) {
      for (const reading of readingsFor(text)) {
        const masked = maskBenignIdioms(normaliseForRisk(text, reading));
        const may = prefilter.scan(masked);
        regexes.forEach((regex, r) => {
          regex.lastIndex = 0;
          const hit = regex.test(masked);
          if (hit) matches++;
          checks++;
          if (!may[r]) skipped++;
          if (hit && !may[r]) missed.push(`${where}: ${BASELINE_RULES[r]!.id}`);
        });
      }
    }
    expect(missed).toEqual([]);
    expect(matches).toBeGreaterThan(2_000);
    // And it is worth having: most rules are skipped on most texts.
    expect(skipped / checks).toBeGreaterThan(0.9);
  });

  it('treats local phrases and the rules-only option exactly as the reference does', () => {
    const text = "I'm not suicidal but the cuckooing at my flat has started again and I have nowhere to go";
    const localPhrases = [{ phrase: 'cuckooing', category: 'adult_at_risk' as const }];
    expect(detectRisks(text, { localPhrases })).toEqual(detectRisksReference(text, { localPhrases }));
    expect(detectRisks(text, { learned: false })).toEqual(detectRisksReference(text, { learned: false }));
  });
});
