import { describe, expect, it } from 'vitest';
import { attendanceFeature } from '../../service/features/attendance';
import type { FeatureContext } from '../../service/features';
import { ScriptRegistry } from '../../service/script-registry';
import { attendanceSlotSchema } from '../../store/documents/attendance';
import { memoryStore } from '../tab/fixtures';
import { approvedPlan, person } from './fixtures';

/**
 * A reminder's "did they go?" button arrives in the link worker's chat whoever is open there.
 * It must record on the right person: when another person is open, it opens the person the
 * reminder was about and asks again (nothing recorded yet); a button for someone else's record
 * changes nothing.
 */
const entry = { link: 'referral' as const, serviceId: 'svc-debt', firstDate: '2026-12-05', setAt: '2026-12-01T10:00:00.000Z', setBy: 'lw-1', answers: [] };

async function setUp() {
  const store = await memoryStore();
  const about = person('as-1', { plan: approvedPlan('as-1'), attendance: { entries: [entry] } });
  const other = person('as-2', { ref: '4010232137' });
  const theirs = person('as-3', { owner: 'lw-2', ref: '4010232137', plan: approvedPlan('as-3'), attendance: { entries: [entry] } });
  for (const a of [about, other, theirs])
    await store.commitTurn({
      conversationId: `seed-${a.id}`,
      activityId: 's',
      conversation: { value: { activeAssessmentId: a.id, awaitingPatientRef: false }, expectedVersion: null },
      assessment: { value: a, expectedVersion: null },
      events: [],
      reply: { payload: {} },
    });
  const ctx = (open: typeof about): FeatureContext => ({
    userId: 'lw-1',
    activityId: 'card-1',
    now: '2026-12-06T09:00:00.000Z',
    conversation: { activeAssessmentId: open.id, awaitingPatientRef: false },
    assessment: open,
    script: null,
    store,
    scripts: new ScriptRegistry(store),
    newId: () => 'x',
  });
  return { store, about, other, ctx };
}

const click = (assessmentId: string, outcome = 'attended') => ({
  kind: 'card' as const,
  name: 'attendance',
  args: { assessmentId, link: 'referral', serviceId: 'svc-debt', outcome },
});

describe('a reminder button for the person not open', () => {
  it('opens the person it is about and asks again; the answer there is recorded on them', async () => {
    const { about, other, ctx } = await setUp();
    const c = ctx(other);
    expect(attendanceFeature.select(click('as-1'), c)).toBe(true);
    const switched = await attendanceFeature.handle(click('as-1'), c);
    expect(switched.conversation?.activeAssessmentId).toBe('as-1');
    expect(switched.assessment).toBeUndefined();
    expect(switched.items.map((i) => (i.kind === 'notice' ? i.text : i.kind))).toEqual([
      'Opened *** *** 5919. Nothing recorded yet — please answer again here.',
      'feature',
    ]);

    const recorded = await attendanceFeature.handle(click('as-1', 'declined'), ctx(about));
    expect(attendanceSlotSchema.parse(recorded.assessment?.features?.attendance).entries[0]!.answers).toEqual([
      { outcome: 'declined', at: '2026-12-06T09:00:00.000Z', by: 'lw-1' },
    ]);
  });

  it("refuses a button for another link worker's record, or one with a made-up outcome, changing nothing", async () => {
    const { other, ctx } = await setUp();
    const forged = await attendanceFeature.handle(click('as-3'), ctx(other));
    expect(forged).toEqual({ items: [expect.objectContaining({ text: 'That person could not be found among your records, so nothing was recorded.' })] });
    const odd = await attendanceFeature.handle(click('as-1', 'maybe'), ctx(other));
    expect(odd).toEqual({ items: [expect.objectContaining({ text: 'That button was not understood, so nothing was recorded.' })] });
  });
});
