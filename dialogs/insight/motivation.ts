import type { GoalRulers } from '../scoring';
import type { MotivationPrompt } from './types';

/** MI rulers (Miller & Rollnick): prompt where it matters to them but they doubt they can do it. */
export const HIGH_IMPORTANCE_FROM = 7;
export const LOW_CONFIDENCE_UP_TO = 5;

/**
 * Coaching prompts for the link worker (OARS: asked in their own words, not read out). They use
 * the person's own numbers and only ever look one point up or at why it is not lower — never
 * "why not 10?", which invites the person to argue for staying as they are.
 */
export function motivationPrompts(goals: readonly GoalRulers[]): MotivationPrompt[] {
  const out: MotivationPrompt[] = [];
  for (const g of goals) {
    if (g.importance === null || g.confidence === null) continue;
    if (g.importance < HIGH_IMPORTANCE_FROM || g.confidence > LOW_CONFIDENCE_UP_TO) continue;
    const c = g.confidence;
    const prompts = [`What would it take to move from ${c} to ${c + 1}?`];
    // At 1 there is no lower number on the 1–10 ruler to compare with.
    if (c > 1) prompts.push(`Why are you at ${c} and not a lower number?`);
    out.push({ goalNumber: g.number, goalText: g.text, importance: g.importance, confidence: c, prompts });
  }
  return out;
}
