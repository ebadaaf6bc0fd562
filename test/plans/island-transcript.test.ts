import { afterEach, describe, expect, it } from 'vitest';
import type { DirectoryService } from '../../plans/directory/model';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { createPlanFeature } from '../../service/features/plan';
import { createHarness, type Harness } from '../helpers/bot-harness';
import { answerUntil, storedPlan } from '../helpers/transcript';
import { service } from './fixtures';

/**
 * Transcript (round 6b): a widower on the Isle of Wight. An invented directory at real points: a
 * bereavement group in Ryde, one in Southsea (8 km away across the Solent), an island phone line
 * and a Portsmouth-only line. The plan offers nothing across the water and says why.
 */
const at = (id: string, name: string, town: string, lat: number, lon: number, postcode: string, region: string): DirectoryService => {
  const s = service({ id, name, description: 'Tea and talk for people who have lost someone.', needAreas: ['bereavement'], lat, lon, postcode });
  return { ...s, locations: s.locations.map((l) => ({ ...l, town, region })) };
};
const line = (id: string, name: string, area: string): DirectoryService =>
  service({
    id,
    name,
    description: 'A listening line for bereaved people.',
    needAreas: ['bereavement'],
    attendance: { inPerson: false, online: false, phone: true },
    serviceAreas: [area],
  });
const { index } = indexImportedDirectory([
  at('ryde', 'Ryde Bereavement Group', 'Ryde', 50.7299, -1.1616, 'PO33 2AA', 'Isle of Wight'),
  at('southsea', 'Southsea Bereavement Group', 'Portsmouth', 50.7837, -1.0869, 'PO5 1AA', 'Hampshire'),
  line('iow-line', 'Island Bereavement Line', 'Isle of Wight'),
  line('pompey-line', 'Portsmouth Bereavement Line', 'Portsmouth'),
]);
let h: Harness;
afterEach(async () => h?.close());

describe('transcript: an island resident', () => {
  it('"Ryde, IOW" gets the Ryde group, not Southsea 8 km across the water nor the Portsmouth line, and the plan says why', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    const overrides: Record<string, string> = {
      'needs.areas': 'bereavement',
      'needs.barriers': 'digital',
      'needs.area_home': 'Ryde, IOW',
      'goal.1': 'a bereavement group',
      'goal.2': 'someone to talk to',
    };
    await answerUntil(h, overrides);
    await h.say('confirm');
    const plan = await storedPlan(h);
    const offered = [...plan.signposts, ...plan.referrals].map((r) => r.serviceId);
    expect(offered).toContain('ryde');
    expect(offered).not.toContain('southsea');
    expect(offered).not.toContain('pompey-line');
    expect(plan.narrative).toMatch(/Home is on the Isle of Wight: only venues on the island count as in reach/);
  });
});
