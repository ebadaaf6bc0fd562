import { z } from 'zod';
import type { ResourceSuggestion } from '../plans/directory/query';
import { contactLine } from '../plans/draft-plan';
import { planSchema, type Plan, type PlanAction, type PlanGoal, type ResourceLink } from '../plans/model';

/**
 * The LLM's answer, validated, and how it becomes a Plan. The LLM only writes wording (actions,
 * strategies, intentions, barrier steps, narrative). Everything else comes from the rules draft:
 * goals in the person's words with their rulers, strengths, needs, the support-style decision
 * (who is referred, supported first attendance), contact details (from the directory, never from
 * the model), review date. Any rule broken → an error message, and the caller falls back.
 */
export const llmActionSchema = z.object({
  what: z.string().trim().min(3).max(300),
  who: z.enum(['person', 'link_worker', 'service']),
  serviceId: z.string().min(1).max(200).nullable().optional(),
  when: z.string().trim().min(1).max(120),
  strategies: z.array(z.string().trim().min(1).max(300)).max(5).default([]),
  intention: z
    .string()
    .trim()
    .regex(/^I intend to /i, 'must start "I intend to"')
    .max(400),
  smallFirstStep: z.boolean().default(false),
});

export const llmPlanSchema = z.object({
  narrative: z.string().trim().min(1).max(1500),
  goals: z.array(z.object({ goal: z.number().int().min(1), actions: z.array(llmActionSchema).min(1).max(4) })).max(10),
  barriers: z
    .array(z.object({ key: z.string().min(1).max(40), howAddressed: z.string().trim().min(1).max(400) }))
    .max(20)
    .default([]),
});
export type LlmPlan = z.infer<typeof llmPlanSchema>;

export class LlmOutputError extends Error {}

/** Contact details may only come from the directory, so the model must not write any. */
const CONTACT_DETAIL = /(https?:\/\/|www\.|[\w.+-]+@[\w-]+\.[\w.]+|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44)/i;

const NOT_NAMES = new Set([
  'I',
  'GP',
  'NHS',
  'UK',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mondays',
  'Tuesdays',
  'Wednesdays',
  'Thursdays',
  'Fridays',
  'Saturdays',
  'Sundays',
  'English',
]);

/** Capitalised words mid-sentence in the person's words: names of people, places, businesses. */
function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[a-z,] ([A-Z][\w'’-]{2,})/g)) if (!NOT_NAMES.has(m[1]!)) out.add(m[1]!);
  return out;
}

/**
 * A name the person mentioned (e.g. "recommend CasinoCo" in an answer) that the model repeats
 * and that is not a candidate service: injected text trying to become a recommendation.
 */
function repeatsUnlistedName(personText: string, outputTexts: readonly string[], allowed: string): boolean {
  const output = outputTexts.join('\n');
  for (const name of namesIn(personText)) {
    const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    if (re.test(output) && !re.test(allowed)) return true;
  }
  return false;
}

/** Model text → JSON: tolerates a ```json fence or a sentence around the object. */
export function parseModelJson(text: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text)?.[1] ?? text;
  const start = fenced.indexOf('{');
  const end = fenced.lastIndexOf('}');
  if (start < 0 || end <= start) throw new LlmOutputError('the reply contained no JSON object');
  try {
    return JSON.parse(fenced.slice(start, end + 1));
  } catch {
    throw new LlmOutputError('the reply was not valid JSON');
  }
}

export function validateLlmPlan(raw: unknown): LlmPlan {
  const parsed = llmPlanSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new LlmOutputError(`the reply did not match the plan format (${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'})`);
  }
  return parsed.data;
}

/** The rules draft + the LLM's wording → the LLM plan; throws LlmOutputError on any breach. */
export interface MergeContext {
  candidates: readonly ResourceSuggestion[];
  /** In the rules draft's barrier order. */
  barrierKeys: readonly string[];
  /** The rules' decision: the link worker refers and goes along the first time. */
  supported: boolean;
  /** The quoted person's words as sent, to spot injected names coming back. */
  personText: string;
}

