import { caseloadFeature } from '../../service/features/caseload';
import { helpFeature } from '../../service/features/help';
import { insightFeature } from '../../service/features/insight';
import { peopleFeature } from '../../service/features/people';
import { createPlanFeature } from '../../service/features/plan';
import { progressFeature } from '../../service/features/progress';
import { reviewFeature } from '../../service/features/review';
import { sessionsFeature } from '../../service/features/sessions';
import { supervisionFeature } from '../../service/features/supervision';
import { createHarness, type Harness } from '../helpers/bot-harness';
import { INDEX } from '../plans/helpers';

/** A valid NHS number ending in the given digits' check digit (Modulus 11), from a 9-digit stem. */
export function nhsNumber(stem: string): string {
  for (let bump = 0; bump < 100; bump++) {
    const digits = String(Number(stem) + bump).padStart(9, '0');
    const sum = [...digits].reduce((n, d, i) => n + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits}${check === 11 ? 0 : check}`;
  }
  throw new Error('no valid NHS number near the stem');
}

export const masked = (nhs: string) => `*** *** ${nhs.slice(-4)}`;

/** The link worker's features as the app has them (bot/app.ts), minus exports, with a clock the test moves. */
export async function caseloadHarness(clock: { now: Date }): Promise<Harness> {
  return createHarness({
    clock: () => clock.now,
    features: [
      helpFeature,
      peopleFeature,
      caseloadFeature,
      insightFeature,
      createPlanFeature({ directory: { index: INDEX } }),
      sessionsFeature,
      supervisionFeature,
      reviewFeature,
      progressFeature,
    ],
  });
}
