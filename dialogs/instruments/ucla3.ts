import type { Instrument } from './types';

/**
 * Loneliness: GSS harmonised national indicators — UCLA 3-item (indirect) plus the direct
 * question (shared/reference/instruments.md §3). The direct question's categories are the GSS
 * harmonised ones and are reported categorically, never added to the UCLA total.
 */
export const UCLA3: Instrument = {
  id: 'ucla3',
  name: 'Loneliness — UCLA 3-item scale and direct question (GSS harmonised)',
  citation:
    'Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT (2004). A short scale for measuring loneliness in large surveys. Research on Aging 26(6):655–672; GSS harmonised standard "Loneliness" (ONS).',
  intro: 'The next four questions are about relationships with others. For each one, please say how often (if at all) you feel that way.',
  groups: [
    {
      response: {
        kind: 'choice',
        options: [
          { value: 1, label: 'Hardly ever or never' },
          { value: 2, label: 'Some of the time' },
          { value: 3, label: 'Often' },
        ],
      },
      items: [
        { key: 'companionship', text: 'How often do you feel that you lack companionship?' },
        { key: 'left_out', text: 'How often do you feel left out?' },
        { key: 'isolated', text: 'How often do you feel isolated from others?' },
      ],
    },
    {
      response: {
        kind: 'choice',
        options: [
          { value: 'often_always', label: 'Often/always' },
          { value: 'some_of_the_time', label: 'Some of the time' },
          { value: 'occasionally', label: 'Occasionally' },
          { value: 'hardly_ever', label: 'Hardly ever' },
          { value: 'never', label: 'Never' },
        ],
      },
      items: [{ key: 'direct', text: 'How often do you feel lonely?' }],
    },
  ],
};
