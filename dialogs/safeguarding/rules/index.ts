/**
 * The national baseline rules, one module per risk category. Each module's header says which
 * concepts it covers and why; fragments.ts holds the pattern pieces more than one category uses.
 *
 * Order: categories follow RISK_CATEGORY_IDS. Only the order of rules WITHIN a category matters —
 * detect.ts keeps one flag per category and, between equally strong matches, the rule tried first
 * names it — so a new rule goes at the end of its category's list unless it should win such ties.
 * The prefilter (prefilter.ts) indexes whatever order this list has.
 */
import type { RuleSpec } from '../types';
import { ADULT_AT_RISK_RULES } from './adult-at-risk';
import { CHILD_SAFEGUARDING_RULES } from './child-safeguarding';
import { DOMESTIC_ABUSE_RULES } from './domestic-abuse';
import { EATING_DISORDER_RULES } from './eating-disorder';
import { HARM_TO_OTHERS_RULES } from './harm-to-others';
import { NO_SAFE_PLACE_RULES } from './no-safe-place';
import { SELF_HARM_RULES } from './self-harm';
import { SUBSTANCE_CRISIS_RULES } from './substance-crisis';
import { SUICIDE_RULES } from './suicide';

export const RULES: readonly RuleSpec[] = [
  ...SUICIDE_RULES,
  ...SELF_HARM_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...DOMESTIC_ABUSE_RULES,
  ...ADULT_AT_RISK_RULES,
  ...CHILD_SAFEGUARDING_RULES,
  ...EATING_DISORDER_RULES,
  ...SUBSTANCE_CRISIS_RULES,
  ...NO_SAFE_PLACE_RULES,
];
