import { placeKey, plainPlaceKey, SHORT_FORMS } from './place-names';

/**
 * English counties and regions as a link worker reads them in a directory. Addresses write the
 * county short ("Notts", "Derbys", "Lincs") as often as in full, and a service limited to
 * "Derbyshire" is for a person whose address says "Derbys"; a service for "the East Midlands" is
 * for everyone in the counties of that region. Round 6 (RESULTS.md, s15d): set 7's addresses wrote
 * both forms, so Matlock's county was "Derbys" and no "Derbyshire" service was offered there, and
 * no "East Midlands" service was offered to anyone.
 */

/** "Notts" → "Nottinghamshire", "W. Midlands" → "West Midlands"; any other name as given (trimmed). */
export function countyName(name: string): string {
  return SHORT_FORMS[plainPlaceKey(name)] ?? name.trim();
}

/**
 * The nine regions of England and the ceremonial counties in each (ONS regions; a ceremonial
 * county includes its cities: Nottinghamshire includes Nottingham). A county split between two
 * regions is listed under the one most of it lies in (Lincolnshire: East Midlands).
 */
const REGIONS: ReadonlyArray<{ name: string; also: readonly string[]; counties: readonly string[] }> = [
  { name: 'North East', also: ['north east england', 'north east of england'], counties: ['Northumberland', 'Tyne and Wear', 'Durham', 'County Durham'] },
  {
    name: 'North West',
    also: ['north west england', 'north west of england'],
    counties: ['Cumbria', 'Lancashire', 'Greater Manchester', 'Merseyside', 'Cheshire'],
  },
  {
    name: 'Yorkshire and the Humber',
    also: ['yorkshire and humber', 'yorkshire and humberside'],
    counties: [
      'North Yorkshire',
      'West Yorkshire',
      'South Yorkshire',
      'East Riding of Yorkshire',
      'East Yorkshire',
      'North Lincolnshire',
      'North East Lincolnshire',
    ],
  },
  {
    name: 'East Midlands',
    also: [],
    counties: ['Derbyshire', 'Nottinghamshire', 'Leicestershire', 'Rutland', 'Lincolnshire', 'Northamptonshire'],
  },
  {
    name: 'West Midlands',
    also: ['west midlands region'],
    counties: ['Herefordshire', 'Shropshire', 'Staffordshire', 'Warwickshire', 'West Midlands', 'Worcestershire'],
  },
  {
    name: 'East of England',
    also: ['east of england region', 'eastern england'],
    counties: ['Bedfordshire', 'Cambridgeshire', 'Essex', 'Hertfordshire', 'Norfolk', 'Suffolk'],
  },
  { name: 'London', also: ['greater london'], counties: ['Greater London', 'London', 'City of London'] },
  {
    name: 'South East',
    also: ['south east england', 'south east of england'],
    counties: ['Berkshire', 'Buckinghamshire', 'East Sussex', 'West Sussex', 'Hampshire', 'Isle of Wight', 'Kent', 'Oxfordshire', 'Surrey'],
  },
  {
    name: 'South West',
    also: ['south west england', 'south west of england'],
    counties: ['Bristol', 'Cornwall', 'Devon', 'Dorset', 'Gloucestershire', 'Somerset', 'Wiltshire', 'Isles of Scilly'],
  },
];

const regionKey = (name: string) =>
  placeKey(name)
    .replace(/^(the|all of the|all of|across the|across)\s+/, '')
    .replace(/\s+(region|wide)$/, '');
const REGION_BY_NAME = new Map(REGIONS.flatMap((r) => [r.name, ...r.also].map((n) => [regionKey(n), r.name] as const)));
const REGION_BY_COUNTY = new Map(REGIONS.flatMap((r) => r.counties.map((c) => [placeKey(c), r.name] as const)));

/** The English region an area's name names ("East Midlands", "the South West region"), or null. */
export function englishRegionNamed(area: string): string | null {
  return REGION_BY_NAME.get(regionKey(area)) ?? null;
}

/** The English region a county is in ("Derbys" → "East Midlands"), or null for a name the table does not hold. */
export function englishRegionOfCounty(county: string): string | null {
  // placeKey already reads the short forms ("Derbys" → "derbyshire").
  const key = placeKey(county);
  return REGION_BY_COUNTY.get(key) ?? REGION_BY_COUNTY.get(key.replace(/^county /, '')) ?? null;
}
