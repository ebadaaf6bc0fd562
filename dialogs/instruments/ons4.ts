import type { Instrument } from './types';

/** ONS4 personal wellbeing — wording and anchors from shared/reference/instruments.md §1. */
export const ONS4: Instrument = {
  id: 'ons4',
  name: 'ONS4 personal wellbeing',
  citation: 'Office for National Statistics, GSS harmonised standard "Personal well-being" (Crown copyright, Open Government Licence).',
  intro:
    "Next I would like to ask you four questions about your feelings on aspects of your life. There are no right or wrong answers. For each of these questions I'd like you to give an answer on a scale of nought to 10, where nought is 'not at all' and 10 is 'completely'.",
  notes: "Ask of people aged 16+; the person's own answer (no proxy). No composite score.",
  groups: [
    {
      response: { kind: 'scale', min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' },
      items: [
        { key: 'life_satisfaction', text: 'Overall, how satisfied are you with your life nowadays?' },
        {
          key: 'worthwhile',
          text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
        },
        { key: 'happiness', text: 'Overall, how happy did you feel yesterday?' },
        {
          key: 'anxiety',
          text: "On a scale where nought is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?",
        },
      ],
      anchors: { anxiety: { minLabel: 'Not at all anxious', maxLabel: 'Completely anxious' } },
    },
  ],
};
