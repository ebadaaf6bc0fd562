/**
 * Per-turn cost of the safeguarding check with and without the learned layer (issue 16), same
 * process, passes interleaved so machine load hits both alike; and the one-off cost of loading
 * the layer's weights. Statements: every corpus in test/safeguarding.
 *
 *   npx tsx bench/experiments/safeguarding-layer.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const started = performance.now();
const { detectRisks } = await import('../../dialogs/safeguarding');
const importMs = performance.now() - started;
const layerStarted = performance.now();
const { learnedFlags } = await import('../../dialogs/safeguarding/learned/model');
const layerImportMs = performance.now() - layerStarted; // already loaded with the detector: ~0
const { maskBenignIdioms } = await import('../../dialogs/safeguarding/benign');
const { normaliseForRisk } = await import('../../dialogs/safeguarding/normalise');

const dir = join(import.meta.dirname, '..', '..', 'test', 'safeguarding');
const texts = readdirSync(dir)
  .filter((f) => /^corpus.*\.json$/.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ text: string }>).map((s) => s.text));
const masked = texts.map((t) => maskBenignIdioms(normaliseForRisk(t)));
const none = new Set<never>();
const runs: Record<string, () => void> = {
  'rules only': () => texts.forEach((t) => detectRisks(t, { learned: false })),
  'rules + layer': () => texts.forEach((t) => detectRisks(t)),
  'layer alone': () => masked.forEach((t) => learnedFlags(t, none)),
};
for (const run of Object.values(runs)) run();
const perStatement: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let pass = 0; pass < 8; pass++)
  for (const [name, run] of Object.entries(runs)) {
    const t0 = performance.now();
    run();
    perStatement[name]!.push(((performance.now() - t0) * 1000) / texts.length);
  }
console.log(`detector import incl. rule warm-up and weights: ${importMs.toFixed(0)} ms (layer module after it: ${layerImportMs.toFixed(1)} ms)`);
for (const [name, xs] of Object.entries(perStatement)) {
  xs.sort((a, b) => a - b);
  console.log(`${name.padEnd(14)} µs/statement: min ${xs[0]!.toFixed(0)}, median ${xs[4]!.toFixed(0)} (${texts.length} statements × 8 interleaved passes)`);
}
