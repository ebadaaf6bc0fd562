import { describe, it } from 'vitest';
import { testPostgresUrl } from '../helpers/postgres';
import { runScaleOut } from './scale-out-scenario';
import { soakEnabled } from './support';

/** The full-size two-instance run (200 conversations × 20 answers by default); see scale-out-scenario.ts. */
const CONVERSATIONS = Number(process.env.WMA_SOAK_PG_CONVERSATIONS ?? 200);
const ANSWERS = Number(process.env.WMA_SOAK_PG_ANSWERS ?? 20);

describe.skipIf(!soakEnabled)('scale-out on PostgreSQL', () => {
  it(`two instances, ${CONVERSATIONS} concurrent conversations alternating between them: zero lost or duplicated answers`, async () => {
    console.log(await runScaleOut(testPostgresUrl(), { conversations: CONVERSATIONS, answers: ANSWERS }));
  });
});
