import { distance } from 'fastest-levenshtein';
import { haversineKm } from '../directory/geo';
import { landmarkLabel, type Gazetteer, type KnownPlace } from './gazetteer';
import { parsePostcode, placeKey, splitNameAndPostcode } from './place-names';

/**
 * The person's area as typed → one point, or a question. Tried in order:
 *  1. a postcode (full or outward): a full postcode the optional online lookup already resolved
 *     (`postcodes`, keyed by full postcode or outward code), the district centre the directory
 *     teaches, or a district centre from the lookup;
 *  2. the name, most specific part first ("Mile Cross, Norwich" → "Mile Cross", then "Norwich"),
 *     a later part or a "near X" being the context that tells namesakes apart; a postcode may sit
 *     beside the name in one part ("Byker NE6") and may carry its sector digit ("SR2 8");
 *  3. two places of one name: the one the directory covers, a "(near X)" hint, else ASK;
 *  4. nothing found: ASK, with the closest spellings as suggestions.
 * Never a silent guess: every answer says how it was found, and a fallback to a wider part
 * ("used Norwich") says what was not found.
 */
export interface ResolvedPlace {
  label: string;
  lat: number;
  lon: number;
  how: 'postcode district' | 'postcode' | 'place name' | 'directory place';
  /** Shown to the link worker when the answer was not taken exactly as typed. */
  note?: string;
}

export interface PlaceChoice {
  label: string;
  lat: number;
  lon: number;
}

export type PlaceResolution =
  | { kind: 'found'; place: ResolvedPlace }
  | { kind: 'ambiguous'; typed: string; choices: PlaceChoice[] }
  | { kind: 'unknown'; typed: string; suggestions: PlaceChoice[] }
  | { kind: 'empty' };

const MAX_SUGGESTIONS = 5;

/** "Newport (near Telford)", "Hoxne (Suffolk)": the label a choice was offered with. */
const nearHint = /\(\s*(?:near\s+)?([^)]+)\)\s*$/i;

/**
 * Worked out once per gazetteer (it does not change after it is built), so an answer reads them
 * instead of recomputing: the landmarks' name keys (a unique name's label measures against every
 * landmark; re-keying them all per call was most of a found town's ~0.4 ms), and the covered
 * towns of each region (a county typed as the area scanned every place, ~1 ms at 100k services).
 */
interface Lookups {
  landmarkKeys: string[];
  townsByRegion: Map<string, Array<{ place: KnownPlace; key: string }>>;
}
const lookupsFor = new WeakMap<Gazetteer, Lookups>();
function lookups(gaz: Gazetteer): Lookups {
  let l = lookupsFor.get(gaz);
  if (!l) {
    const townsByRegion = new Map<string, Array<{ place: KnownPlace; key: string }>>();
    for (const places of gaz.byName.values())
      for (const p of places) {
        if (!p.region || !covered(gaz, p)) continue;
        const region = placeKey(p.region);
        const towns = townsByRegion.get(region);
        const town = { place: p, key: placeKey(p.name) };
        if (towns) towns.push(town);
        else townsByRegion.set(region, [town]);
      }
    // Sorted once; the sort is stable, so namesakes keep the gazetteer's order as before.
    for (const towns of townsByRegion.values()) towns.sort((a, b) => a.place.name.localeCompare(b.place.name));
    l = { landmarkKeys: gaz.landmarks.map((m) => placeKey(m.name)), townsByRegion };
    lookupsFor.set(gaz, l);
  }
  return l;
}

const labelOf = (gaz: Gazetteer, p: KnownPlace) => gaz.labels.get(p) ?? landmarkLabel(gaz.landmarks, p, lookups(gaz).landmarkKeys);
const choiceOf = (gaz: Gazetteer, p: KnownPlace): PlaceChoice => ({ label: labelOf(gaz, p), lat: p.lat, lon: p.lon });
const covered = (gaz: Gazetteer, p: KnownPlace) => gaz.covered.has(p);

