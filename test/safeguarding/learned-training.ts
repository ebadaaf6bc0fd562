/**
 * Trains the safeguarding learned layer from the tuned corpora and writes its weights:
 *
 *   npx tsx test/safeguarding/learned-training.ts
 *
 * Deterministic (see dialogs/safeguarding/learned/train.ts), so learned.test.ts re-runs it and
 * checks the committed weights.json is exactly what these corpora give. Only TUNED corpora are
 * listed: a held-out set must never be trained on, or its score stops measuring anything.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LearnedWeights, trainLearned } from '../../dialogs/safeguarding/learned/train';
import { loadCorpus, WRITERS } from './writers';

export const WEIGHTS_PATH = fileURLToPath(new URL('../../dialogs/safeguarding/learned/weights.json', import.meta.url));

export function trainFromTunedCorpora(): LearnedWeights {
  return trainLearned(WRITERS.flatMap((w) => w.files.flatMap(loadCorpus)));
}

/** One feature a line, so a retrain shows as a readable diff. */
export function serialiseWeights(w: LearnedWeights): string {
  const features = Object.entries(w.weights).map(([f, ws]) => `  ${JSON.stringify(f)}: ${JSON.stringify(ws)}`);
  return `{"version":${w.version},"categories":${JSON.stringify(w.categories)},"threshold":${w.threshold},"anyThreshold":${w.anyThreshold},"bias":${JSON.stringify(w.bias)},"weights":{\n${features.join(',\n')}\n}}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const weights = trainFromTunedCorpora();
  writeFileSync(WEIGHTS_PATH, serialiseWeights(weights));
  console.log(`wrote ${Object.keys(weights.weights).length} features to ${WEIGHTS_PATH}`);
}
