import { z } from 'zod';
import type { ScoreChange, Scores, Source } from '../../dialogs/scoring';

/**
 * Runtime schemas for the scoring types (dialogs/scoring/types.ts), for the replies that carry
 * them to the edge. Each is annotated with the type it checks, so the compiler fails here when a
 * scoring type gains a field the schema does not know.
 */
const sourceFields = { name: z.string(), citation: z.string() };
export const sourceSchema: z.ZodType<Source> = z.object(sourceFields);

const notScored = z.object({ scored: z.literal(false), missingItems: z.array(z.string()), invalidItems: z.array(z.string()) });
const ons4Item = z.discriminatedUnion('scored', [
  z.object({
    scored: z.literal(true),
    value: z.number(),
    band: z.enum(['very_low', 'low', 'medium', 'high', 'very_high']),
    bandLabel: z.string(),
  }),
  notScored,
]);
const mhlcSubscale = z.discriminatedUnion('scored', [z.object({ scored: z.literal(true), sum: z.number() }), notScored]);
const uclaItems = z.enum(['companionship', 'left_out', 'isolated']);
const uclaTotal = z.discriminatedUnion('scored', [z.object({ scored: z.literal(true), total: z.number(), items: z.record(uclaItems, z.number()) }), notScored]);
const categorical = z.object({ value: z.string(), label: z.string() }).nullable();
const nullableText = z.string().nullable();

export const MHLC_SUBSCALES = z.enum(['internal', 'chance', 'powerfulOthers']);
export const GOAL_NUMBER = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** The Health Belief Model prompts: the person's words per construct, never a score. */
export const hbmSchema = z.object({
  ...sourceFields,
  label: z.string(),
  answers: z.record(z.enum(['susceptibility', 'severity', 'benefits', 'barriers', 'cues', 'self_efficacy']), nullableText),
});
export const goalRulersSchema = z.object({ number: GOAL_NUMBER, text: z.string(), importance: z.number().nullable(), confidence: z.number().nullable() });

export const scoresSchema: z.ZodType<Scores> = z.object({
  ons4: z.object({
    ...sourceFields,
    instrument: z.literal('ons4'),
    items: z.record(z.enum(['life_satisfaction', 'worthwhile', 'happiness', 'anxiety']), ons4Item),
  }),
  mhlc: z.object({ ...sourceFields, instrument: z.literal('mhlc_a'), subscales: z.record(MHLC_SUBSCALES, mhlcSubscale) }),
  ucla3: z.object({ ...sourceFields, instrument: z.literal('ucla3'), total: uclaTotal, direct: categorical, lonelinessType: categorical }),
  goals: z.object({ ...sourceFields, goals: z.array(goalRulersSchema) }),
  hbm: hbmSchema,
});

export const CHANGE_DIRECTION = z.enum(['improved', 'worse', 'no change', 'higher', 'lower', 'not comparable']);
export const BETTER_WHEN = z.enum(['higher', 'lower', 'neither']);
const side = z.object({ value: z.union([z.number(), z.string()]), label: z.string() }).nullable();
export const scoreChangeSchema: z.ZodType<ScoreChange> = z.object({
  measure: z.string(),
  label: z.string(),
  baseline: side,
  latest: side,
  change: z.number().nullable(),
  direction: CHANGE_DIRECTION,
  betterWhen: BETTER_WHEN,
  summary: z.string(),
});