/** How pick chose: 'town' when a known place was taken over village namesakes (the note says so). */
type Picked = { place: KnownPlace; by: 'only' | 'context' | 'same place' | 'coverage' | 'town' } | 'ambiguous';

function pickWhy(gaz: Gazetteer, candidates: readonly KnownPlace[], hint: PlaceChoice | null, hintText?: string): Picked {
  if (candidates.length === 1) return { place: candidates[0]!, by: 'only' };
  const byRegion = hintText ? candidates.filter((c) => c.region && placeKey(c.region) === placeKey(hintText)) : [];
  if (byRegion.length === 1) return { place: byRegion[0]!, by: 'context' };
  if (hint)
    return {
      place: [...candidates].sort((a, b) => haversineKm(a.lat, a.lon, hint.lat, hint.lon) - haversineKm(b.lat, b.lon, hint.lat, hint.lon))[0]!,
      by: 'context',
    };
  // The same name twice within a few km (GeoNames often lists a town and its parish) is one place.
  const first = candidates[0]!;
  if (candidates.every((c) => haversineKm(c.lat, c.lon, first.lat, first.lon) <= 5))
    return { place: [...candidates].sort((a, b) => b.population - a.population)[0]!, by: 'same place' };
  const inCoverage = candidates.filter((c) => covered(gaz, c));
  if (inCoverage.length === 1) return { place: inCoverage[0]!, by: 'coverage' };
  // A village under 1,000 people from the small-places list does not by itself make a known place's
  // name ambiguous: "Thornhill" is still the Thornhill it was before that list, unless the directory
  // covers only the village (above) or the answer says where ("Thornhill, Stirling", "Thornhill
  // near Stirling"). The plan's note names the village passed over. Namesakes among the known
  // places themselves are decided (or asked) exactly as before.
  const towns = candidates.filter((c) => c.source !== 'village');
  if (towns.length > 0 && towns.length < candidates.length) {
    const town = pickWhy(gaz, towns, null, hintText);
    return town === 'ambiguous' ? 'ambiguous' : { place: town.place, by: town.by === 'only' ? 'town' : town.by };
  }
  return 'ambiguous';
}

function pick(gaz: Gazetteer, candidates: readonly KnownPlace[], hint: PlaceChoice | null, hintText?: string): KnownPlace | 'ambiguous' {
  const picked = pickWhy(gaz, candidates, hint, hintText);
  return picked === 'ambiguous' ? picked : picked.place;
}

/** An unknown district ("DD3"): the directory's districts of the same area, nearest number first (DD2, DD4 before DD1). */
function nearbyDistricts(gaz: Gazetteer, outward: string): PlaceChoice[] {
  const area = outward.replace(/\d.*$/, '');
  const num = (d: string) => Number.parseInt(d.slice(area.length), 10);
  return [...gaz.districts]
    .filter(([d]) => d.replace(/\d.*$/, '') === area)
    .sort((a, b) => Math.abs(num(a[0]) - num(outward)) - Math.abs(num(b[0]) - num(outward)) || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([d, c]) => ({ label: d, lat: c.lat, lon: c.lon }));
}

/**
 * A county or council area typed as the area ("Fife", "Glasgow City"): too wide to measure
 * distance from, so the question offers the directory's towns in it (null: not a region it knows).
 */
function townsInRegion(gaz: Gazetteer, key: string): PlaceChoice[] | null {
  const towns = (lookups(gaz).townsByRegion.get(key) ?? []).filter((t) => t.key !== key);
  if (towns.length === 0) return null;
  return towns.slice(0, MAX_SUGGESTIONS).map((t) => choiceOf(gaz, t.place));
}

