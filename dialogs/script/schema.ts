import { z } from 'zod';
import { INSTRUMENT_IDS } from '../instruments';
import { RISK_CATEGORY_IDS, type RiskCategory } from '../vocabulary';

/**
 * The script model: a service's assessment conversation as data. Managers edit it; the engine
 * interprets it. Validated instruments are included by id only, so their wording and scoring
 * cannot be changed from a script.
 */

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z][a-z0-9_.]*$/, 'use lower-case letters, digits, dots and underscores, starting with a letter');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const conditionSchema = z
  .object({
    question: id,
    equals: scalar.optional(),
    in: z.array(scalar).min(1).optional(),
    answered: z.boolean().optional(),
  })
  .strict()
  .refine((c) => [c.equals, c.in, c.answered].filter((v) => v !== undefined).length === 1, {
    message: 'a condition needs exactly one of "equals", "in" or "answered"',
  });

const option = z.object({ value: z.union([id, z.number().int()]), label: text(120) }).strict();

const questionBase = {
  id,
  text: text(600),
  required: z.boolean().default(true),
  /** Link-worker-only coaching hint (OARS); never phrased as text to read out. */
  tip: text(400).optional(),
  when: conditionSchema.optional(),
};

const uniqueOptions = (opts: Array<{ value: string | number }>) => new Set(opts.map((o) => o.value)).size === opts.length;

const optionList = z
  .array(option)
  .min(2, 'expected at least 2 options')
  .max(20, 'expected at most 20 options')
  .refine(uniqueOptions, { message: 'option values must be unique' });

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('single'), options: optionList }).strict(),
  z.object({ ...questionBase, type: z.literal('likert'), options: optionList }).strict(),
  z.object({ ...questionBase, type: z.literal('multi'), options: optionList }).strict(),
  z.object({ ...questionBase, type: z.literal('yesno') }).strict(),
  z.object({ ...questionBase, type: z.literal('text'), maxLength: z.number().int().min(1).max(4000).default(2000) }).strict(),
  z
    .object({
      ...questionBase,
      type: z.literal('scale'),
      min: z.number().int().min(0).max(100),
      max: z.number().int().min(1).max(100),
      minLabel: text(60).optional(),
      maxLabel: text(60).optional(),
    })
    .strict()
    .refine((q) => q.max > q.min, { message: 'max must be greater than min', path: ['max'] }),
]);

const questionsSection = z
  .object({
    kind: z.literal('questions'),
    id,
    title: text(80),
    intro: text(800).optional(),
    when: conditionSchema.optional(),
    questions: z.array(questionSchema).min(1, 'expected at least 1 question'),
  })
  .strict();

const instrumentSection = z
  .object({
    kind: z.literal('instrument'),
    id,
    title: text(80),
    instrument: z.enum(INSTRUMENT_IDS as [string, ...string[]], {
      message: `must be one of the validated instruments: ${INSTRUMENT_IDS.join(', ')}`,
    }),
    when: conditionSchema.optional(),
    /** Editable questions asked after the locked items (e.g. the link worker's loneliness type). */
    questions: z.array(questionSchema).default([]),
  })
  .strict();

export const sectionSchema = z.discriminatedUnion('kind', [questionsSection, instrumentSection]);

const localPhrase = z.object({ phrase: text(200), category: z.enum(RISK_CATEGORY_IDS as [RiskCategory, ...RiskCategory[]]) }).strict();
const localContact = z.object({ name: text(120), detail: text(300) }).strict();

/** Contacts per person before a review, when a script sets none: the one place this default lives. */
export const DEFAULT_SESSION_CAP = 6;

export const scriptSchema = z
  .object({
    id,
    title: text(120),
    description: text(1000).optional(),
    /** Contacts per person before a review is required (issue: sessions, review and exit). */
    sessionCap: z.number().int().min(1).max(52).default(DEFAULT_SESSION_CAP),
    safeguarding: z
      .object({
        /** Local additions only: the national baseline check always runs and cannot be removed. */
        localPhrases: z.array(localPhrase).default([]),
        localContacts: z.array(localContact).default([]),
        escalationSteps: text(2000).default(
          "Follow your local safeguarding policy: speak to the duty clinician or the person's GP today, and your safeguarding lead.",
        ),
      })
      .strict()
      .default({
        localPhrases: [],
        localContacts: [],
        escalationSteps: "Follow your local safeguarding policy: speak to the duty clinician or the person's GP today, and your safeguarding lead.",
      }),
    sections: z.array(sectionSchema).min(1, 'expected at least 1 section'),
  })
  .strict();

export type Script = z.output<typeof scriptSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Question = z.output<typeof questionSchema>;
export type Condition = z.output<typeof conditionSchema>;
