import { attendanceSlotSchema, latestOutcome } from '../../store/documents/attendance';
import { notice } from '../../dialogs/engine/notice';
import { confirmedConcerns } from '../../dialogs/safeguarding';
import { z } from 'zod';
import type { AssessmentState } from '../../dialogs/engine/types';
import { escapeChatText } from '../../dialogs/markdown';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { planSchema, type Plan } from '../../plans/model';
import { parsePlanCommand, PLAN_USAGE, type PlanCommand } from '../../plans/plan-commands';
import { applyPlanChange, approvePlan, replaceWithRedraft, type Actor } from '../../plans/plan-edits';
import { planReplyText } from '../../plans/plan-text';
import { draftInputFor } from '../../plans/plan-draft-input';
import { placeQuestionAccepts, runPlaceQuestion } from './place-question';
import { describeLlmConfig, loadLlmConfig } from '../../prompts/llm-config';
import type { PlanDrafter } from '../../prompts/llm-drafter';
import { draftPlan } from '../../plans/draft-plan';
import { describeDirectorySource, loadDirectorySource, locationIssuesNote } from '../directory-source';
import type { Feature, FeatureContext, FeatureInput, FeatureResult } from '../features';
import type { PlanCardData, PlanFocus } from '../feature-prompts';
import type { FeaturePrompt } from '../reply';
import { QUESTION } from '../../dialogs/question-ids';
import { cohere } from '../../plans/plan-links';
import { continuePlan } from '../../plans/plan-continue';
import { reviewLinkOf } from '../../reports/review-link';
import { findServices, foundText, readFound, withFound } from './plan-find';
import { costRuleMessage, costRuleRefusal, recordCostRule, searchOptionsOf } from './plan-cost';
import type { SearchOptions } from '../../plans/resource-query';
import { readPlanFacts } from '../../plans/plan-input';
import { createPostcodeLookup, type PostcodeLookup } from '../../plans/places/postcode-lookup';
import { loadPlacesConfig } from '../config';
import { placesForDirectory } from '../../plans/places/directory-places';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { smallPlacesGreatBritain } from '../../plans/places/geonames-small-places';
import { prepareAuthorities } from '../../plans/places/authorities';
import type { WarmUp } from '../warm-up';

/**
 * The plan in chat: drafted when the assessment completes (or on `plan`), shown as a card, edited
 * by typed commands, approved by the link worker. The plan lives in the assessment document
 * (features.plan) so it is saved in the same encrypted, versioned write as everything else.
 */
export const PLAN_FEATURE = 'plan';

/** First dates and attendance answers shown beside each referral and signpost (issue 21). */
function attendanceOnCard(state: Partial<Pick<AssessmentState, 'features'>>): Pick<PlanCardData, 'attendance'> {
  const parsed = attendanceSlotSchema.safeParse(state.features?.attendance);
  if (!parsed.success || parsed.data.entries.length === 0) return {};
  return { attendance: parsed.data.entries.map((e) => ({ link: e.link, serviceId: e.serviceId, firstDate: e.firstDate, outcome: latestOutcome(e) })) };
}

export interface PlanFeatureDeps {
  directory: { index: DirectoryIndex };
  /** The optional online postcode lookup (WMA_POSTCODE_LOOKUP_URL); off when absent. */
  postcodes?: PostcodeLookup;
  /** Defaults to the rules drafter; pass createLlmDrafter(...) when an LLM is configured. */
  drafter?: PlanDrafter;
}

export const planItem = (
  plan: Plan,
  state: Pick<AssessmentState, 'id' | 'safeguarding'> & Partial<Pick<AssessmentState, 'features'>>,
  focus?: PlanFocus,
): FeaturePrompt => ({
  kind: 'feature',
  feature: PLAN_FEATURE,
  data: {
    plan,
    assessmentId: state.id,
    safeguarding: confirmedConcerns(state.safeguarding),
    ...(focus ? { focus } : {}),
    ...attendanceOnCard(state),
  } satisfies PlanCardData,
  text: planReplyText(plan),
});

/** Which goals and whether the service lists differ between two versions of a plan. */
export function changedParts(before: Plan, after: Plan): PlanFocus {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const goals = after.goals.flatMap((g, i) => (same(g, before.goals[i]) ? [] : [i]));
  const links = !same([before.referrals, before.signposts, before.barriers], [after.referrals, after.signposts, after.barriers]);
  return { goals, links };
}

