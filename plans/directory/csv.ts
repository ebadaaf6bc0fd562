/**
 * The flat CSV form of an Open Referral UK directory.
 *
 * The Open Referral tabular model spreads a service over services.csv, locations.csv,
 * physical_addresses.csv, schedules.csv, accessibility.csv, languages.csv, cost_options.csv and
 * service_attributes.csv joined by ids. Local teams keep their lists in one spreadsheet, so this
 * layout flattens those tables into ONE ROW PER SERVICE, keeping the Open Referral column names:
 *
 *   column                 from ORUK table.field                 notes
 *   id *                   services.id                           unique
 *   name *                 services.name
 *   description            services.description
 *   organization_name      organizations.name
 *   status *               services.status                       active | inactive | defunct | temporarily closed
 *   fees_description       services.fees_description
 *   cost_amount            cost_options.amount                   £ per session; several as "0;3"
 *   url, email             services.url, services.email
 *   phone                  phones.number
 *   minimum_age            services.minimum_age                  years
 *   maximum_age            services.maximum_age
 *   attending_type         schedules.attending_type              free text: "in person", "online", "by phone"
 *   location_type          locations.location_type               physical | virtual (blank = physical if an address)
 *   location_name          locations.name
 *   address_1, city,       physical_addresses.*
 *   postal_code
 *   latitude, longitude    locations.latitude/longitude          WGS84 decimal degrees
 *   accessibility          accessibility.description             several separated by ";"
 *   languages              languages.name                        "English;Urdu"
 *   taxonomy_terms         taxonomy_terms.name (via attributes)  "Befriending;Walking groups"
 *   byday                  schedules.byday                       iCal days: "TU" or "MO,TH" (or "MO;TH")
 *   opens_at, closes_at    schedules.opens_at/closes_at          "10:00"
 *   schedule_description   schedules.description
 *
 * (* required.) One location and one schedule pattern per row; a service with several venues
 * should use the JSON form. Files are RFC 4180: comma-separated, "double quotes" around fields
 * containing commas, quotes ("") or line breaks; UTF-8, optional BOM.
 */

export const CSV_COLUMNS = [
  'id',
  'name',
  'description',
  'organization_name',
  'status',
  'fees_description',
  'cost_amount',
  'url',
  'email',
  'phone',
  'minimum_age',
  'maximum_age',
  'attending_type',
  'location_type',
  'location_name',
  'address_1',
  'city',
  'postal_code',
  'latitude',
  'longitude',
  'accessibility',
  'languages',
  'taxonomy_terms',
  'byday',
  'opens_at',
  'closes_at',
  'schedule_description',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export class CsvSyntaxError extends Error {}

/** RFC 4180 parser; a quote left open is a file-level error, since every later row would be wrong. */
export function parseCsv(source: string): string[][] {
  const text = source.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
  }
  if (inQuotes) throw new CsvSyntaxError(`unterminated quoted field starting on line ${quoteLine}`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/**
 * One CSV row (as column → cell) → an Open Referral service object, so CSV and JSON go through
 * the same zod schema and normaliser. Ids for the nested records are derived from the service id.
 */
export function csvRowToOruk(cells: Partial<Record<string, string>>): Record<string, unknown> {
  const get = (c: CsvColumn) => blankToUndefined(cells[c]);
  const sid = get('id') ?? '';
  const hasPlace = ['location_name', 'address_1', 'city', 'postal_code', 'latitude', 'longitude'].some((c) => get(c as CsvColumn));
  const address =
    get('address_1') || get('city') || get('postal_code') ? [{ address_1: get('address_1'), city: get('city'), postal_code: get('postal_code') }] : undefined;
  const location = {
    id: `${sid}-loc`,
    location_type: get('location_type')?.toLowerCase() ?? (hasPlace ? 'physical' : 'virtual'),
    name: get('location_name'),
    latitude: get('latitude'),
    longitude: get('longitude'),
    addresses: address,
    accessibility: list(get('accessibility')).map((description, i) => ({ id: `${sid}-acc-${i}`, description })),
  };
  const amounts = list(get('cost_amount'));
  return {
    id: get('id'),
    name: get('name'),
    description: get('description'),
    status: get('status')?.toLowerCase(),
    organization: get('organization_name') ? { name: get('organization_name') } : undefined,
    fees_description: get('fees_description'),
    cost_options: amounts.length ? amounts.map((amount, i) => ({ id: `${sid}-cost-${i}`, amount })) : undefined,
    url: get('url'),
    email: get('email'),
    phones: get('phone') ? [{ number: get('phone') }] : undefined,
    minimum_age: get('minimum_age'),
    maximum_age: get('maximum_age'),
    attending_type: get('attending_type'),
    service_at_locations: hasPlace || get('location_type') ? [{ location }] : undefined,
    languages: list(get('languages')).map((name) => ({ name })),
    attributes: list(get('taxonomy_terms')).map((name, i) => ({ id: `${sid}-tax-${i}`, taxonomy_term: { name } })),
    schedules: get('byday')
      ? [
          {
            id: `${sid}-sch`,
            freq: 'WEEKLY',
            byday: get('byday'),
            opens_at: get('opens_at'),
            closes_at: get('closes_at'),
            description: get('schedule_description'),
          },
        ]
      : undefined,
  };
}

/** Maps an ORUK path from validation back to the CSV column the user has to fix. */
export function csvColumnForPath(path: string): string {
  const last =
    path
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? path;
  const byField: Record<string, CsvColumn> = {
    amount: 'cost_amount',
    number: 'phone',
    organization: 'organization_name',
    byday: 'byday',
    addresses: 'postal_code',
    physical_addresses: 'postal_code',
    attributes: 'taxonomy_terms',
    description: 'description',
  };
  if (/^service_at_locations\[\d+\]\.location\.accessibility/.test(path)) return 'column accessibility';
  if (/^service_at_locations\[\d+\]\.location\.name$/.test(path)) return 'column location_name';
  const column = (CSV_COLUMNS as readonly string[]).includes(last) ? last : (byField[last] ?? last);
  return `column ${column}`;
}
