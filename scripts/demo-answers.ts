import type { ResolvedQuestion } from '../dialogs/script/compile';

/**
 * A realistic full run of the default script, as the link worker would type it (used by tests,
 * the demo scripts and the benchmark). Free text is
 * recognisably fake patient text so privacy tests can search logs and files for it.
 */
export const TYPED_ANSWERS: Record<string, string> = {
  'screen.reason': 'My GP thinks I am lonely since moving to Blue Parrot Lane',
  'screen.knew_referred': 'yes',
  'screen.consent': 'y',
  'screen.cannot_meet': 'none',
  'screen.outcome': 'accept',
  'screen.practice_ods': 'B86001',
  'consent.share': 'full',
  'context.referral_reason': '1',
  'context.referrer': 'gp',
  'context.contact_preference': 'phone',
  'context.adjustments': 'Large print letters please',
  'about.age_band': '65 to 74',
  'about.sex': 'female',
  'about.ethnicity': 'white: british',
  'wmtm.matters_most': 'Getting back to my allotment and seeing my grandson Zephyrin',
  'wmtm.good_day': 'Out in the garden then tea with a neighbour',
  'wmtm.people': 'My grandson and my sister in Whitby',
  'wmtm.strengths': 'Good with plants, I like baking',
  'wmtm.worries': 'Money since my husband died',
  'needs.areas': '1, 2, money',
  'needs.barriers': 'cost, transport',
  'needs.area_home': 'LS6',
  'ons4.life_satisfaction': '4',
  'ons4.worthwhile': '5',
  'ons4.happiness': '6',
  'ons4.anxiety': '7',
  'ucla3.companionship': 'often',
  'ucla3.left_out': '2',
  'ucla3.isolated': '3',
  'ucla3.direct': 'some',
  'loneliness.type': 'emotional',
  'mhlc_a.1': '5',
  'mhlc_a.2': '2',
  'mhlc_a.3': '4',
  'mhlc_a.4': '2',
  'mhlc_a.5': '5',
  'mhlc_a.6': '5',
  'mhlc_a.7': '3',
  'mhlc_a.8': '4',
  'mhlc_a.9': '2',
  'mhlc_a.10': '3',
  'mhlc_a.11': '2',
  'mhlc_a.12': '6',
  'mhlc_a.13': '5',
  'mhlc_a.14': '4',
  'mhlc_a.15': '1',
  'mhlc_a.16': '2',
  'mhlc_a.17': '6',
  'mhlc_a.18': '2',
  'goal.1': 'get back to my allotment',
  'hbm.susceptibility': 'Quite likely, I stay in all day',
  'hbm.severity': 'I would feel even lower',
  'hbm.benefits': 'Fresh air and people to chat to',
  'hbm.barriers': 'The bus fare and my knee',
  'hbm.cues': 'My sister phoning on Sundays',
  'hbm.self_efficacy': 'Fairly sure if someone came with me the first time',
  'goal.1.importance': '9',
  'goal.1.confidence': '4',
  'goal.2': 'join a bereavement group',
  'goal.2.importance': '7',
  'goal.2.confidence': '6',
  'goal.3': 'sort out my money',
  'goal.3.importance': '8',
  'goal.3.confidence': '3',
  'risk.status': 'no known',
};

/** A valid typed answer for any question, for scripts other than the default. */
export function typedAnswerFor(q: ResolvedQuestion): string {
  const fixed = TYPED_ANSWERS[q.id];
  if (fixed !== undefined) return fixed;
  switch (q.type) {
    case 'scale':
      return String(Math.round((q.min + q.max) / 2));
    case 'yesno':
      return 'yes';
    case 'text':
      return `Answer for ${q.id}`;
    default:
      return '1';
  }
}
