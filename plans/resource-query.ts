import type { AssessmentState } from '../dialogs/engine/types';
import type { MatchQuery } from './directory/query';
import { readPlanFacts } from './plan-input';
import { locateArea } from './places';

/**
 * The directory query for one person, built from the assessment: need areas, their own words
 * (what matters, goals, a good day) for relevance, the barriers they named, and — when their area
 * is in the places table — where they live. Reasonable adjustments that mention a wheelchair or a
 * hearing loop become hard requirements, because a venue without them is no use at all.
 */
export const DEFAULT_RADIUS_KM = 15;
/** Shorter reach when getting there is itself the problem. */
export const TRAVEL_BARRIER_RADIUS_KM = 8;

export function buildResourceQuery(assessment: Pick<AssessmentState, 'answers'>): MatchQuery {
  const f = readPlanFacts(assessment);
  const text = [f.whatMatters, ...f.goals.map((g) => g.text), f.goodDay].filter(Boolean).join(' ');
  const q: MatchQuery = { needs: f.needs, text, barriers: f.barriers };
  const home = locateArea(f.areaHome);
  if (home) {
    q.location = home;
    q.maxDistanceKm = f.barriers.includes('transport') || f.barriers.includes('mobility') ? TRAVEL_BARRIER_RADIUS_KM : DEFAULT_RADIUS_KM;
  }
  const adjust = f.adjustments ?? '';
  if (/\bwheel\s?chair/i.test(adjust)) q.requiresWheelchair = true;
  if (/\b(hearing (loop|aid)s?|deaf)\b/i.test(adjust)) q.requiresHearingLoop = true;
  const lang = /\b(?:speaks?|in|interpreter for|language:?)\s+(Urdu|Punjabi|Polish|Arabic|Bengali|Gujarati|Somali|Romanian|Kurdish|Farsi|Tigrinya|Chinese|Mandarin|Cantonese|Welsh|BSL)\b/i.exec(adjust);
  if (lang?.[1] && f.barriers.includes('language')) q.language = lang[1];
  return q;
}
