import { FIND_LIMIT, foundSchema } from '../../store/documents/feature-records';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { matchResources } from '../../plans/directory/match';
import type { MatchQuery } from '../../plans/directory/query';
import { contactLine } from '../../plans/draft-plan';
import { needsForGoal } from '../../plans/goal-resources';
import type { ResourceLink } from '../../plans/model';
import { placesForDirectory } from '../../plans/places/directory-places';
import { resolvePlace } from '../../plans/places/resolve-place';
import { RADIUS_KM } from '../../plans/reach';

/**
 * `find carers Bath`: a directory search from chat, through the matcher's public entry point
 * (matchResources), so a service added to a plan this way is always one the directory holds.
 * The numbered results are kept with the assessment so `add signpost 2 to goal 1` or
 * `link 1.2 to 2` can use them on the next turn.
 */
export const FOUND_SLOT = 'plan_search';

export function readFound(state: Pick<AssessmentState, 'features'>): ResourceLink[] {
  const parsed = foundSchema.safeParse(state.features?.[FOUND_SLOT]);
  return parsed.success ? parsed.data.results : [];
}

export function withFound(state: AssessmentState, found: ResourceLink[], now: string): AssessmentState {
  return { ...state, features: { ...state.features, [FOUND_SLOT]: { results: found } }, updatedAt: now };
}

/** "carers Bath" → the words to match and, when the last word names a known place, where. */
export function findQuery(index: DirectoryIndex, text: string): { query: MatchQuery; place: string | null; placeKnown: boolean } {
  const words = text
    .replace(/\b(in|near|around)\b/gi, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const last = words.length > 1 ? words[words.length - 1]! : null;
  // The same UK-wide resolution as the area question (GeoNames plus the directory's own places).
  const resolved = last ? resolvePlace(last, placesForDirectory(index)) : null;
  const point = resolved?.kind === 'found' ? { lat: resolved.place.lat, lon: resolved.place.lon } : null;
  const looksLikePlace = last !== null && (/^[A-Z]/.test(last) || /\d/.test(last));
  const topic = (point || looksLikePlace ? words.slice(0, -1) : words).join(' ');
  // "carers" → "carer": the need-area words are written in the singular.
  const needs = needsForGoal(topic.replace(/(\w{3,})s\b/g, '$1'));
  const query: MatchQuery = { needs, text: topic, barriers: [], ...(point ? { location: point, maxDistanceKm: RADIUS_KM.default } : {}) };
  return { query, place: point || looksLikePlace ? last : null, placeKnown: point !== null };
}

export function findServices(index: DirectoryIndex, text: string): { found: ResourceLink[]; lead: string } {
  const { query, place, placeKnown } = findQuery(index, text);
  const results = matchResources(index, query, FIND_LIMIT);
  const found = results.map((r) => ({ serviceId: r.service.id, name: r.service.name, contact: contactLine(r), reasons: r.reasons.slice(0, 8) }));
  const where = place && !placeKnown ? ` I don't know where “${place}” is, so these are from the whole directory.` : place ? ` Near ${place}.` : '';
  return {
    found,
    lead: found.length ? `Found ${found.length} in the directory for “${text}”.${where}` : `Nothing in the directory matches “${text}”.${where}`,
  };
}

export function foundText(found: readonly ResourceLink[], lead: string): string {
  if (!found.length) return `${lead} Try other words, e.g. \`find carers support Leeds\`.`;
  const lines = found.map((f, i) => `${i + 1}. ${f.name} — ${f.contact}`);
  return [lead, ...lines, 'Use a number: `add signpost 1 to goal 1`, `add referral 1 to goal 1`, or `link 1.2 to 1` to point an action at it.'].join('\n');
}