type StoredPlan = { kind: 'none' } | { kind: 'ok'; plan: Plan } | { kind: 'invalid' };

const readStoredPlanOrNull = (state: Pick<AssessmentState, 'features'>): Plan | null => {
  const stored = readStoredPlan(state);
  return stored.kind === 'ok' ? stored.plan : null;
};

/** The plan slot, validated on every read: a damaged record is reported, never half-used. */
export function readStoredPlan(state: Pick<AssessmentState, 'features'>): StoredPlan {
  const raw = state.features?.[PLAN_FEATURE];
  if (raw === undefined) return { kind: 'none' };
  const parsed = planSchema.safeParse(raw);
  return parsed.success ? { kind: 'ok', plan: parsed.data } : { kind: 'invalid' };
}

/** For the export feature: the plan only if the link worker approved this exact version. */
export function getApprovedPlan(state: Pick<AssessmentState, 'features'>): Plan | null {
  const stored = readStoredPlan(state);
  if (stored.kind !== 'ok') return null;
  const p = stored.plan;
  return p.status === 'approved' && p.approvedBy && p.approvedAt ? p : null;
}

export function withPlan(state: AssessmentState, plan: Plan, now: string): AssessmentState {
  return { ...state, features: { ...state.features, [PLAN_FEATURE]: plan }, updatedAt: now };
}

/** A screened-out referral has no plan to agree. */
const planApplies = (state: AssessmentState) => {
  const outcome = state.answers[QUESTION.screenOutcome]?.value;
  return outcome !== 'decline' && outcome !== 'redirect';
};

const cardArgs = z.object({ command: z.enum(['approve', 'redraft', 'show']), version: z.coerce.number().int().min(1).optional() });

