import type { Instrument } from './types';

/**
 * MHLC Form A — all 18 items, original US spelling, 6-point agreement scale
 * (shared/reference/instruments.md §2). Subscale mapping lives in dialogs/scoring, the only
 * place scores are computed.
 */
const AGREEMENT = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Moderately disagree' },
  { value: 3, label: 'Slightly disagree' },
  { value: 4, label: 'Slightly agree' },
  { value: 5, label: 'Moderately agree' },
  { value: 6, label: 'Strongly agree' },
];

const ITEMS = [
  'If I get sick, it is my own behavior which determines how soon I get well again.',
  'No matter what I do, if I am going to get sick, I will get sick.',
  'Having regular contact with my physician is the best way for me to avoid illness.',
  'Most things that affect my health happen to me by accident.',
  "Whenever I don't feel well, I should consult a medically trained professional.",
  'I am in control of my health.',
  'My family has a lot to do with my becoming sick or staying healthy.',
  'When I get sick, I am to blame.',
  'Luck plays a big part in determining how soon I will recover from an illness.',
  'Health professionals control my health.',
  'My good health is largely a matter of good fortune.',
  'The main thing which affects my health is what I myself do.',
  'If I take care of myself, I can avoid illness.',
  "Whenever I recover from an illness, it's usually because other people (for example, doctors, nurses, family, friends) have been taking good care of me.",
  "No matter what I do, I'm likely to get sick.",
  "If it's meant to be, I will stay healthy.",
  'If I take the right actions, I can stay healthy.',
  'Regarding my health, I can only do what my doctor tells me to do.',
];

export const MHLC_A: Instrument = {
  id: 'mhlc_a',
  name: 'Multidimensional Health Locus of Control (MHLC), Form A',
  citation:
    'Wallston KA, Wallston BS, DeVellis R (1978). Development of the Multidimensional Health Locus of Control (MHLC) scales. Health Education Monographs 6:160–170. Public domain.',
  intro: 'Each item is a belief about health. Please say how much you agree or disagree with each one.',
  groups: [
    {
      response: { kind: 'choice', options: AGREEMENT },
      items: ITEMS.map((text, i) => ({ key: String(i + 1), text })),
    },
  ],
};
