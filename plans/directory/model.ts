import { z } from 'zod';
import { BARRIER_IDS, NEED_AREA_IDS, type Barrier, type NeedArea } from '../../dialogs/vocabulary';

/**
 * The normalised community-resource directory. Open Referral UK (JSON API or the flat CSV) is
 * imported into this shape once; matching works only on it, so the matcher never has to know
 * which of the many optional Open Referral fields a publisher happened to fill in.
 */

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** free: no charge; low: small/subsidised charge (≤ £5 a session or concessions); paid: more. */
export const COST_BANDS = ['free', 'low', 'paid', 'unknown'] as const;
export type CostBand = (typeof COST_BANDS)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const needArea = z.enum(NEED_AREA_IDS as [NeedArea, ...NeedArea[]]);
export const barrierSchema = z.enum(BARRIER_IDS as [Barrier, ...Barrier[]]);

export const directoryLocationSchema = z.object({
  name: z.string().optional(),
  address: z.string().optional(),
  town: z.string().optional(),
  postcode: z.string().optional(),
  /** WGS84; only present when both were given and in range (see normalise-location). */
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** County or region from the address (teaches the gazetteer which county a place is in). */
  region: z.string().optional(),
  /** The coordinates are the town or postcode-district centre, not the venue (prepare-directory). */
  approximate: z.boolean().optional(),
});
export type DirectoryLocation = z.infer<typeof directoryLocationSchema>;

export const scheduleSchema = z.object({
  day: z.enum(WEEKDAYS),
  /** "HH:MM" 24-hour, when published. */
  opens: z.string().optional(),
  closes: z.string().optional(),
  /** iCal freq: a monthly session is still "open on Tuesday" but worth saying so. */
  frequency: z.enum(['weekly', 'monthly']),
});
export type DirectorySchedule = z.infer<typeof scheduleSchema>;

export const directoryServiceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
  organisation: z.string().optional(),
  status: z.enum(SERVICE_STATUSES),
  needAreas: z.array(needArea),
  /** The taxonomy term or keyword that put the service in each need area, for "why" reasons. */
  needEvidence: z.partialRecord(needArea, z.string()),
  taxonomyTerms: z.array(z.string()),
  cost: z.enum(COST_BANDS),
  /** Publisher's own fee wording, shown to the link worker as-is. */
  costNote: z.string().optional(),
  locations: z.array(directoryLocationSchema),
  attendance: z.object({
    inPerson: z.boolean(),
    online: z.boolean(),
    phone: z.boolean(),
    /** Someone comes to the person's home (befriending visits, sitting services). */
    homeVisit: z.boolean().optional(),
    /** A phone service that also works by text message or text relay (usable with hearing loss). */
    text: z.boolean().optional(),
  }),
  /** Open Referral UK service_areas, in the publisher's words ("Suffolk"); absent = not restricted. */
  serviceAreas: z.array(z.string()).optional(),
  /**
   * false when no service area names a place or county the gazetteer knows ("South Norfolk",
   * "parishes around East Harling"): coverage is then judged by distance from the service.
   */
  serviceAreasNamed: z.boolean().optional(),
  /**
   * Where an area we cannot name lies ("Cwm Taf", a health board or trust): the mapped venues of
   * every service in the directory restricted to the same area. Lets a phone line limited to it
   * be offered to the people who live there (set by prepareDirectory).
   */
  serviceAreaPoints: z.array(z.object({ lat: z.number(), lon: z.number() })).optional(),
  /** The county an unnamed area is part of ("South Norfolk" → Norfolk): not for people in another county. */
  serviceAreaCounties: z.array(z.string()).optional(),
  /** Someone meets you / comes with you the first time — matters for anxiety about new places. */
  supportedFirstVisit: z.boolean(),
  accessibility: z.object({ wheelchair: z.boolean(), hearingLoop: z.boolean(), notes: z.array(z.string()) }),
  /** Language names ("English", "Urdu"); empty means not stated (assume English). */
  languages: z.array(z.string()),
  /** Specific needs the service is for (alcohol_drugs, diabetes…): offered only when the person names one (specific-topics.ts). */
  specificTo: z.array(z.string()).optional(),
  minAge: z.number().optional(),
  maxAge: z.number().optional(),
  schedules: z.array(scheduleSchema),
  scheduleNote: z.string().optional(),
  contact: z.object({ phone: z.string().optional(), email: z.string().optional(), url: z.string().optional() }),
  /** Everything searchable in one string: name, organisation, terms, description, attending notes. */
  text: z.string(),
});
export type DirectoryService = z.infer<typeof directoryServiceSchema>;

/** The file `directory-import` writes and `loadDirectory` reads back without re-deriving. */
export const NORMALISED_FORMAT = 'what-matters-directory';
export const normalisedDirectorySchema = z.object({
  format: z.literal(NORMALISED_FORMAT),
  version: z.literal(1),
  source: z.string().optional(),
  importedAt: z.string().optional(),
  services: z.array(z.unknown()),
});

export interface ImportIssue {
  /** Position of the record in the input (0-based; CSV: data row, header excluded). */
  index: number;
  id?: string;
  /** Where in the record: "service_at_locations[0].location.latitude", or a CSV column. */
  path: string;
  message: string;
}

export type ImportFormat = 'oruk-service-list' | 'oruk-service' | 'oruk-service-array' | 'csv' | 'normalised';

export interface ImportResult {
  format: ImportFormat;
  services: DirectoryService[];
  /** One entry per reason; a record with three problems appears three times (same index). */
  rejected: ImportIssue[];
  rejectedCount: number;
  /** The record was kept but part of it was dropped or looks wrong (e.g. latitude 100). */
  warnings: ImportIssue[];
}

/** Usable without travelling: by phone, online, or someone comes to the home. */
export function isRemote(s: Pick<DirectoryService, 'attendance'>): boolean {
  return s.attendance.online || s.attendance.phone || s.attendance.homeVisit === true;
}
