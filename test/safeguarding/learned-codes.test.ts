/**
 * The learned layer reads its 'clauses' grams as integer codes (dialogs/safeguarding/learned/gram-codes.ts,
 * issue 22). The codes must be one-to-one, the two tables must behave as a Map and a Set do, and the
 * layer's scores must be exactly those of the straightforward reading: featuresOf()'s strings looked
 * up in the weights as written. Failures name corpus files and indices, never statement text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskBenignIdioms } from '../../dialogs/safeguarding/benign';
import { featuresOf } from '../../dialogs/safeguarding/learned/features';
import { CodeMap, CodeSet, gramCode } from '../../dialogs/safeguarding/learned/gram-codes';
import { committedModels, learnedScores } from '../../dialogs/safeguarding/learned/model';
import { type LearnedWeights, lengthScale } from '../../dialogs/safeguarding/learned/train';
import { normaliseForRisk } from '../../dialogs/safeguarding/normalise';
import { loadCorpus } from './writers';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 ~.,';

describe('gram codes', () => {
  it('give every string of one to five alphabet characters its own code, and none to anything else', () => {
    const codes = new Map<number, string>();
    // Every gram of up to three characters, and a sample of longer ones: no two share a code.
    const grams: string[] = [''];
    for (let n = 1; n <= 3; n++) for (const g of grams.filter((x) => x.length === n - 1)) for (const c of ALPHABET) grams.push(g + c);
    for (let i = 0; i < 20_000; i++)
      grams.push(Array.from({ length: 4 + (i % 2) }, (_, k) => ALPHABET[(i * 7 + k * 13 + ((i * k) % 11)) % ALPHABET.length]).join(''));
    const bad: string[] = [];
    for (const gram of grams.slice(1)) {
      const code = gramCode(gram);
      if (!(Number.isSafeInteger(code) && code > 0 && code < 2 ** 30)) bad.push(`${gram}: ${code}`);
      const other = codes.get(code);
      if (other !== undefined && other !== gram) bad.push(`${gram} and ${other}: ${code}`);
      codes.set(code, gram);
    }
    expect(bad).toEqual([]);
    expect(codes.size).toBeGreaterThan(20_000);
    for (const gram of ['', 'abcdef', 'ab<d', 'A', 'é', 'a-b', '\u{1F600}']) expect(gramCode(gram)).toBe(-1);
  });

  it('CodeMap finds what was set, and -1 for anything else', () => {
    const map = new CodeMap(1_000);
    const expected = new Map<number, number>();
    for (let i = 0; i < 1_000; i++) {
      const code = gramCode(`${ALPHABET[i % 40]}${ALPHABET[(i * 3) % 40]}${ALPHABET[(i * 7) % 40]}`);
      map.set(code, i * 10);
      expected.set(code, i * 10);
    }
    expect(map.size).toBe(expected.size);
    const wrong = [...expected.keys(), ...Array.from({ length: 5_000 }, (_, i) => i)].filter((code) => map.get(code) !== (expected.get(code) ?? -1));
    expect(wrong).toEqual([]);
    expect(() => new CodeMap(0).set(1, 1)).not.toThrow();
  });

  it('CodeSet keeps each code once, in the order first added, across growth and clearing', () => {
    const set = new CodeSet();
    for (const round of [100, 5_000, 10, 0, 3_000]) {
      set.clear();
      const expected = new Set<number>();
      const answers: boolean[] = [];
      const news: boolean[] = [];
      for (let i = 0; i < round * 2; i++) {
        const code = (i * 7919) % (round + 1);
        answers.push(set.add(code));
        news.push(!expected.has(code));
        expected.add(code);
      }
      expect(answers).toEqual(news);
      expect(set.size).toBe(expected.size);
      expect([...set.codes.subarray(0, set.size)]).toEqual([...expected]);
    }
  });
});

/** What the layer computes, written out plainly: featuresOf()'s strings looked up in the weights' record. */
function plainScores(weights: LearnedWeights, record: Record<string, number[]>, masked: string): number[] {
  const features = featuresOf(masked, weights.features);
  const sums = weights.bias.map(() => 0);
  for (const f of features) record[f]?.forEach((w, c) => (sums[c]! += w));
  const scale = lengthScale(features.size);
  return sums.map((sum, c) => 1 / (1 + Math.exp(-(weights.bias[c]! + (scale * sum) / 1000))));
}

describe('learned scores with gram codes', () => {
  it('are exactly the plain reading of every corpus statement, and of text with characters that have no code', () => {
    const models = committedModels();
    const records = ['weights.json', 'weights-clauses.json'].map(
      (file) => (JSON.parse(readFileSync(new URL(`../../dialogs/safeguarding/learned/${file}`, import.meta.url), 'utf8')) as LearnedWeights).weights,
    );
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^corpus.*\.json$/.test(f));
    const texts = files.flatMap((file) => loadCorpus(file).map((s, i) => ({ where: `${file}#${i}`, masked: maskBenignIdioms(normaliseForRisk(s.text)) })));
    // featuresOf() is also given other text (training, a word at a time): odd characters take the string path.
    texts.push(
      { where: 'odd characters', masked: 'i want to kill myself <now> ... é — x' },
      { where: 'empty', masked: '' },
      { where: 'punctuation only', masked: '. , .' },
    );
    expect(texts.length).toBeGreaterThan(2_500);
    const differ: string[] = [];
    for (const { where, masked } of texts) {
      models.forEach((model, m) => {
        const { byCategory, any } = learnedScores(model, masked);
        const got = [...byCategory.values(), any];
        if (JSON.stringify(got) !== JSON.stringify(plainScores(model, records[m]!, masked))) differ.push(`${where} (${model.features})`);
      });
    }
    expect(differ).toEqual([]);
  });
});
