import { refuseMalformedPrompts } from './feature-prompts';
import type { Feature, FeatureContext, FeatureInput, FeatureResult, Route, RouteInput } from './features';

/**
 * THE ROUTE TABLE — how a turn is dispatched, in one place.
 *
 * A turn is: load → guards (owner, card belongs to this assessment) → select → handle →
 * after-turn hooks → commit (service/turn-service.ts). Routes are tried from the lowest rank up;
 * the first whose `select(input, ctx)` is true handles the turn, so where two routes could both
 * take a message, the rank — not the order features happen to be listed in — decides.
 * Features missing from this table are refused at start-up.
 *
 * Each entry: rank, the module that implements the route, and why it sits where it does.
 */
export const ROUTES = {
  start: {
    rank: 10,
    in: 'service/routes/start-route.ts',
    why: '`start`/`new` always begins a new assessment, whatever is open; after a bare `start` the next message is the patient reference',
  },
  help: {
    rank: 20,
    in: 'service/features/help.ts',
    why: '`help` when no assessment is open or it is completed: lists what can be done now (during an assessment the engine answers `help`)',
  },
  caseload: {
    rank: 25,
    in: 'service/features/caseload.ts',
    why: '`caseload`, `caseload due`, `caseload at cap` and its card rows: the link worker’s own people, before `people` (which no longer takes the word)',
  },
  people: {
    rank: 30,
    in: 'service/features/people.ts',
    why: '`people` / `open *** 5919`: move to another person; `open` takes only a reference-shaped word, so "open spaces" stays an answer',
  },
  export: {
    rank: 50,
    in: 'service/features/export.ts',
    why: '`export…`, `ask gp`, `send to gp`; while it confirms name and date of birth it takes the typed reply (a surname such as "Session" is not a command)',
  },
  assessments: {
    rank: 100,
    in: 'service/features/assessment-list.ts',
    why: '`assessments` / `resume N` switch assessments, so they must win over the engine’s own `resume`',
  },
  insight: { rank: 200, in: 'service/features/insight.ts', why: '`summary` / `insight` at any time' },
  sessions: { rank: 300, in: 'service/features/sessions.ts', why: '`session…`, `extend`, `onward`, `exit`: contact records, before the plan’s word list' },
  supervision: { rank: 400, in: 'service/features/supervision.ts', why: '`supervision…`: a private flag on the case' },
  checkin: { rank: 500, in: 'service/features/supervision.ts', why: '`checkin`: the link worker’s own check-in, about no patient' },
  plan: {
    rank: 600,
    in: 'service/features/plan.ts',
    why: 'plan edit words (`approve`, `edit goal 1`…) only once the assessment is complete; plan card buttons',
  },
  review: {
    rank: 700,
    in: 'service/features/review.ts',
    why: '`review` / `discharge` after completion; while in progress `review` falls through to the engine',
  },
  progress: { rank: 800, in: 'service/features/progress.ts', why: '`progress`: baseline against reviews' },
  attendance: {
    rank: 900,
    in: 'service/features/attendance.ts',
    why: '`first date referral 1 …`, `referral 1 attended`, `follow up …` and the "did they go?" buttons: after every older feature, so it takes only its own words; a bare `attended` only on a completed assessment with one question open',
  },
  engine: {
    rank: 1000,
    in: 'service/routes/engine-route.ts',
    why: 'last: whatever no feature claims is an answer, a card or a command for the open assessment',
  },
} as const satisfies Record<string, { rank: number; in: string; why: string }>;

export type RouteName = keyof typeof ROUTES;

/**
 * After-turn hooks: when a turn completes an assessment, each feature's `onCompleted` runs in
 * this order, each seeing the state the previous one left.
 */
export const AFTER_COMPLETED = {
  insight: { order: 10, why: 'the insight card comes first: it is what the link worker reads with the person' },
  plan: { order: 20, why: 'the draft plan follows the insight card it is drafted from' },
  review: { order: 30, why: 'a completed review shows the progress card last' },
} as const satisfies Partial<Record<RouteName, { order: number; why: string }>>;

const asFeatureInput = (input: RouteInput): FeatureInput | null => {
  if (input.kind === 'text') return input;
  return input.action.wma === 'feature' ? { kind: 'card', name: input.action.name, args: input.action.args ?? {} } : null;
};

/** A feature as a route: it sees typed text and cards addressed to features, never engine cards. */
export function featureRoute(feature: Feature): Route {
  const entry = ROUTES[feature.name];
  if (!entry) throw new Error(`Feature "${String(feature.name)}" has no rank: add it to ROUTES in service/route-table.ts`);
  return {
    name: feature.name,
    rank: entry.rank,
    select: (input, ctx) => {
      const fi = asFeatureInput(input);
      return fi !== null && feature.select(fi, ctx);
    },
    // select() has just accepted this input, so it converts. A card whose data fails its schema refuses the result.
    handle: async (input, ctx) => refuseMalformedPrompts(await feature.handle(asFeatureInput(input)!, ctx)),
  };
}

export interface AfterCompletedHook {
  name: RouteName;
  order: number;
  run(ctx: FeatureContext): Promise<FeatureResult>;
}

/** The completion hooks of the features in use, in AFTER_COMPLETED order. */
export function completionHooks(features: readonly Feature[]): AfterCompletedHook[] {
  return features
    .flatMap((f): AfterCompletedHook[] => {
      if (!f.onCompleted) return [];
      const entry = (AFTER_COMPLETED as Partial<Record<RouteName, { order: number }>>)[f.name];
      if (!entry) throw new Error(`Feature "${f.name}" has a completion hook but no order: add it to AFTER_COMPLETED in service/route-table.ts`);
      return [{ name: f.name, order: entry.order, run: async (ctx) => refuseMalformedPrompts(await f.onCompleted!(ctx)) }];
    })
    .sort((a, b) => a.order - b.order);
}

/** Routes sorted by rank; two routes with one name (a feature registered twice) are refused. */
export function sortRoutes(routes: readonly Route[]): Route[] {
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.name)) throw new Error(`Route "${r.name}" is registered twice`);
    seen.add(r.name);
  }
  return [...routes].sort((a, b) => a.rank - b.rank);
}
