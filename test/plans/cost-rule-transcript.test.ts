import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importDirectoryText } from '../../plans/directory/import';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { createPlanFeature } from '../../service/features/plan';
import { createHarness, texts, type Harness } from '../helpers/bot-harness';
import { answerUntil, storedPlan } from '../helpers/transcript';

/**
 * `include paid` / `free only` through the real handler: under a cost barrier only free services
 * are offered until the link worker widens it; the choice is recorded on the plan with who and
 * when, survives a redraft, and bad or pointless requests change nothing. Directory: the Cornwall
 * tuning set (Truro has low-cost walking netball and a paid counsellor; goals name them).
 */
const cornwall = fileURLToPath(new URL('../../eval/plans/tuning/cornwall/directory.json', import.meta.url));
const { index } = indexImportedDirectory(importDirectoryText(readFileSync(cornwall, 'utf8')).services);
let h: Harness;
afterEach(async () => h?.close());

async function completeAssessment(h: Harness, overrides: Record<string, string>): Promise<void> {
  await answerUntil(h, overrides);
  await h.say('confirm');
}
const costOf = (id: string) => index.services.find((s) => s.id === id)!.cost;
const offeredCosts = (plan: Awaited<ReturnType<typeof storedPlan>>) => [...plan.signposts, ...plan.referrals].map((r) => costOf(r.serviceId));
const person = {
  'needs.areas': '1, 7, 9',
  'needs.barriers': 'cost',
  'needs.area_home': 'Truro',
  'goal.1': 'try walking netball',
  'goal.2': 'talk to a counsellor',
};

describe('transcript: widening the cost rule', () => {
  it('include paid re-finds suggestions with paid options, is recorded on the plan, survives a redraft, and free only undoes it', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await completeAssessment(h, person);
    const before = await storedPlan(h);
    expect(offeredCosts(before).every((c) => c === 'free')).toBe(true);
    expect(before.searchArea?.paidIncluded).toBeUndefined();

    const r = texts(await h.say('include paid'));
    expect(r).toMatch(/Paid and low-cost services are now included for this person despite the cost barrier/);
    expect(r).toMatch(/`free only` to undo/);
    const widened = await storedPlan(h);
    expect(widened.version).toBe(before.version + 1);
    expect(widened.searchArea?.paidIncluded).toBe(true);
    expect(widened.narrative).toMatch(/paid and low-cost services included, as the link worker chose/);
    expect(widened.edits.at(-1)).toMatchObject({ by: 'aad-lw-1', change: expect.stringMatching(/Cost rule widened/) });
    expect(offeredCosts(widened).some((c) => c !== 'free')).toBe(true);
    expect(widened.barriers.find((b) => /cost/i.test(b.barrier))?.howAddressed).toMatch(/included paid and low-cost services/);

    expect(texts(await h.say('include paid'))).toMatch(/already included.*Nothing was changed/);
    expect((await storedPlan(h)).version).toBe(widened.version);

    await h.say('redraft');
    expect((await storedPlan(h)).searchArea?.paidIncluded).toBe(true);

    expect(texts(await h.say('free only'))).toMatch(/Back to free services only/);
    const back = await storedPlan(h);
    expect(back.searchArea?.paidIncluded).toBeUndefined();
    expect(offeredCosts(back).every((c) => c === 'free')).toBe(true);
    expect(back.edits.at(-1)?.change).toMatch(/back to free services only/);
  });

  it('without a cost barrier it says paid services are already offered and changes nothing; help lists it', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index } })] });
    await completeAssessment(h, { ...person, 'needs.barriers': 'transport' });
    const before = await storedPlan(h);
    expect(texts(await h.say('include paid'))).toMatch(/Cost was not named as a barrier.*Nothing was changed/);
    expect(await storedPlan(h)).toEqual(before);
    expect(texts(await h.say('help plan'))).toMatch(/`include paid`.*`free only`/);
  });
});
