import { haversineKm } from '../directory/geo';
import { geoNamesGreatBritain } from './geonames';
import { placeKey } from './place-names';

/**
 * "Dorset Council area" is not "Dorset". A bare county name in a service area is the ceremonial
 * county, towns and cities included ("Hampshire residents, including Southampton and
 * Portsmouth"); a county COUNCIL's area leaves out the unitary authorities inside that county,
 * which run their own services ("Wiltshire Council area; Swindon has its own service"). A link
 * worker knows which those are. This table holds them for the English counties whose council
 * shares the county's name, each unitary by its own name and its main towns (the words a
 * person's area answer or the directory's addresses give). Local government in England as of
 * 2023 (after the Cumbria, North Yorkshire and Somerset reorganisations); Wales, Scotland and
 * Northern Ireland have single-tier councils, so a council area there is the whole area.
 */
const UNITARIES_WITHIN: Readonly<Record<string, readonly (readonly string[])[]>> = {
  hampshire: [['southampton'], ['portsmouth', 'southsea']],
  dorset: [['bcp', 'bournemouth christchurch and poole', 'bournemouth', 'christchurch', 'poole']],
  wiltshire: [['swindon']],
  somerset: [
    ['bath and north east somerset', 'banes', 'bath'],
    ['north somerset', 'weston super mare', 'clevedon', 'portishead', 'nailsea'],
  ],
  gloucestershire: [['south gloucestershire', 'yate', 'thornbury', 'bradley stoke']],
  buckinghamshire: [['milton keynes']],
  cambridgeshire: [['peterborough']],
  derbyshire: [['derby']],
  devon: [['plymouth'], ['torbay', 'torquay', 'paignton', 'brixham']],
  durham: [['darlington'], ['hartlepool'], ['stockton on tees', 'stockton']],
  'east riding of yorkshire': [['kingston upon hull', 'hull']],
  'east sussex': [['brighton and hove', 'brighton', 'hove']],
  essex: [
    ['southend on sea', 'southend'],
    ['thurrock', 'grays', 'tilbury'],
  ],
  kent: [['medway', 'chatham', 'gillingham', 'rochester', 'strood']],
  lancashire: [['blackpool'], ['blackburn with darwen', 'blackburn', 'darwen']],
  leicestershire: [['leicester']],
  lincolnshire: [
    ['north lincolnshire', 'scunthorpe'],
    ['north east lincolnshire', 'grimsby', 'cleethorpes', 'immingham'],
  ],
  nottinghamshire: [['nottingham']],
  shropshire: [['telford and wrekin', 'telford']],
  staffordshire: [['stoke on trent', 'stoke']],
  'north yorkshire': [['york'], ['middlesbrough'], ['redcar and cleveland', 'redcar']],
  cornwall: [['isles of scilly', 'scilly']],
};

/** "Dorset Council area", "Hampshire County Council", "the area of Kent County Council" → "dorset", "hampshire", "kent". */
const COUNCIL_AREA = /^(?:the )?(?:area of )?(?:the )?(.+?) (?:county )?council(?: area)?$/;

/** The county whose council's area this is, when it is one the table knows; else null. */
export function councilCounty(area: string): string | null {
  const m = COUNCIL_AREA.exec(placeKey(area));
  const county = m?.[1]?.replace(/^county /, '');
  return county && county in UNITARIES_WITHIN ? county : null;
}

/**
 * True when the area is a county council's and the person's home (any of its keys: the place
 * used, the words typed, the directory's other names for it) is one of the unitary authorities
 * that council does not serve. False means "not ruled out this way", never "covered".
 */
export function councilAreaLeavesOut(area: string, homeKeys: readonly string[]): boolean {
  const county = councilCounty(area);
  if (!county) return false;
  return UNITARIES_WITHIN[county]!.some((names) => names.some((n) => homeKeys.includes(n)));
}

/**
 * A unitary authority named as a service area ("BCP", "Bournemouth, Christchurch and Poole",
 * "Swindon"): it covers the person whose home names it or one of its towns, or who lives within
 * UNITARY_TOWN_KM of one of its towns; anyone else it does not, however near its venues (Burley
 * is 12 km from Christchurch but in the New Forest). Null: the area is not a unitary this table
 * knows, and the other rules decide.
 */
export const UNITARY_TOWN_KM = 5;

const UNITARIES: readonly (readonly string[])[] = Object.values(UNITARIES_WITHIN).flat();
const unitaryByName = new Map<string, readonly string[]>(UNITARIES.flatMap((names) => names.map((n) => [n, names] as const)));
let townPoints: Map<string, Array<{ lat: number; lon: number }>> | undefined;

function pointsOf(name: string): ReadonlyArray<{ lat: number; lon: number }> {
  if (!townPoints) {
    townPoints = new Map();
    for (const g of geoNamesGreatBritain()) {
      const key = placeKey(g.name);
      if (!unitaryByName.has(key)) continue;
      const list = townPoints.get(key) ?? [];
      list.push({ lat: g.lat, lon: g.lon });
      townPoints.set(key, list);
    }
  }
  return townPoints.get(name) ?? [];
}

export function unitaryAreaCovers(areaKeyed: string, homeKeys: readonly string[], home: { lat: number; lon: number } | undefined): boolean | null {
  const names = unitaryByName.get(areaKeyed);
  if (!names) return null;
  if (names.some((n) => homeKeys.includes(n))) return true;
  if (!home) return null;
  return names.some((n) => pointsOf(n).some((p) => haversineKm(home.lat, home.lon, p.lat, p.lon) <= UNITARY_TOWN_KM));
}