export function createPlanFeature(deps: PlanFeatureDeps): Feature {
  const drafter = deps.drafter ?? (async (input) => draftPlan(input));

  /** `choices` default to what the current plan recorded (`include paid`), so a redraft keeps them. */
  async function draftFor(state: AssessmentState, now: string, choices: SearchOptions = searchOptionsOf(readStoredPlanOrNull(state))): Promise<Plan> {
    const postcodes = deps.postcodes ? await deps.postcodes.pointsFor(readPlanFacts(state).areaHome) : undefined;
    const options = postcodes?.size ? { ...choices, postcodes } : choices;
    // A signpost no action uses would reach the GP record with nothing to do about it.
    return cohere(await drafter(draftInputFor(deps.directory.index, state, now, undefined, options))).plan;
  }

  /** A completed review continues the baseline's plan (approved if there is one) instead of starting again. */
  async function planForReview(ctx: FeatureContext, state: AssessmentState): Promise<{ plan: Plan; lead: string } | null> {
    const link = reviewLinkOf(state);
    const baseline = link ? (await ctx.store.getAssessment(link.baselineId))?.value : undefined;
    if (!baseline || baseline.owner !== state.owner) return null;
    const earlier = readStoredPlan(baseline);
    if (earlier.kind !== 'ok') return null;
    const plan = continuePlan({
      from: earlier.plan,
      fromAssessmentId: baseline.id,
      assessmentId: state.id,
      id: `plan-${state.id}`,
      now: ctx.now,
      actor: { by: ctx.userId, ...(ctx.userName ? { name: ctx.userName } : {}) },
      answers: state.answers,
    });
    const kept =
      earlier.plan.status === 'approved'
        ? ` The approved plan (version ${earlier.plan.version}) stays with the first assessment, exportable as approved: \`people\`, then \`open\` it.`
        : '';
    return { plan, lead: `The plan carries on from the agreed plan, with each goal's progress from this review. Check it together, then approve it.${kept}` };
  }

  function parseInput(input: FeatureInput, current: Plan | null): { command: PlanCommand } | { message: string } | null {
    if (input.kind === 'text') {
      const parsed = parsePlanCommand(input.text);
      if (!parsed) return null;
      return parsed.ok ? { command: parsed.command } : { message: parsed.message };
    }
    const args = cardArgs.safeParse(input.args);
    if (!args.success) return { message: 'That plan button was not understood, so nothing was changed.' };
    // A button on an older card must not approve changes the link worker has not seen.
    if (args.data.command === 'approve' && current && args.data.version !== undefined && args.data.version !== current.version)
      return {
        message: `That card shows plan version ${args.data.version}, but the plan is now version ${current.version}. Check the current plan below, then approve it.`,
      };
    return { command: { kind: args.data.command } as PlanCommand };
  }

  async function run(input: FeatureInput, ctx: FeatureContext): Promise<FeatureResult> {
    if (input.kind === 'text' && ctx.assessment?.status === 'active') return runPlaceQuestion(input.text, ctx, deps.directory.index);
    const state = ctx.assessment!;
    const actor: Actor = { by: ctx.userId, at: ctx.now, ...(ctx.userName ? { name: ctx.userName } : {}) };
    const stored = readStoredPlan(state);
    const current = stored.kind === 'ok' ? stored.plan : null;
    const parsed = parseInput(input, current);
    if (!parsed) return { items: [] };
    if ('message' in parsed) return { items: [notice(parsed.message, 'warning'), ...(current ? [planItem(current, state)] : [])] };
    const c = parsed.command;
    if (c.kind === 'help') return { items: [notice(`Plan commands:\n${PLAN_USAGE}`)] };
    if (!planApplies(state)) return { items: [notice('The screening outcome was not “accept”, so there is no plan to agree for this assessment.')] };
    if (stored.kind === 'invalid' && c.kind !== 'redraft')
      return { items: [notice('The saved plan could not be read, so nothing was changed. Type `redraft` to draft it again.', 'error')] };

    if (c.kind === 'redraft' || !current) {
      const fresh = await draftFor(state, ctx.now);
      const plan = current ? replaceWithRedraft(current, fresh, actor) : fresh;
      const lead = current ? 'Redrafted. Earlier changes were replaced (they stay in the change history).' : 'Here is the draft plan.';
      const items =
        c.kind === 'redraft' || c.kind === 'show'
          ? [notice(lead), planItem(plan, state)]
          : [notice(`${lead} Nothing else was changed — check it, then repeat your command.`), planItem(plan, state)];
      return { items, assessment: withPlan(state, plan, ctx.now) };
    }
    if (c.kind === 'show') return { items: [planItem(current, state)] };
    if (c.kind === 'cost_rule') {
      const refusal = costRuleRefusal(state, current, c.allowPaid);
      if (refusal) return { items: [notice(refusal)] };
      const plan = recordCostRule(replaceWithRedraft(current, await draftFor(state, ctx.now, { allowPaid: c.allowPaid }), actor), c.allowPaid, actor);
      return {
        items: [notice(costRuleMessage(plan, c.allowPaid, current.status === 'approved')), planItem(plan, state)],
        assessment: withPlan(state, plan, ctx.now),
      };
    }
    if (c.kind === 'find') {
      const { found, lead } = findServices(deps.directory.index, c.text);
      return { items: [notice(foundText(found, lead))], assessment: withFound(state, found, ctx.now) };
    }
    const r = c.kind === 'approve' ? approvePlan(current, actor) : applyPlanChange(current, c, actor, readFound(state));
    if (!r.ok) return { items: [notice(r.message, 'warning')] };
    // The summary quotes what was typed; it is stored as typed and escaped only for the chat.
    const summary = escapeChatText(r.summary);
    if (c.kind === 'approve')
      return {
        items: [notice(`${summary} Only this approved version can be exported; any change will need approving again.`), planItem(r.plan, state)],
        assessment: withPlan(state, r.plan, ctx.now),
      };
    // Only the changed part is shown after an edit; `plan` shows it all.
    return {
      items: [notice(`${summary} (plan version ${r.plan.version}).`), planItem(r.plan, state, changedParts(current, r.plan))],
      assessment: withPlan(state, r.plan, ctx.now),
    };
  }

  return {
    name: PLAN_FEATURE,
    help: '`plan` shows the care and support plan; `approve`, `redraft`, `edit goal 1 …`, `edit action 1.2 …`, `remove referral 1`, `find carers Bath`, `add signpost 1 to goal 1`, `include paid` / `free only` (cost barrier) — `help plan` lists them all.',
    select(input, ctx) {
      // Issue 15: an unknown or ambiguous home area is asked about at the area question itself.
      if (input.kind === 'text' && placeQuestionAccepts(input.text, ctx, deps.directory)) return true;
      if (ctx.assessment?.status !== 'completed') return false;
      if (input.kind === 'card') return input.name === PLAN_FEATURE;
      return parsePlanCommand(input.text) !== null;
    },
    handle: run,
    async onCompleted(ctx) {
      const state = ctx.assessment;
      if (!state || !planApplies(state) || readStoredPlan(state).kind !== 'none') return { items: [] };
      const continued = await planForReview(ctx, state);
      if (continued) return { items: [notice(continued.lead), planItem(continued.plan, state)], assessment: withPlan(state, continued.plan, ctx.now) };
      const plan = await draftFor(state, ctx.now);
      return {
        items: [
          notice('I have drafted a care and support plan from what matters to the person. Review it together, edit it, then approve it.'),
          planItem(plan, state),
        ],
        assessment: withPlan(state, plan, ctx.now),
      };
    },
  };
}