function suggestionsFor(gaz: Gazetteer, key: string): PlaceChoice[] {
  const limit = key.length <= 5 ? 1 : 2;
  const scored: Array<{ d: number; p: KnownPlace; at: number }> = [];
  for (let length = key.length - limit; length <= key.length + limit; length++) {
    for (const [name, at] of gaz.namesByLength.get(length) ?? []) {
      const d = distance(name, key);
      if (d <= limit) for (const p of gaz.byName.get(name)!) scored.push({ d, p, at });
    }
  }
  scored.sort((a, b) => a.d - b.d || Number(covered(gaz, b.p)) - Number(covered(gaz, a.p)) || b.p.population - a.p.population || a.at - b.at);
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => choiceOf(gaz, s.p));
}

/** A part of the answer and the wider part after it ("Southwick, Sunderland") agree within this. */
export const CONTEXT_KM = 25;

/** "Thropton nr Rothbury", "Ovington near Prudhoe": the same hint as "(near X)", in running text. */
const nearWords = /(?:^|\s+)(?:nr\.?|near|outside|close to)\s+(.+)$/i;

/** The answer's parts, most specific first, each a name or a postcode ("Byker NE6" is both). */
function partsOf(body: string): Array<{ text: string; postcode: boolean }> {
  const out: Array<{ text: string; postcode: boolean }> = [];
  for (const raw of body.split(/[,;/]+/)) {
    const part = raw.trim();
    if (!part) continue;
    // "Lampeter (Llanbedr Pont Steffan)": a town with its other name beside it; each is tried.
    const alt = /^(.+?)\s*\(([^)]+)\)$/.exec(part);
    if (alt && !parsePostcode(alt[1]!)) {
      out.push({ text: alt[1]!.trim(), postcode: false }, { text: alt[2]!.trim(), postcode: parsePostcode(alt[2]!) !== null });
      continue;
    }
    const split = parsePostcode(part) ? null : splitNameAndPostcode(part);
    if (split) out.push({ text: split.name, postcode: false }, { text: split.postcode, postcode: true });
    else out.push({ text: part, postcode: parsePostcode(part) !== null });
  }
  return out;
}

const near = (p: { lat: number; lon: number }, c: { lat: number; lon: number }) => haversineKm(p.lat, p.lon, c.lat, c.lon) <= CONTEXT_KM;