export function mergeLlmPlan(base: Plan, out: LlmPlan, ctx: MergeContext): Plan {
  const { candidates, barrierKeys, supported } = ctx;
  const byId = new Map(candidates.map((c) => [c.service.id, c]));
  const texts = [
    out.narrative,
    ...out.barriers.map((b) => b.howAddressed),
    ...out.goals.flatMap((g) => g.actions.flatMap((a) => [a.what, a.when, a.intention, ...a.strategies])),
  ];
  if (texts.some((t) => CONTACT_DETAIL.test(t))) throw new LlmOutputError('the reply included contact details that are not from the directory');
  const allowed = [...candidates.map((c) => `${c.service.name} ${c.service.description}`), ...base.goals.map((g) => g.text)].join('\n');
  if (repeatsUnlistedName(ctx.personText, texts, allowed))
    throw new LlmOutputError('the reply named an organisation or person that is not in the candidate list');
  const seen = new Set<number>();
  for (const g of out.goals) {
    if (g.goal > base.goals.length) throw new LlmOutputError(`the reply referred to goal ${g.goal}, which does not exist`);
    if (seen.has(g.goal)) throw new LlmOutputError(`the reply gave goal ${g.goal} twice`);
    seen.add(g.goal);
    for (const a of g.actions) {
      if (a.serviceId && !byId.has(a.serviceId)) throw new LlmOutputError('the reply cited a service that is not in the candidate list');
      if (a.who === 'service' && !a.serviceId) throw new LlmOutputError('a service action had no service id');
    }
  }
  if (seen.size !== base.goals.length) throw new LlmOutputError('the reply did not cover every goal');
  for (const b of out.barriers) if (!barrierKeys.includes(b.key)) throw new LlmOutputError(`the reply addressed an unknown barrier "${b.key.slice(0, 20)}"`);

  const cited: ResourceSuggestion[] = [];
  const goals: PlanGoal[] = base.goals.map((goal, gi) => {
    const wording = out.goals.find((g) => g.goal === gi + 1)!;
    const confidence = goal.actions[goal.actions.length - 1]?.confidence ?? null;
    const actions = wording.actions.map((a, ai): PlanAction => {
      const service = a.serviceId ? byId.get(a.serviceId)! : undefined;
      if (service && !cited.includes(service)) cited.push(service);
      return {
        id: `${goal.id}.a${ai + 1}`,
        what: a.what,
        who:
          a.who === 'service' && service
            ? { kind: 'service', serviceId: service.service.id, name: service.service.name }
            : a.who === 'link_worker'
              ? { kind: 'link_worker' }
              : { kind: 'person' },
        when: a.when,
        strategies: a.strategies,
        status: 'not_started',
        // Rulers are the person's, not the model's: the main action carries the goal's confidence.
        confidence: a.smallFirstStep ? null : confidence,
        intention: { statement: a.intention, rating: null },
        // Who goes along is decided by the rules (support style, anxiety), never by the model.
        supportedFirstAttendance: supported && Boolean(service) && !a.smallFirstStep,
      };
    });
    return { ...goal, actions };
  });
  const howByKey = new Map(out.barriers.map((b) => [b.key, b.howAddressed]));
  const barriers = base.barriers.map((b, i) => ({ ...b, howAddressed: howByKey.get(barrierKeys[i] ?? '') ?? b.howAddressed }));
  const link = (r: ResourceSuggestion): ResourceLink => ({
    serviceId: r.service.id,
    name: r.service.name,
    contact: contactLine(r),
    reasons: r.reasons.slice(0, 8),
  });
  const plan: Plan = {
    ...base,
    drafter: 'llm',
    goals,
    barriers,
    referrals: supported ? cited.map(link) : [],
    signposts: supported ? [] : cited.map(link),
    noActionsRequired: goals.every((g) => g.actions.length === 0),
    narrative: out.narrative,
  };
  const checked = planSchema.safeParse(plan);
  if (!checked.success) throw new LlmOutputError('the merged plan failed validation');
  return checked.data;
}
