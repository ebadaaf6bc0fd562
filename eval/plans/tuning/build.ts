import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORNWALL, NORTH_WEST, type Spec } from './specs';
import { TOWNS } from './towns';

/**
 * Writes the tuning directories and their labels from specs.ts: `npx tsx eval/plans/tuning/build.ts`.
 * Two publisher styles, so the importer meets different shapes:
 *  - cornwall: ORUK v3 array, local taxonomy ("Cornwall Connect"), attending_type on the service;
 *  - north-west: ORUK v2 /services page, physical_addresses, regular_schedules, NO taxonomy, mode
 *    only in the description, remote services with a virtual location or none.
 * Broken locations are deliberate (0,0; swapped; missing; strings; wrong sign).
 */
const here = dirname(fileURLToPath(import.meta.url));
const uuid = (seed: string) => {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const modes = (x: Spec) => (Array.isArray(x.mode) ? x.mode : [x.mode]);
const jitter = (seed: string) => (parseInt(createHash('md5').update(seed).digest('hex').slice(0, 4), 16) / 0xffff - 0.5) * 0.01;
const DAYS: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

function point(x: Spec) {
  const t = TOWNS[x.town]!;
  return { lat: Math.round((t.lat + jitter(`${x.name}lat`)) * 1e4) / 1e4, lon: Math.round((t.lon + jitter(`${x.name}lon`)) * 1e4) / 1e4 };
}

function coords(x: Spec, p: { lat: number; lon: number }): Record<string, unknown> {
  switch (x.broken) {
    case 'zero':
      return { latitude: 0, longitude: 0 };
    case 'swapped':
      return { latitude: p.lon, longitude: p.lat };
    case 'missing':
      return {};
    case 'string':
      return { latitude: String(p.lat), longitude: String(p.lon) };
    case 'sign':
      return { latitude: p.lat, longitude: -p.lon };
    default:
      return { latitude: p.lat, longitude: p.lon };
  }
}

function label(x: Spec) {
  const t = TOWNS[x.town]!;
  const p = point(x);
  return {
    name: x.name,
    needs: x.needs,
    free: x.free,
    active: !x.inactive,
    mode: Array.isArray(x.mode) ? x.mode : x.mode,
    lat: p.lat,
    lon: p.lon,
    town: x.town,
    county: t.county,
    minAge: x.minAge ?? null,
    maxAge: x.maxAge ?? null,
    area: x.area ?? null,
  };
}

const ATTENDING = { in_person: 'In person', phone: 'Telephone', online: 'Online video group', home_visit: 'Home visits' } as const;

function cornwallRecord(x: Spec) {
  const id = uuid(`cornwall:${x.name}`);
  const t = TOWNS[x.town]!;
  const m = modes(x);
  const located = m.includes('in_person');
  const locId = uuid(`${id}:loc`);
  return {
    id,
    name: x.name,
    description: x.desc,
    status: x.inactive ? 'inactive' : 'active',
    fees: x.fee,
    url: `https://${id.slice(0, 6)}.cornwall-connect.example`,
    email: `hello@${id.slice(0, 6)}.cornwall-connect.example`,
    organization: { id: uuid(`${id}:org`), name: `${x.name.split(' ')[0]} Community Trust` },
    attending_type: m.map((k) => ATTENDING[k]).join(' and '),
    ...(x.minAge !== undefined ? { minimum_age: x.minAge } : {}),
    ...(x.maxAge !== undefined ? { maximum_age: x.maxAge } : {}),
    service_at_locations: located
      ? [
          {
            id: uuid(`${id}:sal`),
            location: {
              id: locId,
              location_type: 'physical',
              name: `${x.town} community centre`,
              ...coords(x, point(x)),
              addresses: [{ id: uuid(`${id}:addr`), address_1: '1 Fore Street', city: x.town, region: 'Cornwall', postal_code: `${t.pc} 1AA`, country: 'GB' }],
            },
          },
        ]
      : [],
    contacts: [
      {
        id: uuid(`${id}:contact`),
        name: 'Coordinator',
        phones: [{ id: uuid(`${id}:phone`), number: '01632 961' + String(parseInt(id.slice(0, 3), 16) % 1000).padStart(3, '0') }],
      },
    ],
    schedules: x.day ? [{ id: uuid(`${id}:sch`), freq: 'WEEKLY', byday: x.day, opens_at: '10:00', closes_at: '12:00' }] : [],
    service_areas: x.area ? [{ id: uuid(`${id}:area`), name: x.area, service_area: `People living in ${x.area}`, extent_type: 'text' }] : [],
    attributes: (x.terms ?? []).map((term) => ({
      id: uuid(`${id}:${term}`),
      taxonomy_term: { id: uuid(`term:${term}`), name: term, taxonomy: 'cornwall-connect', vocabulary: 'Cornwall Connect' },
    })),
  };
}

function northWestRecord(x: Spec) {
  const id = uuid(`nw:${x.name}`);
  const t = TOWNS[x.town]!;
  const m = modes(x);
  const physical = m.includes('in_person') || m.includes('home_visit');
  const locations = physical
    ? [
        {
          id: uuid(`${id}:loc`),
          name: m.includes('home_visit') ? `${x.town} office (visits only)` : `${x.town} venue`,
          ...coords(x, point(x)),
          physical_addresses: [
            {
              id: uuid(`${id}:addr`),
              address_1: '12 High Street',
              city: x.town,
              state_province: t.county,
              postal_code: `${t.pc.toLowerCase()} 2bb`,
              country: 'United Kingdom',
            },
          ],
        },
      ]
    : m.includes('online')
      ? [{ id: uuid(`${id}:loc`), location_type: 'virtual', name: 'Online' }]
      : [];
  const how = m.includes('home_visit')
    ? ' We visit you at home.'
    : m.includes('phone')
      ? ' All support is by telephone.'
      : m.includes('online')
        ? ' Sessions are online.'
        : '';
  return {
    id,
    name: x.name,
    description: `${x.desc}${how}${x.area ? ` Only for people living in ${x.area}.` : ''}`,
    status: x.inactive ? 'inactive' : 'active',
    fees: x.fee,
    ...(x.minAge !== undefined ? { minimum_age: x.minAge } : {}),
    ...(x.maxAge !== undefined ? { maximum_age: x.maxAge } : {}),
    organization: { id: uuid(`${id}:org`), name: `${x.town} Voluntary Action` },
    service_at_locations: locations.map((location) => ({ id: uuid(`${location.id}:sal`), location })),
    contacts: [
      { id: uuid(`${id}:contact`), name: 'Enquiries', phones: [{ number: `0161 496 0${String(parseInt(id.slice(0, 3), 16) % 1000).padStart(3, '0')}` }] },
    ],
    regular_schedules: x.day ? [{ weekday: DAYS[x.day], opens_at: '13:00', closes_at: '15:00' }] : [],
    service_areas: x.area ? [{ service_area: x.area }] : [],
  };
}

function write(dir: string, records: unknown[], specs: Spec[], ids: string[], page: boolean) {
  const doc = page
    ? { total_items: records.length, total_pages: 1, page_number: 1, size: records.length, first_page: true, last_page: true, empty: false, contents: records }
    : records;
  writeFileSync(join(here, dir, 'directory.json'), `${JSON.stringify(doc, null, 1)}\n`);
  writeFileSync(join(here, dir, 'labels.json'), `${JSON.stringify(Object.fromEntries(specs.map((x, i) => [ids[i], label(x)])), null, 1)}\n`);
}

const cw = CORNWALL.map(cornwallRecord);
write(
  'cornwall',
  cw,
  CORNWALL,
  cw.map((r) => r.id),
  false,
);
const nw = NORTH_WEST.map(northWestRecord);
write(
  'north-west',
  nw,
  NORTH_WEST,
  nw.map((r) => r.id),
  true,
);
console.log(`cornwall ${cw.length} services, north-west ${nw.length} services`);
