import { haversineKm } from '../directory/geo';
import { placeKey } from './place-names';
import { geoNamesGreatBritain, type GazetteerPlace } from './geonames';

/**
 * Services limited to a whole nation ("Wales", "Scotland", "Northern Ireland", "UK-wide") cover
 * everyone who lives there. No town or county is called "Wales", so the home-area words never
 * meet such an area: the nation is read from the map instead — the nation of the nearest GeoNames
 * place (GeoNames' admin code: ENG, SCT, WLS, NIR). Near a border the nearest place decides.
 */
export type Nation = 'ENG' | 'SCT' | 'WLS' | 'NIR';

/** Each nation's names as a service area may give them (after placeKey). */
const NATION_NAMES: Record<Nation, readonly string[]> = {
  ENG: ['england'],
  SCT: ['scotland', 'alba'],
  WLS: ['wales', 'cymru'],
  NIR: ['northern ireland', 'ni', 'n ireland', 'tuaisceart eireann'],
};
/** The whole country, and Great Britain (which leaves out Northern Ireland). */
const UK_NAMES = ['uk', 'united kingdom', 'nationwide', 'national', 'countrywide'];
const GB_NAMES = ['gb', 'great britain', 'britain', 'mainland uk'];

/** "All of Wales", "Wales-wide", "across Scotland", "anywhere in the UK" → the area's core name. */
function core(area: string): string {
  return placeKey(area)
    .replace(/^(all of|across|the whole of|whole of|anywhere in|throughout|all)\s+(the\s+)?/, '')
    .replace(/\s+(wide|wide service|only)$/, '')
    .trim();
}

/** The nations a whole-nation area covers, or null when the area is not a nation (a town, a county, a trust). */
export function nationsCoveredBy(area: string): readonly Nation[] | null {
  const c = core(area);
  if (UK_NAMES.includes(c)) return ['ENG', 'SCT', 'WLS', 'NIR'];
  if (GB_NAMES.includes(c)) return ['ENG', 'SCT', 'WLS'];
  const hit = (Object.keys(NATION_NAMES) as Nation[]).filter((n) => NATION_NAMES[n].includes(c));
  return hit.length ? hit : null;
}

const isNation = (v: string): v is Nation => v === 'ENG' || v === 'SCT' || v === 'WLS' || v === 'NIR';

/** The nation of the nearest GeoNames place; undefined when the list is empty. */
export function nationAt(lat: number, lon: number, places: readonly GazetteerPlace[] = geoNamesGreatBritain()): Nation | undefined {
  let best: { km: number; nation?: string } = { km: Infinity };
  for (const p of places) {
    // A cheap latitude gap test first: most of the ~4,300 places are ruled out without trigonometry.
    if (Math.abs(p.lat - lat) * 111 > best.km) continue;
    const km = haversineKm(lat, lon, p.lat, p.lon);
    if (km < best.km) best = { km, nation: p.nation };
  }
  return best.nation && isNation(best.nation) ? best.nation : undefined;
}
