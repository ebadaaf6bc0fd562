import { haversineKm } from '../../plans/directory/geo';
import type { Plan } from '../../plans/model';
import { nationAt, nationsCoveredBy } from '../../plans/places/nation';
import type { Label, Mode, Person } from './data';

/**
 * One plan judged against the ground-truth LABELS (never against our parse of the directory).
 * A suggestion fits when it is in reach, within means, for a need the person stated, active,
 * age-eligible and not on the person's "clear mistake" list. Reach:
 *  - in person: a labelled site within truth.maxTravelKm of the person's true coordinates;
 *  - phone / online: only if truth.remoteOk and the mode is not in truth.avoidModes;
 *  - home visit: not in avoidModes and the person lives inside the service's area.
 * A restricted service (label.area) must cover the person. Areas are words, so "covers" is
 * approximated: a county-wide area needs the person's county (that of the nearest labelled
 * place); a smaller area needs the person within AREA_KM of the service and in its county.
 */
export const AREA_KM = 25;
/** A home-visiting service with no stated area is taken to cover this far from its base. */
export const HOME_VISIT_KM = 40;

export interface SuggestionVerdict {
  serviceId: string;
  name: string;
  known: boolean;
  inReach: boolean;
  withinMeans: boolean;
  forNeeds: boolean;
  active: boolean;
  ageOk: boolean;
  notMistake: boolean;
  fits: boolean;
}

export interface PlanVerdict {
  personId: string;
  suggestions: SuggestionVerdict[];
  fitting: number;
  expectedHit: boolean;
  goals: number;
  /** Goals with a fitting service, or an honest "nothing found" from the link worker. */
  goalsAnswered: number;
  /** Goals whose service does not fit the person. */
  goalsWithUnfitService: number;
}

const modesOf = (l: Label): Mode[] => (Array.isArray(l.mode) ? l.mode : [l.mode]);
const sitesOf = (l: Label): Array<{ lat: number; lon: number; side?: string | undefined }> =>
  l.sites?.length ? l.sites : l.lat !== null && l.lon !== null ? [{ lat: l.lat, lon: l.lon, side: l.side }] : [];
const kmTo = (p: Person, l: Label) => Math.min(...sitesOf(l).map((s) => haversineKm(p.truth.lat, p.truth.lon, s.lat, s.lon)));
export const NONE_FOUND = /nothing in reach|no matching service|none found|nothing (suitable )?found/i;

export function personCounty(p: Person, labels: Record<string, Label>): string | null {
  let best: { km: number; county: string | null } = { km: Infinity, county: null };
  for (const l of Object.values(labels)) {
    if (l.lat === null || l.lon === null || !l.county) continue;
    const km = haversineKm(p.truth.lat, p.truth.lon, l.lat, l.lon);
    if (km < best.km) best = { km, county: l.county };
  }
  return best.county;
}

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
/** "Newcastle and Gateshead", "Newcastle & Gateshead" → each place it names. */
const areaParts = (area: string) =>
  area
    .split(/,|&|\band\b/i)
    .map(words)
    .filter(Boolean);

/**
 * A service with no site of its own (phone, online, home visit) has only its area's name. The
 * labels give such services no county, so the area is placed by what the labels know: a county
 * is the person's county; a town is the labelled sites in that town; a district ("North
 * Tyneside") is the sites of services restricted to the same area; else the person's own place
 * must name it. (Before round 3 this branch did not exist and every such service counted as out
 * of reach — also the ones the set's own truth expects; RESULTS.md §6.)
 */
function remoteAreaCovers(area: string, p: Person, county: string | null, labels: Record<string, Label>): boolean {
  // A whole nation ("Wales" — the Wales set's README: "everyone"): the nation the person's true
  // point lies in, from GeoNames' nearest place. Before round 4 no label area was a nation, and
  // such a service counted as out of reach for everybody (RESULTS.md §10).
  const nations = nationsCoveredBy(area);
  if (nations) {
    const home = nationAt(p.truth.lat, p.truth.lon);
    return home !== undefined && nations.includes(home);
  }
  const counties = new Set(Object.values(labels).flatMap((x) => (x.county ? [words(x.county)] : [])));
  if (counties.has(words(area))) return county !== null && words(county) === words(area);
  const parts = areaParts(area);
  if (parts.some((a) => counties.has(a))) return county !== null && parts.includes(words(county));
  const sites = Object.values(labels).flatMap((x) =>
    sitesOf(x).filter(() => (x.town && parts.includes(words(x.town))) || (x.area !== null && words(x.area) === words(area))),
  );
  if (sites.some((s) => haversineKm(p.truth.lat, p.truth.lon, s.lat, s.lon) <= AREA_KM)) return true;
  const place = ` ${words(p.truth.place)} `;
  return parts.some((a) => place.includes(` ${a} `));
}

/** Area name → the local authorities it covers, from the set's own table (data.ts `areaContains`). */
export type AreaContains = Record<string, string[]> | undefined;

/**
 * A record with several areas covers the person when ANY of them does (the sets' READMEs); an area
 * the set's own table lists (an ICB, a region) covers the local authorities it names. Before round
 * 5b only the first area was read and ICB / region names fell to the word approximations below, so
 * a Shropshire person was "out of reach" of a Herefordshire + Shropshire service (RESULTS.md §15).
 */
