import type { AssessmentState } from '../dialogs/engine/types';
import type { DirectoryIndex } from './directory/build-index';
import { matchResources } from './directory/match';
import type { MatchQuery } from './directory/query';
import { regionNear, type Gazetteer } from './places/gazetteer';
import { townAliasesOf } from './places/directory-places';
import { homeAreasFor } from './places/home-areas';
import { authorityAt } from './places/authorities';
import { waterNote } from './places/islands';
import { estuaryNear } from './places/estuaries';
import { nationAt } from './places/nation';
import { resolvePlace } from './places/resolve-place';
import { readPlanFacts, type PlanFacts } from './plan-input';
import { reachFor } from './reach';
import { topicsNamedIn } from './directory/specific-topics';

/**
 * The directory search for one person, built from the assessment: need areas, their own words
 * for relevance, the barriers they named (reach, cost, ways of taking part), and where they live
 * resolved through the gazetteer. The search area travels with the plan, so the link worker
 * sees which place was used and how far was searched — or that the place was not recognised
 * and only no-travel services could be offered (distance is never dropped silently).
 * Reasonable adjustments that mention a wheelchair or a hearing loop become hard requirements.
 */
export interface SearchArea {
  /** The area as typed, or null when not answered. */
  typed: string | null;
  /** The place used ("Swaffham", "IP24"), or null when none could be used. */
  place: string | null;
  radiusKm: number;
  /** In-person services were searched (false: no place, or the person cannot leave home). */
  inPerson: boolean;
  /** One sentence for the plan. */
  summary: string;
  /** Under a cost barrier the link worker widened the search to paid and low-cost services (`include paid`). */
  paidIncluded?: boolean;
}

/** How this plan's search may differ from the default. */
export interface SearchOptions {
  /** `include paid`: a cost barrier no longer limits suggestions to free services (recorded on the plan, so a redraft keeps it). */
  allowPaid?: boolean;
  /** Points the optional online postcode lookup found for the area answer (plans/places/postcode-lookup.ts). */
  postcodes?: ReadonlyMap<string, { lat: number; lon: number }>;
}

export interface PersonSearch {
  query: MatchQuery;
  area: SearchArea;
}

/** Everything the person said, for reach signals ("can't be left") — read, never logged. */
export function ownWords(f: PlanFacts): string {
  return [f.whatMatters, f.worries, f.adjustments, f.hbm.barriers, ...f.goals.map((g) => g.text)].filter(Boolean).join(' \n ');
}

/**
 * Local first where the directory is dense. A link worker in a city does not send someone across
 * it when every need they chose has something on their doorstep: when each need has an in-person
 * service within LOCAL_KM, and LOCAL_ENOUGH in all, the in-person search stays within LOCAL_KM
 * (phone, online and home visits are unchanged). Before round 5b a 70-year-old in an inner-city
 * district was offered groups 6–7 km away, across the city, ahead of ones in his own street,
 * because they met two of his needs at once (RESULTS.md §15). Where services are sparse (towns,
 * villages) nothing changes: the barrier-based radius (reach.ts) stands. Needs the directory to
 * tell, so it applies only when planSearchFor is given the index.
 */
export const LOCAL_KM = 5;
export const LOCAL_ENOUGH = 4;
/** Services looked at per need for the check (as many as the plan takes per need, plan-suggestions.ts). */
const LOCAL_PER_NEED = 3;

function localIsEnough(index: DirectoryIndex, query: MatchQuery): boolean {
  if (!query.location || query.remoteOnly || query.needs.length === 0) return false;
  if ((query.maxDistanceKm ?? Infinity) <= LOCAL_KM) return false;
  const near = new Set<string>();
  for (const need of query.needs) {
    const local = matchResources(index, { ...query, needs: [need], maxDistanceKm: LOCAL_KM, remoteFirst: false }, LOCAL_PER_NEED).filter(
      // For that need itself: the matcher also returns near services that only share words.
      (s) => s.mode === 'in_person' && s.distanceKm !== undefined && s.distanceKm <= LOCAL_KM && s.service.needAreas.includes(need),
    );
    if (local.length === 0) return false;
    for (const s of local) near.add(s.service.id);
  }
  return near.size >= LOCAL_ENOUGH;
}

/**
 * `index`: the directory the search will run on — with it, a dense place narrows the in-person
 * radius to LOCAL_KM (above) and the summary says so; without it (the bench's query, tests of the
 * query alone) the barrier-based radius stands.
 */
