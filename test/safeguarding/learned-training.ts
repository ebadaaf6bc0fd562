/**
 * Trains the safeguarding learned layer's two models from the tuned corpora and writes their weights:
 *
 *   npx tsx test/safeguarding/learned-training.ts
 *
 * Deterministic (see dialogs/safeguarding/learned/train.ts), so learned.test.ts re-runs it and
 * checks the committed weights files are exactly what these corpora give. Only TUNED corpora are
 * listed: a held-out set must never be trained on, or its score stops measuring anything.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureSet } from '../../dialogs/safeguarding/learned/features';
import { type LearnedWeights, trainLayer } from '../../dialogs/safeguarding/learned/train';
import { loadCorpus, WRITERS } from './writers';

/** Where each model's weights live (model.ts imports them), by feature set. */
export const WEIGHTS_PATHS: Record<FeatureSet, string> = {
  words: fileURLToPath(new URL('../../dialogs/safeguarding/learned/weights.json', import.meta.url)),
  clauses: fileURLToPath(new URL('../../dialogs/safeguarding/learned/weights-clauses.json', import.meta.url)),
};

export function trainFromTunedCorpora(): LearnedWeights[] {
  return trainLayer(WRITERS.flatMap((w) => w.files.flatMap(loadCorpus)));
}

/** One feature a line, so a retrain shows as a readable diff. */
export function serialiseWeights(w: LearnedWeights): string {
  const features = Object.entries(w.weights).map(([f, ws]) => `  ${JSON.stringify(f)}: ${JSON.stringify(ws)}`);
  return `{"version":${w.version},"features":${JSON.stringify(w.features)},"categories":${JSON.stringify(w.categories)},"threshold":${w.threshold},"anyThreshold":${w.anyThreshold},"bias":${JSON.stringify(w.bias)},"weights":{\n${features.join(',\n')}\n}}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const weights of trainFromTunedCorpora()) {
    writeFileSync(WEIGHTS_PATHS[weights.features], serialiseWeights(weights));
    console.log(`wrote ${Object.keys(weights.weights).length} features to ${WEIGHTS_PATHS[weights.features]}`);
  }
}
