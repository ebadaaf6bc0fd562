import { collectHbm, scoreGoals } from './goals';
import { scoreMhlc } from './mhlc';
import { scoreOns4 } from './ons4';
import type { ScoringAnswers } from './read-answers';
import type { Scores } from './types';
import { scoreUcla3 } from './ucla3';

export type * from './types';
export type { ScoringAnswers } from './read-answers';
export { compareScores, type ScoreChange, type ChangeDirection } from './compare';
export { ONS4_BAND_LABELS, ONS4_KEYS, anxietyBand, positiveBand } from './ons4';
export { MHLC_MIDPOINT, MHLC_SUBSCALE_ITEMS, MHLC_SUBSCALE_LABELS, MHLC_SUBSCALE_MAX, MHLC_SUBSCALE_MIN } from './mhlc';
export { LONELINESS_TYPE_LABELS, UCLA_ITEM_KEYS } from './ucla3';
export { HBM_CONSTRUCTS, HBM_CONSTRUCT_LABELS, HBM_LABEL } from './goals';
export { scoreGoals, collectHbm, scoreMhlc, scoreOns4, scoreUcla3 };

/**
 * Every score for one assessment, from its recorded answers. Pure: the same answers always give
 * the same scores, and this is the only place in the product that computes them.
 * Pass `state.answers` (AssessmentState['answers']).
 */
export function scoreAssessment(answers: ScoringAnswers): Scores {
  return {
    ons4: scoreOns4(answers),
    mhlc: scoreMhlc(answers),
    ucla3: scoreUcla3(answers),
    goals: scoreGoals(answers),
    hbm: collectHbm(answers),
  };
}
