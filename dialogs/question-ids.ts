/**
 * Question ids that code reads by name — the contract between the scripts (data, which managers
 * may edit around these) and the code that scores, plans, exports and reports on the answers.
 * test/engine/question-ids.test.ts checks each one against the shipped scripts.
 */
export const QUESTION = {
  screenReason: 'screen.reason',
  screenOutcome: 'screen.outcome',
  screenDeclineReason: 'screen.decline_reason',
  screenRedirectTo: 'screen.redirect_to',
  screenRedirectReason: 'screen.redirect_reason',
  /** The GP practice's ODS code, for the practice and PCN breakdowns (reports/breakdowns.ts). */
  screenPracticeOds: 'screen.practice_ods',
  consentShare: 'consent.share',
  referralReason: 'context.referral_reason',
  referrer: 'context.referrer',
  adjustments: 'context.adjustments',
  mattersMost: 'wmtm.matters_most',
  goodDay: 'wmtm.good_day',
  people: 'wmtm.people',
  strengths: 'wmtm.strengths',
  worries: 'wmtm.worries',
  needAreas: 'needs.areas',
  barriers: 'needs.barriers',
  areaHome: 'needs.area_home',
  /** Optional "About you" age group: the plan respects services' age limits with it (plans/age-band.ts). */
  ageBand: 'about.age_band',
  lonelinessType: 'loneliness.type',
  /** Locked: every completed assessment states its risks (dialogs/script/compile.ts enforces it). */
  riskStatus: 'risk.status',
  riskDetails: 'risk.details',
} as const;

/** Up to three goals, each with its rulers; a review asks progress about each. */
export const GOAL_NUMBERS = [1, 2, 3] as const;
export type GoalNumber = (typeof GOAL_NUMBERS)[number];
export const goalId = (n: GoalNumber): `goal.${GoalNumber}` => `goal.${n}`;
export const goalRulerId = (n: GoalNumber, which: 'importance' | 'confidence' | 'progress'): string => `goal.${n}.${which}`;
export const GOAL_IDS: readonly string[] = GOAL_NUMBERS.map(goalId);