export function planSearchFor(
  assessment: Pick<AssessmentState, 'answers'>,
  places: Gazetteer,
  choices: SearchOptions = {},
  index?: DirectoryIndex,
): PersonSearch {
  const f = readPlanFacts(assessment);
  const text = [f.whatMatters, ...f.goals.map((g) => g.text), f.goodDay].filter(Boolean).join(' ');
  const reach = reachFor(f.barriers, ownWords(f));
  // Money named in their words counts as the cost barrier (free only), as if it had been ticked.
  const barriers = reach.costInWords ? [...f.barriers, 'cost' as const] : f.barriers;
  const q: MatchQuery = { needs: f.needs, text, barriers, maxDistanceKm: reach.radiusKm };
  const named = topicsNamedIn([ownWords(f), text].join(' \n '));
  // A language barrier is what English classes are for, whether or not the words say "English".
  if (f.barriers.includes('language') && !named.includes('english_learning')) named.push('english_learning');
  // Caring chosen as a need or a barrier is what carers' services are for.
  if ((f.needs.includes('caring') || f.barriers.includes('caring_duties')) && !named.includes('carers')) named.push('carers');
  // Bereavement chosen as a need is what bereavement groups are for (specific-topics.ts).
  if (f.needs.includes('bereavement') && !named.includes('bereavement')) named.push('bereavement');
  if (named.length) q.namedTopics = named;
  if (reach.remoteFirst) q.remoteFirst = true;
  if (reach.phoneUse) q.phoneUse = reach.phoneUse;
  if (reach.noOnline) q.noOnline = true;
  if (reach.noCrossing) q.noCrossing = true;
  const resolved = resolvePlace(f.areaHome, places, choices.postcodes);
  if (resolved.kind === 'found') {
    const p = resolved.place;
    q.location = { lat: p.lat, lon: p.lon };
    const authority = authorityAt(p.lat, p.lon);
    if (authority) q.homeAuthority = authority;
    q.homeAreas = homeAreasFor(townAliasesOf(places), p.label, f.areaHome, regionNear(places, p.lat, p.lon), authority);
    const nation = nationAt(p.lat, p.lon);
    if (nation) q.homeNation = nation;
  }
  // No usable place, or the person cannot leave home: in-person reach cannot apply, so nothing in person is offered.
  const inPerson = resolved.kind === 'found' && !reach.remoteOnly;
  if (!inPerson) q.remoteOnly = true;
  // Services' age limits: judged against the age group when the person gave one, else flagged.
  if (f.ageBand) q.ageBand = f.ageBand;
  const adjust = f.adjustments ?? '';
  if (/\bwheel\s?chair/i.test(adjust)) q.requiresWheelchair = true;
  // A loop asked for is a requirement; hearing aids or deafness alone is a preference: most
  // community records say nothing about a loop, and before round 5b "hearing aids" in the notes
  // excluded every venue that did not state one — a widower's only local men's shed (RESULTS.md §15).
  if (/\b(hearing|induction) loops?\b|\bloop system\b/i.test(adjust)) q.requiresHearingLoop = true;
  else if (/\b(hearing aids?|deaf|hard of hearing)\b/i.test(adjust)) q.prefersHearingLoop = true;
  const lang =
    /\b(?:speaks?|in|interpreter for|language:?)\s+(Urdu|Punjabi|Polish|Arabic|Bengali|Gujarati|Somali|Romanian|Kurdish|Farsi|Tigrinya|Chinese|Mandarin|Cantonese|Welsh|BSL)\b/i.exec(
      adjust,
    );
  if (lang?.[1] && f.barriers.includes('language')) q.language = lang[1];
  // Widening only means something under a cost barrier; without one, paid services are offered anyway.
  const paidIncluded = choices.allowPaid === true && barriers.includes('cost');
  if (paidIncluded) q.allowPaid = true;
  // Local first: checked on the finished query (needs, means, age, access), as the search will run.
  const local = inPerson && index !== undefined && localIsEnough(index, q);
  if (local) q.maxDistanceKm = LOCAL_KM;

  // What was searched, written once from the query that will run.
  let area: SearchArea;
  if (resolved.kind === 'found') {
    const p = resolved.place;
    const how = p.note ? ` (${p.note})` : '';
    area = inPerson
      ? {
          typed: f.areaHome,
          place: p.label,
          radiusKm: q.maxDistanceKm ?? reach.radiusKm,
          inPerson: true,
          summary: `Searched in person within ${local ? `${LOCAL_KM} km (every need chosen has services this close)` : `${reach.radiusKm} km`} of ${p.label}${how}, plus phone, online and home-visit services.${withWater(p, q.maxDistanceKm ?? reach.radiusKm, q.noCrossing === true)}`,
        }
      : {
          typed: f.areaHome,
          place: p.label,
          radiusKm: 0,
          inPerson: false,
          summary: `Home: ${p.label}${how}. Only services that need no travel were searched: ${reach.why[0]}.`,
        };
  } else {
    const why =
      resolved.kind === 'empty'
        ? 'no home area was recorded'
        : resolved.kind === 'ambiguous'
          ? `“${resolved.typed}” matches more than one place`
          : `“${resolved.typed}” was not recognised as a UK place or postcode district`;
    area = {
      typed: f.areaHome,
      place: null,
      radiusKm: 0,
      inPerson: false,
      summary: `Distance not used: ${why}, so only phone, online and home-visit services were searched. Correct the area to see local services.`,
    };
  }
  area.summary += ` ${f.ageBand ? `Age limits checked against the age group ${f.ageBand.label}.` : 'Age not known: services with an age limit are marked “Check”.'}`;
  if (paidIncluded) {
    area.paidIncluded = true;
    area.summary += ' Cost barrier: paid and low-cost services included, as the link worker chose.';
  }
  return { query: q, area };
}

/**
 * A ferry island or an estuary at home or within reach (places/islands.ts, estuaries.ts), said in
 * the search note: the crossing is why a venue that looks near is missing.
 */
function withWater(p: { lat: number; lon: number }, radiusKm: number, noCrossing: boolean): string {
  const notes = [waterNote(p.lat, p.lon, radiusKm)];
  const estuary = estuaryNear(p.lat, p.lon, radiusKm);
  if (estuary)
    notes.push(
      noCrossing
        ? `Venues across the ${estuary.name} are not counted: the person does not go over.`
        : `Venues across the ${estuary.name} are measured the way over (${estuary.crossings[0]!.name}), not in a straight line.`,
    );
  const said = notes.filter(Boolean).join(' ');
  return said ? ` ${said}` : '';
}

/** The query alone (the bench and older callers). */
export function buildResourceQuery(assessment: Pick<AssessmentState, 'answers'>, places: Gazetteer): MatchQuery {
  return planSearchFor(assessment, places).query;
}
