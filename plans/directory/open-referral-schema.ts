import { z } from 'zod';
import { SERVICE_STATUSES } from './model';

/**
 * The parts of an Open Referral UK service we read, as zod schemas. Objects are loose (unknown
 * fields pass) because publishers extend the standard; the fields we rely on are typed so a wrong
 * type rejects the record with a path. Ranges that only make part of a record unusable (latitude
 * 100) are checked in the normaliser and reported as warnings instead — the service is still real.
 *
 * Covers HSDS/ORUK v3 (service_at_locations, schedules, attributes.taxonomy_term) and the common
 * ORUK v2 aliases (service_taxonomys, regular_schedules, languages[].language) seen in live feeds.
 */

/** Publishers send null for "not known"; treat it as absent. */
const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

/** Numbers sometimes arrive as strings ("12"), as in the ORUK examples themselves. */
const numeric = z.union(
  [
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ],
  { error: (iss) => `expected a number, got ${JSON.stringify(iss.input)}` },
);

const required = (what: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? 'is required' : `expected ${what}`) });

const text = z.string();

const taxonomyTerm = z.looseObject({
  id: opt(text),
  name: opt(text),
  term: opt(text),
  description: opt(text),
  taxonomy: opt(text),
  vocabulary: opt(text),
});

const attribute = z.looseObject({ id: opt(text), taxonomy_term: opt(taxonomyTerm) });

const accessibility = z.looseObject({
  description: opt(text),
  details: opt(text),
  accessibility: opt(text),
  attributes: opt(z.array(attribute)),
});

const address = z.looseObject({
  address_1: opt(text),
  city: opt(text),
  region: opt(text),
  /** ORUK v2 name for the county or region. */
  state_province: opt(text),
  postal_code: opt(text),
  country: opt(text),
});

const location = z.looseObject({
  id: opt(text),
  location_type: opt(z.enum(['physical', 'postal', 'virtual'])),
  name: opt(text),
  description: opt(text),
  latitude: opt(numeric),
  longitude: opt(numeric),
  addresses: opt(z.array(address)),
  physical_addresses: opt(z.array(address)),
  accessibility: opt(z.array(accessibility)),
  accessibility_for_disabilities: opt(z.array(accessibility)),
  languages: opt(z.array(z.looseObject({ name: opt(text), code: opt(text), language: opt(text) }))),
});

const schedule = z.looseObject({
  freq: opt(text),
  byday: opt(text),
  opens_at: opt(text),
  closes_at: opt(text),
  description: opt(text),
  attending_type: opt(text),
  notes: opt(text),
});

/** ORUK v2 "regular_schedules": one row per weekday. */
const regularSchedule = z.looseObject({
  weekday: opt(z.union([text, z.number()])),
  opens_at: opt(text),
  closes_at: opt(text),
});

const phone = z.looseObject({ number: opt(text) });

const language = z.looseObject({ name: opt(text), code: opt(text), language: opt(text) });

export const orukServiceSchema = z.looseObject({
  id: z.union([z.string().trim().min(1, 'must not be empty'), z.number().transform(String)], required('text or a number')),
  name: z.string(required('text')).trim().min(1, 'must not be empty'),
  description: opt(text),
  url: opt(text),
  email: opt(text),
  status: z.enum(SERVICE_STATUSES, required(`one of ${SERVICE_STATUSES.map((s) => `"${s}"`).join(', ')}`)),
  fees: opt(text),
  fees_description: opt(text),
  attending_type: opt(text),
  minimum_age: opt(numeric),
  maximum_age: opt(numeric),
  schedules: opt(z.array(schedule)),
  regular_schedules: opt(z.array(regularSchedule)),
  service_at_locations: opt(z.array(z.looseObject({ location: opt(location) }))),
  /** v2 feeds embed locations directly. */
  locations: opt(z.array(location)),
  languages: opt(z.array(language)),
  organization: opt(z.looseObject({ name: opt(text) })),
  cost_options: opt(
    z.array(
      z.looseObject({
        option: opt(text),
        amount: opt(numeric),
        amount_description: opt(text),
      }),
    ),
  ),
  contacts: opt(z.array(z.looseObject({ name: opt(text), phones: opt(z.array(phone)) }))),
  phones: opt(z.array(phone)),
  attributes: opt(z.array(attribute)),
  service_taxonomys: opt(z.array(z.looseObject({ taxonomy: opt(taxonomyTerm) }))),
  /** Where the service is offered ("Suffolk", "Norwich City Council area only"). */
  service_areas: opt(z.array(z.looseObject({ name: opt(text), service_area: opt(text), extent: opt(text) }))),
  eligibility_description: opt(text),
});
export type OrukService = z.infer<typeof orukServiceSchema>;
export type OrukLocation = z.infer<typeof location>;
export type OrukSchedule = z.infer<typeof schedule>;

/** The paged `/services` response: `contents` holds the page's services. */
export const orukPageSchema = z.looseObject({
  contents: z.array(z.unknown()),
  total_items: opt(numeric),
  total_pages: opt(numeric),
  page_number: opt(numeric),
  size: opt(numeric),
  last_page: opt(z.boolean()),
});
export type OrukPage = z.infer<typeof orukPageSchema>;
