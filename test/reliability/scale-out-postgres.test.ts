import { describe, it } from 'vitest';
import { testPostgresUrl } from '../helpers/postgres';
import { runScaleOut } from '../soak/scale-out-scenario';

/**
 * Two bot processes on the run's real PostgreSQL, in every `npm test`: a small version of the
 * soak's scale-out run (same scenario, fewer conversations), so scale-out is never left to CI.
 */
describe('two bot instances on one PostgreSQL', () => {
  it('12 concurrent conversations alternating between the instances, one duplicate delivery each: zero lost or duplicated answers', async () => {
    console.log(await runScaleOut(testPostgresUrl(), { conversations: 12, answers: 8 }));
  });
});
