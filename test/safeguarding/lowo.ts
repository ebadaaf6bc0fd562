/**
 * Leave-one-writer-out for the learned layer: for each writer, train the layer's models on every other writer's
 * corpora and score the one left out — wording the model has never seen, which is what the next held-out set (and
 * a real person) will be. The rules cannot be scored this way (they were written from all the tuned
 * corpora and cannot be untrained); their honest figure is each held-out set's first score in
 * HELDOUT.md. So this reports the learned layer alone, and rules + layer on the left-out writer
 * (only meaningful where the rules were not tuned on that writer either).
 *
 *   npx tsx test/safeguarding/lowo.ts            the layer (both models, flags of either)
 *   npx tsx test/safeguarding/lowo.ts --each     and each model alone
 */
import { fileURLToPath } from 'node:url';
import { detectRisks } from '../../dialogs/safeguarding';
import { maskBenignIdioms } from '../../dialogs/safeguarding/benign';
import { layerCategories } from '../../dialogs/safeguarding/learned/model';
import { LAYER_MODELS, type TrainOptions, trainLayer } from '../../dialogs/safeguarding/learned/train';
import { normaliseForRisk } from '../../dialogs/safeguarding/normalise';
import { loadCorpus, WRITERS } from './writers';

export interface WriterScore {
  writer: string;
  risk: number;
  benign: number;
  /** The learned layer alone, trained without this writer. */
  model: { hit: number; falseAlarms: number };
  /** The rules' own flags (not learned ones), and rules + the layer trained without this writer. */
  rules: { hit: number; falseAlarms: number };
  combined: { hit: number; falseAlarms: number };
  /** Risk statements per category and how many each reading caught (a multi-label statement counts under each). */
  perCategory: Record<string, { risk: number; model: number; rules: number; combined: number }>;
}

/**
 * `options[i]` overrides model i's training settings (train.ts LAYER_MODELS); `only` scores just
 * those models (by index) as the layer — to measure each model alone.
 */
export function leaveOneWriterOut(options: readonly TrainOptions[] = [], only?: readonly number[]): WriterScore[] {
  const data = WRITERS.map((w) => ({ writer: w.writer, set: w.files.flatMap(loadCorpus) }));
  return data.map(({ writer, set }) => {
    const models = trainLayer(
      data.filter((d) => d.writer !== writer).flatMap((d) => d.set),
      options,
    ).filter((_, i) => !only || only.includes(i));
    const s: WriterScore = {
      writer,
      risk: 0,
      benign: 0,
      model: { hit: 0, falseAlarms: 0 },
      rules: { hit: 0, falseAlarms: 0 },
      combined: { hit: 0, falseAlarms: 0 },
      perCategory: {},
    };
    for (const item of set) {
      const rules = new Set(
        detectRisks(item.text)
          .filter((f) => f.kind !== 'learned')
          .map((f) => f.category),
      );
      const model = layerCategories(models, maskBenignIdioms(normaliseForRisk(item.text)));
      if (item.type === 'benign') {
        s.benign++;
        if (model.size) s.model.falseAlarms++;
        if (rules.size) s.rules.falseAlarms++;
        if (model.size || rules.size) s.combined.falseAlarms++;
      }
      for (const c of item.expected) {
        const cat = (s.perCategory[c] ??= { risk: 0, model: 0, rules: 0, combined: 0 });
        cat.risk++;
        if (model.has(c)) cat.model++;
        if (rules.has(c)) cat.rules++;
        if (model.has(c) || rules.has(c)) cat.combined++;
        s.risk++;
        if (model.has(c)) s.model.hit++;
        if (rules.has(c)) s.rules.hit++;
        if (model.has(c) || rules.has(c)) s.combined.hit++;
      }
    }
    return s;
  });
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

export function formatLowo(scores: readonly WriterScore[]): string {
  const row = (w: string, s: Pick<WriterScore, 'risk' | 'benign' | 'model' | 'rules' | 'combined'>) =>
    `${w.slice(0, 12).padEnd(12)} ${pct(s.model.hit, s.risk).padStart(7)} ${pct(s.model.falseAlarms, s.benign).padStart(7)}   ${pct(s.rules.hit, s.risk).padStart(7)} ${pct(s.rules.falseAlarms, s.benign).padStart(7)}   ${pct(s.combined.hit, s.risk).padStart(7)} ${pct(s.combined.falseAlarms, s.benign).padStart(7)}`;
  const total = scores.reduce(
    (a, s) => ({
      risk: a.risk + s.risk,
      benign: a.benign + s.benign,
      model: { hit: a.model.hit + s.model.hit, falseAlarms: a.model.falseAlarms + s.model.falseAlarms },
      rules: { hit: a.rules.hit + s.rules.hit, falseAlarms: a.rules.falseAlarms + s.rules.falseAlarms },
      combined: { hit: a.combined.hit + s.combined.hit, falseAlarms: a.combined.falseAlarms + s.combined.falseAlarms },
    }),
    { risk: 0, benign: 0, model: { hit: 0, falseAlarms: 0 }, rules: { hit: 0, falseAlarms: 0 }, combined: { hit: 0, falseAlarms: 0 } },
  );
  return [
    `${'left out'.padEnd(12)} ${'layer: recall'.padStart(15)} FA   rules (tuned): recall FA   rules+layer: recall FA`,
    ...scores.map((s) => row(s.writer, s)),
    row('all', total),
  ].join('\n');
}

/**
 * Recall per category summed over every left-out writer: which categories' wording carries to a
 * writer the layer never saw. The rules column is the tuned rules (an upper bound, as above).
 */
export function formatLowoByCategory(scores: readonly WriterScore[]): string {
  const totals = new Map<string, { risk: number; model: number; rules: number; combined: number }>();
  for (const s of scores)
    for (const [c, v] of Object.entries(s.perCategory)) {
      const t = totals.get(c) ?? { risk: 0, model: 0, rules: 0, combined: 0 };
      totals.set(c, { risk: t.risk + v.risk, model: t.model + v.model, rules: t.rules + v.rules, combined: t.combined + v.combined });
    }
  return [
    `${'category'.padEnd(20)} ${'risk'.padStart(5)} ${'layer'.padStart(7)} ${'rules'.padStart(7)} ${'both'.padStart(7)}`,
    ...[...totals].map(
      ([c, t]) =>
        `${c.padEnd(20)} ${String(t.risk).padStart(5)} ${pct(t.model, t.risk).padStart(7)} ${pct(t.rules, t.risk).padStart(7)} ${pct(t.combined, t.risk).padStart(7)}`,
    ),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Experiments: `npx tsx test/safeguarding/lowo.ts '[{},{"l2":0.04}]'` overrides each model's training options.
  const args = process.argv.slice(2);
  const options = JSON.parse(args.find((a) => a.startsWith('[')) ?? '[]') as TrainOptions[];
  const scores = leaveOneWriterOut(options);
  console.log(`the layer (models ${LAYER_MODELS.map((m) => m.features).join(' + ')}):\n${formatLowo(scores)}`);
  console.log(`\nby category, over every left-out writer:\n${formatLowoByCategory(scores)}`);
  if (args.includes('--each'))
    LAYER_MODELS.forEach((m, i) => {
      console.log(`\nmodel ${m.features} alone:\n${formatLowo(leaveOneWriterOut(options, [i]))}`);
    });
}
