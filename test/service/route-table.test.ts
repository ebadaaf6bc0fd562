import { describe, expect, it } from 'vitest';
import type { Feature } from '../../service/features';
import { assessmentListFeature } from '../../service/features/assessment-list';
import { insightFeature } from '../../service/features/insight';
import { createPlanFeature } from '../../service/features/plan';
import { progressFeature } from '../../service/features/progress';
import { reviewFeature } from '../../service/features/review';
import { sessionsFeature } from '../../service/features/sessions';
import { checkinFeature, supervisionFeature } from '../../service/features/supervision';
import { AFTER_COMPLETED, completionHooks, featureRoute, ROUTES, sortRoutes } from '../../service/route-table';
import { INDEX } from '../plans/helpers';

const plan = createPlanFeature({ directory: { index: INDEX } });
const ALL: Feature[] = [assessmentListFeature, insightFeature, sessionsFeature, supervisionFeature, checkinFeature, plan, reviewFeature, progressFeature];

describe('the route table', () => {
  it('gives every route a distinct explicit rank, with start first and the engine last', () => {
    const ranks = Object.values(ROUTES).map((r) => r.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(Math.min(...ranks)).toBe(ROUTES.start.rank);
    expect(Math.max(...ranks)).toBe(ROUTES.engine.rank);
  });

  it('tries features by rank whatever order they are listed in', () => {
    const shuffled = [progressFeature, checkinFeature, assessmentListFeature, plan, reviewFeature, insightFeature, supervisionFeature, sessionsFeature];
    expect(sortRoutes(shuffled.map(featureRoute)).map((r) => r.name)).toEqual(sortRoutes(ALL.map(featureRoute)).map((r) => r.name));
    expect(sortRoutes(ALL.map(featureRoute)).map((r) => r.name)).toEqual([
      'assessments',
      'insight',
      'sessions',
      'supervision',
      'checkin',
      'plan',
      'review',
      'progress',
    ]);
  });

  it('runs completion hooks in their declared order: insight, then the plan, then a review’s progress card', () => {
    expect(completionHooks([reviewFeature, plan, insightFeature]).map((h) => h.name)).toEqual(['insight', 'plan', 'review']);
    expect(Object.keys(AFTER_COMPLETED)).toEqual(['insight', 'plan', 'review']);
  });

  it('refuses a feature without a rank, a hook without an order, and a feature registered twice', () => {
    const stray = { ...insightFeature, name: 'stray' } as unknown as Feature;
    expect(() => featureRoute(stray)).toThrow(/add it to ROUTES/);
    const hooked = { ...checkinFeature, onCompleted: async () => ({ items: [] }) };
    expect(() => completionHooks([hooked])).toThrow(/add it to AFTER_COMPLETED/);
    expect(() => sortRoutes([featureRoute(insightFeature), featureRoute(insightFeature)])).toThrow(/registered twice/);
  });

  it('passes cards addressed to a feature to it, and never engine cards', () => {
    const route = featureRoute(plan);
    const ctx = { assessment: { status: 'completed' } } as never;
    expect(route.select({ kind: 'card', action: { wma: 'feature', name: 'plan', args: { command: 'show' } } }, ctx)).toBe(true);
    expect(route.select({ kind: 'card', action: { wma: 'command', command: 'confirm' } }, ctx)).toBe(false);
  });
});
