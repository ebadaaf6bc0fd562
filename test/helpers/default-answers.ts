/** The demo run's typed answers live with the demo scripts; tests use the same fixture. */
export { TYPED_ANSWERS, typedAnswerFor } from '../../scripts/demo-answers';

// The review's answers: better wellbeing and less loneliness than TYPED_ANSWERS' baseline
// (life satisfaction 4, anxiety 7, UCLA 3+2+3 = 8), goal 1 partly done with more confidence.
export const REVIEW_ANSWERS: Record<string, string> = {
  'review.consent': 'yes',
  'ons4.life_satisfaction': '7',
  'ons4.worthwhile': '5',
  'ons4.happiness': '6',
  'ons4.anxiety': '3',
  'ucla3.companionship': '1',
  'ucla3.left_out': '1',
  'ucla3.isolated': '2',
  'ucla3.direct': 'occasionally',
  'goal.1.progress': 'partly',
  'goal.1.confidence': '7',
  'goal.2.progress': 'achieved',
  'goal.2.confidence': '8',
  'goal.3.progress': 'no longer',
  'risk.status': 'no known',
};
