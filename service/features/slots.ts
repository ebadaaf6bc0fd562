import type { z } from 'zod';
import type { AssessmentState } from '../../dialogs/engine/types';

/**
 * Each feature keeps its records in its own slot of the assessment document. Reading goes
 * through the feature's zod schema, so a malformed slot is noticed rather than trusted.
 */
export function readSlot<T>(state: AssessmentState, name: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = state.features?.[name];
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`Stored ${name} record is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}

export function writeSlot<T>(state: AssessmentState, name: string, value: T, now: string): AssessmentState {
  return { ...state, features: { ...(state.features ?? {}), [name]: value }, updatedAt: now };
}