/**
 * The composition-root helper: loads the directory once, reads the LLM configuration (off unless
 * WMA_LLM_PROVIDER is set; a bad value throws LlmConfigError naming the variable) and logs both
 * choices loudly. Outcomes of LLM drafting are logged without patient text.
 */
export async function createPlanFeatureFromEnv(options: {
  dataDir: string;
  /** Passed in by the composition root: features never read process.env themselves. */
  env: NodeJS.ProcessEnv;
  logger: { info(obj: object, msg?: string): void };
  /** Where to add the directory's index build, run by the server just after it listens (service/warm-up.ts). */
  warmUps?: WarmUp[];
}): Promise<Feature> {
  const directory = loadDirectorySource({
    dataDir: options.dataDir,
    onIndexed: (d, ms) =>
      options.logger.info(
        { directory: d.kind, services: d.serviceCount, locationIssues: d.locationIssues ?? 0, ms: Math.round(ms) },
        `Resource directory indexed in ${Math.round(ms)} ms${locationIssuesNote(d)}`,
      ),
  });
  options.logger.info({ directory: directory.kind, services: directory.serviceCount }, describeDirectorySource(directory));
  // The index and the place lookups the first area answer needs (placesForDirectory is cached per
  // index), in three steps: the GeoNames towns, GeoNames' smaller places, then the rest.
  let geonamesRead = 0;
  options.warmUps?.push({
    name: 'directory',
    step: () => {
      if (geonamesRead < 2) {
        if (geonamesRead === 0) geoNamesGreatBritain();
        else smallPlacesGreatBritain();
        geonamesRead++;
        return true;
      }
      placesForDirectory(directory.index);
      // The council lookup's grid over the same GeoNames places (authorities.ts), built once here
      // rather than on the first plan.
      prepareAuthorities();
      return false;
    },
  });
  const places = loadPlacesConfig(options.env);
  const postcodes = places.postcodeLookupUrl ? createPostcodeLookup({ baseUrl: places.postcodeLookupUrl }) : undefined;
  options.logger.info(
    { postcodeLookup: places.postcodeLookupUrl ? new URL(places.postcodeLookupUrl).host : 'off' },
    places.postcodeLookupUrl
      ? 'Online postcode lookup on (full postcodes resolved to their own point; cached)'
      : 'Online postcode lookup off (postcodes resolved from the directory’s districts)',
  );
  const llm = loadLlmConfig(options.env);
  options.logger.info({ llm: llm?.provider ?? 'off' }, describeLlmConfig(llm));
  if (!llm) return createPlanFeature({ directory, ...(postcodes ? { postcodes } : {}) });
  // LangChain and the tokenizer cost ~80 MB of memory: loaded only when an LLM is configured.
  const [{ createLlmDrafter }, { createChatModel }] = await Promise.all([import('../../prompts/llm-drafter'), import('../../prompts/llm-provider')]);
  const drafter = createLlmDrafter(await createChatModel(llm), {
    timeoutMs: llm.timeoutMs,
    onOutcome: (o) => options.logger.info({ llmDraftUsed: o.used, ...(o.reason ? { reason: o.reason } : {}) }, 'plan drafted'),
  });
  return createPlanFeature({ directory, drafter, ...(postcodes ? { postcodes } : {}) });
}
