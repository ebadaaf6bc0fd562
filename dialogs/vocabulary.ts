/**
 * Shared vocabularies: the ids the default script, the safeguarding check, the directory
 * matcher and the exports all agree on. Labels are what link workers see.
 */

export const NEED_AREAS = {
  loneliness: 'Loneliness',
  bereavement: 'Bereavement',
  money: 'Money and debt',
  housing: 'Housing',
  caring: 'Caring for someone',
  physical_health: 'Physical health / long-term condition',
  mental_wellbeing: 'Mental wellbeing',
  work_volunteering: 'Work and volunteering',
  activity: 'Physical activity',
} as const;
export type NeedArea = keyof typeof NEED_AREAS;
export const NEED_AREA_IDS = Object.keys(NEED_AREAS) as NeedArea[];

export const BARRIERS = {
  cost: 'Cost',
  transport: 'Transport',
  mobility: 'Mobility',
  hearing_sight: 'Hearing or sight',
  anxiety_new_places: 'Anxiety about new places',
  language: 'Language',
  digital: 'Digital access',
  caring_duties: 'Caring duties',
} as const;
export type Barrier = keyof typeof BARRIERS;
export const BARRIER_IDS = Object.keys(BARRIERS) as Barrier[];

/** Safeguarding categories from ../shared/reference/safeguarding.md. */
export const RISK_CATEGORIES = {
  suicide: 'Suicidal thoughts or plans',
  self_harm: 'Self-harm',
  harm_to_others: 'Harm to others',
  domestic_abuse: 'Domestic abuse / coercive control',
  adult_at_risk: 'Abuse or neglect of an adult at risk (incl. self-neglect)',
  child_safeguarding: 'Child safeguarding concern',
  eating_disorder: 'Eating disorder',
  substance_crisis: 'Substance misuse crisis',
  no_safe_place: 'No safe place to sleep tonight',
} as const;
export type RiskCategory = keyof typeof RISK_CATEGORIES;
export const RISK_CATEGORY_IDS = Object.keys(RISK_CATEGORIES) as RiskCategory[];