function areaCovers(l: Label, p: Person, county: string | null, labels: Record<string, Label>, contains: AreaContains): boolean {
  const areas = l.areas ?? (l.area ? [l.area] : []);
  if (areas.length === 0) return true;
  return areas.some((area) => oneAreaCovers(area, l, p, county, labels, contains));
}

function oneAreaCovers(area: string, l: Label, p: Person, county: string | null, labels: Record<string, Label>, contains: AreaContains): boolean {
  const within = contains?.[area];
  // The set's own table, in the author's units for the person when it names them (data.ts withAreas).
  if (within) return p.unit !== undefined ? within.includes(p.unit) : county !== null && within.includes(county);
  if (l.county && area.toLowerCase() === l.county.toLowerCase()) return county === l.county;
  if (sitesOf(l).length === 0) return remoteAreaCovers(area, p, county, labels);
  return county === l.county && kmTo(p, l) <= AREA_KM;
}

function inReach(l: Label, p: Person, county: string | null, labels: Record<string, Label>, contains: AreaContains): boolean {
  if (!areaCovers(l, p, county, labels, contains)) return false;
  const t = p.truth;
  return modesOf(l).some((m) => {
    if (t.avoidModes.includes(m)) return false;
    // A venue across water the person will not cross is out of reach at any distance (heldout-8: the Solent).
    // Any one site in reach on the person's side of the water (a several-site record: its nearest such site).
    if (m === 'in_person')
      return sitesOf(l).some(
        (s) => haversineKm(p.truth.lat, p.truth.lon, s.lat, s.lon) <= t.maxTravelKm && (s.side === undefined || p.side === undefined || s.side === p.side),
      );
    if (m === 'home_visit') return l.area !== null || (sitesOf(l).length > 0 && kmTo(p, l) <= HOME_VISIT_KM);
    return t.remoteOk;
  });
}

export function judgeSuggestion(
  serviceId: string,
  name: string,
  labels: Record<string, Label>,
  p: Person,
  county: string | null,
  contains?: AreaContains,
): SuggestionVerdict {
  const l = labels[serviceId];
  if (!l)
    return { serviceId, name, known: false, inReach: false, withinMeans: false, forNeeds: false, active: false, ageOk: false, notMistake: false, fits: false };
  const v = {
    serviceId,
    name,
    known: true,
    inReach: inReach(l, p, county, labels, contains),
    withinMeans: !p.truth.mustBeFree || l.free,
    // In the script's terms, or in the set's own: before round 4 a need the set's vocabulary maps
    // to no script option ("digital") could never be met, however right the service (RESULTS.md §10).
    forNeeds: l.needs.some((n) => p.needs.includes(n)) || (l.setNeeds ?? []).some((n) => (p.setNeeds ?? []).includes(n)),
    active: l.active,
    ageOk: p.age === null || ((l.minAge === null || p.age >= l.minAge) && (l.maxAge === null || p.age <= l.maxAge)),
    notMistake: !p.truth.mustNotSuggest.includes(l.name),
  };
  return { ...v, fits: v.inReach && v.withinMeans && v.forNeeds && v.active && v.ageOk && v.notMistake };
}

/** Every service the plan puts in front of the person: signposts, referrals and action owners. */
export function suggestedServices(plan: Plan): Array<{ serviceId: string; name: string }> {
  const seen = new Map<string, string>();
  for (const r of [...plan.signposts, ...plan.referrals]) seen.set(r.serviceId, r.name);
  for (const g of plan.goals) for (const a of g.actions) if (a.who.kind === 'service') seen.set(a.who.serviceId, a.who.name);
  return [...seen].map(([serviceId, name]) => ({ serviceId, name }));
}

/**
 * How many services in the directory fit the person at all, by the labels alone (the best any
 * plan could do): ">= 2 fitting" is only a fair ask of a plan when the directory holds two.
 */
export function fittingInDirectory(p: Person, labels: Record<string, Label>, contains?: AreaContains): number {
  const county = personCounty(p, labels);
  return Object.entries(labels).filter(([id, l]) => judgeSuggestion(id, l.name, labels, p, county, contains).fits).length;
}

export function judgePlan(plan: Plan, p: Person, labels: Record<string, Label>, contains?: AreaContains): PlanVerdict {
  const county = personCounty(p, labels);
  const suggestions = suggestedServices(plan).map((s) => judgeSuggestion(s.serviceId, s.name, labels, p, county, contains));
  const fitsById = new Map(suggestions.map((s) => [s.serviceId, s.fits]));
  let goalsAnswered = 0;
  let goalsWithUnfitService = 0;
  for (const g of plan.goals) {
    // A goal's service: the action's owner, or a suggested service the action names (signposts).
    const services = [
      ...new Set(
        g.actions.flatMap((a) => (a.who.kind === 'service' ? [a.who.serviceId] : suggestions.filter((s) => a.what.includes(s.name)).map((s) => s.serviceId))),
      ),
    ];
    const honestNone = g.actions.some((a) => NONE_FOUND.test([a.what, ...a.strategies].join(' ')));
    if (services.some((id) => fitsById.get(id))) goalsAnswered++;
    else if (services.length === 0 && honestNone) goalsAnswered++;
    if (services.some((id) => !fitsById.get(id))) goalsWithUnfitService++;
  }
  return {
    personId: p.id,
    suggestions,
    fitting: suggestions.filter((s) => s.fits).length,
    expectedHit: suggestions.some((s) => s.fits && p.truth.expectSomething.includes(s.name)),
    goals: plan.goals.length,
    goalsAnswered,
    goalsWithUnfitService,
  };
}