export function resolvePlace(text: string | null, gaz: Gazetteer, postcodes: ReadonlyMap<string, { lat: number; lon: number }> = new Map()): PlaceResolution {
  const typed = (text ?? '').trim();
  if (!typed) return { kind: 'empty' };
  const hintText = nearHint.exec(typed)?.[1] ?? nearWords.exec(typed.replace(nearHint, ''))?.[1];
  const body = typed.replace(nearHint, '').replace(nearWords, '').trim();
  const hintResolution = hintText ? resolvePlace(hintText, gaz, postcodes) : null;
  const hint = hintResolution?.kind === 'found' ? hintResolution.place : null;

  const parts = partsOf(body);
  for (const part of parts) {
    const pc = part.postcode ? parsePostcode(part.text) : null;
    if (!pc) continue;
    const exact = pc.full ? postcodes.get(pc.full) : undefined;
    if (exact && pc.full) return { kind: 'found', place: { label: pc.full, lat: exact.lat, lon: exact.lon, how: 'postcode' } };
    // The sector first: a district can span tens of km, its centre far from the person.
    const sector = pc.sector ? gaz.sectors?.get(pc.sector) : undefined;
    if (sector && pc.sector)
      return {
        kind: 'found',
        place: {
          label: pc.sector,
          lat: sector.lat,
          lon: sector.lon,
          how: 'postcode district',
          note: `centre of the ${sector.services} directory location(s) in postcode sector ${pc.sector}${sector.town ? `, ${sector.town}` : ''}${pc.full ? ` (full postcode ${pc.full} not looked up)` : ''}`,
        },
      };
    const district = gaz.districts.get(pc.outward);
    if (district)
      return {
        kind: 'found',
        place: {
          label: pc.outward,
          lat: district.lat,
          lon: district.lon,
          how: 'postcode district',
          note: `centre of the ${district.services} directory location(s) in ${pc.outward}${pc.full ? ` (full postcode ${pc.full} not looked up)` : ''}`,
        },
      };
    const looked = postcodes.get(pc.outward);
    if (looked)
      return {
        kind: 'found',
        place: { label: pc.outward, lat: looked.lat, lon: looked.lon, how: 'postcode district', note: `centre of ${pc.outward} from the postcode lookup` },
      };
  }

  // A later, wider part is the context of an earlier one: "Southwick, Sunderland" is the Southwick
  // near Sunderland, not the one in Wiltshire. A namesake far from it is not that place.
  const names = parts.filter((p) => !p.postcode);
  // A "near X" hint (our own choice labels among them: "Newport (near Llanelli)" is 60 km from
  // Llanelli) only orders namesakes, nearest first.
  const laterPart = (i: number): PlaceChoice | null => {
    for (const later of names.slice(i + 1)) {
      const cs = gaz.byName.get(placeKey(later.text));
      if (!cs) continue;
      const chosen = pick(gaz, cs, hint, hintText);
      if (chosen !== 'ambiguous') return { label: chosen.name, lat: chosen.lat, lon: chosen.lon };
    }
    return null;
  };

  const missed: string[] = parts.filter((p) => p.postcode).map((p) => p.text.toUpperCase());
  for (const [i, part] of names.entries()) {
    const all = gaz.byName.get(placeKey(part.text));
    const wider = all ? laterPart(i) : null;
    const context = wider ?? hint;
    const candidates = all && wider ? all.filter((c) => near(c, wider)) : all;
    if (!candidates?.length) {
      missed.push(part.text);
      continue;
    }
    const picked = pickWhy(gaz, candidates, context, hintText);
    if (picked === 'ambiguous') return { kind: 'ambiguous', typed, choices: candidates.map((c) => choiceOf(gaz, c)) };
    const chosen = picked.place;
    const passedOver = picked.by === 'town' ? candidates.filter((c) => c.source === 'village') : [];
    const notes = [
      missed.length ? `“${missed.join(', ')}” not found, so ${chosen.name} was used` : '',
      passedOver.length
        ? `there is also ${passedOver.map((v) => labelOf(gaz, v)).join(', ')}: add a nearby town (“${chosen.name}, …” or “${chosen.name} near …”) to use ${passedOver.length > 1 ? 'one of those' : 'that one'}`
        : candidates.length > 1 && !context
          ? `the ${chosen.name} the directory covers`
          : '',
    ].filter(Boolean);
    return {
      kind: 'found',
      place: {
        label: labelOf(gaz, chosen),
        lat: chosen.lat,
        lon: chosen.lon,
        how: chosen.source === 'directory' ? 'directory place' : 'place name',
        ...(notes.length ? { note: notes.join('; ') } : {}),
      },
    };
  }
  // Nothing typed was found but the place it is near was ("Thropton nr Rothbury", or just "near
  // Lampeter"): that place, and the plan says so.
  if (hint && hintResolution?.kind === 'found' && names.length === 0 && !body)
    return { kind: 'found', place: { ...hint, note: [`near ${hint.label}: ${hint.label} was used`, hint.note].filter(Boolean).join('; ') } };
  if (hint && hintResolution?.kind === 'found' && names.length > 0)
    return {
      kind: 'found',
      place: {
        ...hint,
        note: [`“${[...missed].join(', ')}” not found, so ${hint.label}, the place it is near, was used`, hint.note].filter(Boolean).join('; '),
      },
    };
  const first = parts[0]?.text ?? body;
  const pc = parsePostcode(first);
  const suggestions = pc ? nearbyDistricts(gaz, pc.outward) : (townsInRegion(gaz, placeKey(first)) ?? suggestionsFor(gaz, placeKey(first)));
  return { kind: 'unknown', typed, suggestions };
}
