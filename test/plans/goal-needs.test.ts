import { describe, expect, it } from 'vitest';
import { needsForGoal } from '../../plans/goal-resources';

/**
 * Which need areas a goal's own words name. "Group", "club", "coffee" say how people meet, not
 * why: a bereavement group is bereavement support, and the drafter must not fill it with any
 * group (the shipped demo once offered a young adults' wellbeing group to a bereaved widow).
 */
describe('needsForGoal', () => {
  it('a named need wins over the format word: "join a bereavement group" is bereavement only', () => {
    expect(needsForGoal('join a bereavement group')).toEqual(['bereavement']);
    expect(needsForGoal('go to a walking club')).toEqual(['activity']);
    expect(needsForGoal('a money advice drop-in or group')).toEqual(['money']);
  });

  it('a format word alone still means company', () => {
    expect(needsForGoal('join a group')).toEqual(['loneliness']);
    expect(needsForGoal('a coffee morning once a week')).toEqual(['loneliness']);
  });

  it('company named outright stays loneliness, alongside any other need', () => {
    expect(needsForGoal('meet new people at a bereavement group')).toEqual(['loneliness', 'bereavement']);
  });
});
