import { describe, expect, it } from 'vitest';
import { reachFor, walkingLimitKm } from '../../plans/reach';

/**
 * Issue 15, round 5c: what the south-east London and Kent set showed once it became a tuning set
 * (RESULTS.md §17). Invented words; not the evaluation data.
 */
describe('a walking limit in the person’s own words sets the in-person radius', () => {
  it.each([
    ['Walks slowly, up to about 1 km. Not online.', 1],
    ['She can walk about half a mile on a good day', 0.8],
    ['walking no more than 800 metres', 0.8],
    ['He walks at most 2 km with a stick', 2],
  ])('%s → %s km', (words, km) => {
    expect(walkingLimitKm(words)).toBe(km);
  });

  it('tightens a mobility barrier’s default radius and says why', () => {
    const r = reachFor(['mobility'], 'Walks slowly, up to about 1 km.');
    expect(r.radiusKm).toBe(1);
    expect(r.why.join(' ')).toContain('walks about 1 km at most');
    // Without the words, the barrier's own radius stands.
    expect(reachFor(['mobility'], 'Knees are bad.').radiusKm).toBe(3);
  });

  it('does not apply when the person also gets about by bus, car or lift', () => {
    expect(walkingLimitKm('Walks up to about 1 km, takes the bus into town')).toBeUndefined();
    expect(reachFor(['mobility'], 'Walks up to 1 km; her son gives her a lift').radiusKm).toBe(3);
  });

  it('walking named without a distance ("walking about the park", "walks the dog") is no limit', () => {
    expect(walkingLimitKm('I like walking about the park')).toBeUndefined();
    expect(walkingLimitKm('Walks the dog every day')).toBeUndefined();
  });
});
