import { BARRIER_IDS, NEED_AREA_IDS, type NeedArea } from '../../dialogs/vocabulary';
import { WEEKDAYS, type DirectoryService } from '../../plans/directory/model';
import type { MatchQuery } from '../../plans/directory/query';
import { generateSyntheticDirectory } from '../../plans/directory/synthetic';
import { UK_PLACES } from '../../plans/directory/synthetic-places';
import { seededRng } from '../../scripts/seeded-rng';

/**
 * The top-k matcher (top-k.ts) against the reference scan, on directories and people drawn at
 * random with everything the rules read: service areas (named or not), home visits, text
 * lines, phone lines with only an office, second venues, venues without coordinates, repeated need areas, languages, age limits,
 * exact duplicates (ties broken by name and id), and people with or without a place, age,
 * or age group, radius, day, language, hard access needs, "nothing in person", phone limits and widened cost.
 */
const LANGUAGES = ['Urdu', 'Polish', 'Bengali', 'Somali', 'Welsh', 'Arabic', 'Romanian', 'Tigrinya', 'Cantonese', 'British Sign Language', 'Kurdish', 'Pashto'];

export function randomDirectory(seed: number, n: number): DirectoryService[] {
  const rand = seededRng(seed);
  const chance = (p: number) => rand() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const base = generateSyntheticDirectory(n, seed);
  const out = base.map((s): DirectoryService => {
    const t: DirectoryService = structuredClone(s);
    if (chance(0.15)) t.serviceAreas = [pick(UK_PLACES).town, ...(chance(0.3) ? ['Somewhere Vale'] : [])];
    if (t.serviceAreas && chance(0.5)) t.serviceAreasNamed = false;
    if (chance(0.15)) t.attendance.homeVisit = true;
    if (chance(0.2)) t.attendance.phone = true;
    if (t.attendance.phone && chance(0.4)) t.attendance.text = true;
    if (t.locations.length && chance(0.1)) {
      const p = pick(UK_PLACES);
      t.locations.push({ name: 'Second venue', town: p.town, lat: p.lat + (rand() - 0.5) * 0.1, lon: p.lon + (rand() - 0.5) * 0.1 });
    }
    if (t.locations.length && chance(0.05)) t.locations = t.locations.map(({ lat: _lat, lon: _lon, ...l }) => l);
    // A phone line or home-visiting team with only an office address (no in-person sessions).
    if (t.locations.length && chance(0.06)) t.attendance = { ...t.attendance, inPerson: false, phone: true, homeVisit: chance(0.5) };
    if (chance(0.03) && t.needAreas.length) t.needAreas = [...t.needAreas, t.needAreas[0]!];
    if (chance(0.05)) t.maxAge = 40;
    if (chance(0.05)) t.minAge = pick([16, 18, 21]);
    // A service for one specific need (issue 15 round 3b): offered only when the person names it.
    if (chance(0.06)) t.specificTo = [pick(['alcohol_drugs', 'diabetes'])];
    if (chance(0.1)) t.schedules = [];
    // Many languages, so blocks carry varied language bits (and some share one: languageBit is a hash).
    if (chance(0.2)) t.languages = [pick(LANGUAGES), ...(chance(0.3) ? [pick(LANGUAGES)] : [])];
    return t;
  });
  // Exact copies under another id, and same-name services: the name-then-id tie-break must hold.
  for (let k = 0; k < n / 20; k++) out.push({ ...structuredClone(pick(base)), id: `copy-${k}` });
  return out;
}

const TEXTS = [
  '',
  'walking and gardening',
  'debts and bills, my landlord',
  'singing crafts painting',
  'lonely since my wife died',
  'qwertyuiop',
  'chair exercise falls',
  'carers break respite',
];

export function randomPerson(rand: () => number): MatchQuery {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const place = pick(UK_PLACES);
  const needs = [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(NEED_AREA_IDS)))] as NeedArea[];
  const q: MatchQuery = { needs, text: pick(TEXTS), barriers: [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(BARRIER_IDS)))] };
  if (chance(0.85)) q.location = { lat: place.lat + (rand() - 0.5) * 0.2, lon: place.lon + (rand() - 0.5) * 0.2 };
  if (chance(0.4)) q.maxDistanceKm = 1 + Math.floor(rand() * 30);
  if (chance(0.5)) q.homeAreas = [place.town];
  if (chance(0.6)) q.age = 16 + Math.floor(rand() * 75);
  // An age group only (the About-you answer): whole-band exclusion and the straddling "Check" (issue 15 round 3).
  else if (chance(0.5))
    q.ageBand = pick([
      { min: 0, max: 17, label: 'under 18' },
      { min: 18, max: 24, label: '18 to 24' },
      { min: 35, max: 44, label: '35 to 44' },
      { min: 65, max: 74, label: '65 to 74' },
    ]);
  if (chance(0.2)) q.namedTopics = [pick(['alcohol_drugs', 'diabetes', 'dementia'])];
  if (chance(0.15)) q.language = pick(['Urdu', 'Polish', 'pl', 'English', ...LANGUAGES]);
  if (chance(0.08)) q.requiresWheelchair = true;
  if (chance(0.05)) q.requiresHearingLoop = true;
  if (chance(0.1)) q.remoteOnly = true;
  if (chance(0.15)) q.remoteFirst = chance(0.5);
  if (chance(0.1)) q.phoneUse = pick(['text_only', 'none'] as const);
  if (chance(0.2)) q.allowPaid = true;
  if (chance(0.1)) q.prefersRemote = true;
  if (chance(0.2)) q.day = pick(WEEKDAYS);
  return q;
}
