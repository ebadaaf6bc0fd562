import { ONS4 } from '../instruments/ons4';
import { readInteger, type ScoringAnswers } from './read-answers';
import type { Ons4AnxietyBand, Ons4Band, Ons4ItemResult, Ons4Key, Ons4PositiveBand, Ons4Scores } from './types';

export const ONS4_KEYS: readonly Ons4Key[] = ['life_satisfaction', 'worthwhile', 'happiness', 'anxiety'];

export const ONS4_BAND_LABELS: Record<Ons4Band, string> = {
  very_low: 'Very low',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  very_high: 'Very high',
};

/** ONS bands for life satisfaction, worthwhile and happiness: 0–4 low, 5–6 medium, 7–8 high, 9–10 very high. */
export function positiveBand(value: number): Ons4PositiveBand {
  if (value <= 4) return 'low';
  if (value <= 6) return 'medium';
  if (value <= 8) return 'high';
  return 'very_high';
}

/** ONS bands for anxiety (higher is worse): 0–1 very low, 2–3 low, 4–5 medium, 6–10 high. */
export function anxietyBand(value: number): Ons4AnxietyBand {
  if (value <= 1) return 'very_low';
  if (value <= 3) return 'low';
  if (value <= 5) return 'medium';
  return 'high';
}

function scoreItem(answers: ScoringAnswers, key: Ons4Key): Ons4ItemResult {
  const id = `${ONS4.id}.${key}`;
  const read = readInteger(answers, id, 0, 10);
  if (read.kind === 'missing') return { scored: false, missingItems: [id], invalidItems: [] };
  if (read.kind === 'invalid') return { scored: false, missingItems: [], invalidItems: [id] };
  const band = key === 'anxiety' ? anxietyBand(read.value) : positiveBand(read.value);
  return { scored: true, value: read.value, band, bandLabel: ONS4_BAND_LABELS[band] };
}

/** ONS4: the four items each with its ONS band. Deliberately no total — ONS publishes none. */
export function scoreOns4(answers: ScoringAnswers): Ons4Scores {
  return {
    instrument: 'ons4',
    name: ONS4.name,
    citation: ONS4.citation,
    items: {
      life_satisfaction: scoreItem(answers, 'life_satisfaction'),
      worthwhile: scoreItem(answers, 'worthwhile'),
      happiness: scoreItem(answers, 'happiness'),
      anxiety: scoreItem(answers, 'anxiety'),
    },
  };
}
