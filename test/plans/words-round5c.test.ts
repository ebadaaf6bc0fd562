import { describe, expect, it } from 'vitest';
import { specificTopicsOf } from '../../plans/directory/specific-topics';
import type { DirectoryService } from '../../plans/directory/model';
import { assignResourcesToGoals } from '../../plans/goal-resources';
import { reachFor, walkingLimitKm } from '../../plans/reach';
import { service } from './fixtures';

const suggestion = (s: DirectoryService, mode: 'phone' | 'online' | 'in_person' = 'online') => ({
  service: s,
  score: 50,
  reasons: [],
  respectsBarriers: [],
  mode,
});

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
    // "About 1 km" allows a quarter more since round 6b (travel-limit.ts); "at most" does not.
    expect(r.radiusKm).toBe(1.3);
    expect(reachFor(['mobility'], 'Walks slowly, 1 km at most.').radiusKm).toBe(1);
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

describe('a goal naming one condition gets the service for that condition', () => {
  it('"talk to other people with ME": the ME and fatigue group, not a general peer group listed first', () => {
    const peers = service({
      id: 'peers',
      name: 'Riverside Online Peer Group',
      description: 'Talk with other people online about how you are feeling.',
      needAreas: ['loneliness'],
    });
    const meName = 'ME & Fatigue Online Group';
    const me = service({ id: 'me', name: meName, description: 'Online meetings.', needAreas: ['physical_health'], specificTo: specificTopicsOf(meName, []) });
    expect(me.specificTo).toContain('fatigue');
    const [got] = assignResourcesToGoals(['talk to other people with ME'], [suggestion(peers), suggestion(me)], ['physical_health', 'loneliness']);
    expect(got?.service.id).toBe('me');
    // Without the condition named, the general group keeps its place (the matcher's order).
    const [plain] = assignResourcesToGoals(['talk to other people'], [suggestion(peers), suggestion(me)], ['physical_health', 'loneliness']);
    expect(plain?.service.id).toBe('peers');
  });
});

describe('"work" and "job" are one subject when a goal is given a service', () => {
  it('"find out if I can work in a pharmacy here": the job club, not a skills course sharing only the need area', () => {
    const course = service({ id: 'course', name: 'Online Skills Course', description: 'Self-paced online course.', needAreas: ['work_volunteering'] });
    const club = service({
      id: 'club',
      name: 'Town Job Club',
      description: 'Job search, CVs and qualifications recognition.',
      needAreas: ['work_volunteering'],
      lat: 53.8,
      lon: -1.55,
    });
    const [got] = assignResourcesToGoals(
      ['find out if I can work in a pharmacy here'],
      [suggestion(course), suggestion(club, 'in_person')],
      ['work_volunteering'],
    );
    expect(got?.service.id).toBe('club');
  });
});
