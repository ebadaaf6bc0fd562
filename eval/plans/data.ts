import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The evaluation's own vocabulary: ground-truth labels per service and people with their truth,
 * in the format the held-out set was written in (eval/plans/heldout/README.md). Labels are read
 * apart from the directory so a plan is judged on what a service really is, never on what our
 * importer made of it.
 */
const mode = z.enum(['in_person', 'phone', 'online', 'home_visit']);

export const labelSchema = z.object({
  name: z.string(),
  needs: z.array(z.string()),
  free: z.boolean(),
  active: z.boolean(),
  mode: z.union([mode, z.array(mode)]),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  minAge: z.number().nullable(),
  maxAge: z.number().nullable(),
  /** Service area restriction in words ("Suffolk", "South Norfolk"); null = none. */
  area: z.string().nullable(),
  /**
   * Every service area the record lists, when it lists more than one: labels hold only the first
   * (heldout-5/README.md: "three records list two areas, and check.py reads all of them"); read
   * from the directory file's own service_areas names, never from our importer (loadEvalSet).
   */
  areas: z.array(z.string()).optional(),
  sites: z.array(z.object({ town: z.string(), lat: z.number(), lon: z.number(), side: z.string().optional() })).optional(),
  /** The needs in the set's own words, before its vocabulary mapped them (sets with a vocabulary). */
  setNeeds: z.array(z.string()).optional(),
  /** Which side of the water the venue is on, from the set's areas.json `sides` (withAreas). */
  side: z.string().optional(),
});
export type Label = z.infer<typeof labelSchema>;
export type Mode = z.infer<typeof mode>;

export const personSchema = z.object({
  id: z.string(),
  age: z.number().nullable(),
  area: z.string(),
  story: z.string().optional(),
  needs: z.array(z.string()),
  barriers: z.array(z.string()),
  mattersMost: z.string(),
  // The assessment records up to three goals; a person who names more has the first three recorded,
  // as the link worker would (Wales wa-13 names four), and the rest written in the notes
  // (person-assessment.ts; before round 5b the rest was dropped here). Only recorded goals are scored.
  goals: z.array(z.string()),
  /** As on labels: the needs in the set's own words, kept for the score. */
  setNeeds: z.array(z.string()).optional(),
  /**
   * The local authority the set's author placed the person in (areas.json `personUnit`): with it,
   * the containment table is read in the author's units, not the labels' counties (withAreas).
   */
  unit: z.string().optional(),
  /** Which side of the water the person lives on (areas.json `sides`). */
  side: z.string().optional(),
  notes: z.string().optional(),
  truth: z.object({
    lat: z.number(),
    lon: z.number(),
    place: z.string(),
    maxTravelKm: z.number(),
    mustBeFree: z.boolean(),
    remoteOk: z.boolean(),
    avoidModes: z.array(mode),
    expectSomething: z.array(z.string()),
    mustNotSuggest: z.array(z.string()),
  }),
});
export type Person = z.infer<typeof personSchema>;

export interface EvalSet {
  name: string;
  heldOut: boolean;
  directoryPath: string;
  labels: Record<string, Label>;
  people: Person[];
  /** Area name → the local authorities (label counties) it covers, from the set's own table (areas.json). */
  areaContains?: Record<string, string[]>;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** A set written in its author's own terms maps them to the script's options (null: no option, dropped). */
const vocabularySchema = z.object({
  needs: z.record(z.string(), z.string().nullable()),
  barriers: z.record(z.string(), z.string().nullable()),
});

function translate(terms: string[], map: Record<string, string | null>, what: string): string[] {
  const out = terms.map((t) => {
    if (!(t in map)) throw new Error(`eval vocabulary has no entry for ${what} "${t}"`);
    return map[t];
  });
  return [...new Set(out.filter((t): t is string => t !== null))];
}

const areasTableSchema = z.object({
  contains: z.record(z.string(), z.array(z.string())),
  personUnit: z.record(z.string(), z.string()).optional(),
  sides: z.object({ towns: z.record(z.string(), z.string()), units: z.record(z.string(), z.string()), otherwise: z.string() }).optional(),
});

const rawAreasSchema = z.array(z.looseObject({ id: z.string(), service_areas: z.array(z.looseObject({ name: z.string().optional() })).optional() }));

const rawSitesSchema = z.array(
  z.looseObject({
    id: z.string(),
    service_at_locations: z
      .array(
        z.looseObject({
          location: z.looseObject({
            location_type: z.string().optional(),
            latitude: z.number().optional(),
            longitude: z.number().optional(),
            addresses: z.array(z.looseObject({ city: z.string().optional() })).optional(),
          }),
        }),
      )
      .optional(),
  }),
);

/**
 * Every physical site of a several-site record, for a set whose author judges reach at the nearest
 * one (heldout-9/README.md: "a good matcher should judge reach at the nearest site"; check.py
 * best()). The label holds the first site; the others are read raw from the directory file, as
 * check.py's sites() reads them, never from our importer. Before round 7 the scorer judged such a
 * record at its first site only.
 */
function withSites(labels: Record<string, Label>, directory: string): Record<string, Label> {
  const out = { ...labels };
  for (const r of rawSitesSchema.parse(readJson(directory))) {
    const l = out[r.id];
    const locs = (r.service_at_locations ?? []).map((x) => x.location).filter((x) => x.location_type === 'physical');
    if (!l || l.sites?.length || locs.length < 2 || l.lat === null || l.lon === null || !l.town) continue;
    const rest = locs
      .slice(1)
      .flatMap((x) =>
        x.latitude !== undefined && x.longitude !== undefined ? [{ town: x.addresses?.[0]?.city ?? '', lat: x.latitude, lon: x.longitude }] : [],
      );
    out[r.id] = { ...l, sites: [{ town: l.town, lat: l.lat, lon: l.lon }, ...rest] };
  }
  return out;
}

/**
 * A set whose README says a person is covered when ANY of a record's areas covers them, and which
 * names areas (ICBs, a region) the labels' counties do not: its areas.json holds the author's own
 * containment table, and every record's area names are read raw from the directory file.
 */
function withAreas(
  labels: Record<string, Label>,
  people: Person[],
  directory: string,
  areasPath: string,
): { labels: Record<string, Label>; people: Person[]; areaContains: Record<string, string[]> } {
  const table = areasTableSchema.parse(readJson(areasPath));
  const raw = rawAreasSchema.parse(readJson(directory));
  const out = { ...labels };
  for (const r of raw) {
    const names = (r.service_areas ?? []).flatMap((a) => (a.name ? [a.name] : []));
    if (out[r.id] && names.length > 1) out[r.id] = { ...out[r.id]!, areas: names };
  }
  // A set that names the person's own local authority (heldout-8: "BCP" is inside "Dorset" but not
  // inside "Dorset Council area") is judged in those units; and where water divides the set (the
  // Solent, heldout-8/README.md), each venue and person is given the side of it they are on.
  const sideOfTown = (town: string | null) => (table.sides && town ? (table.sides.towns[town] ?? table.sides.otherwise) : undefined);
  const sideOfUnit = (unit: string | undefined) => (table.sides && unit ? (table.sides.units[unit] ?? table.sides.otherwise) : undefined);
  if (table.sides)
    for (const [id, l] of Object.entries(out)) {
      const sites = l.sites?.map((x) => ({ ...x, side: sideOfTown(x.town) }));
      if (l.town) out[id] = { ...l, side: sideOfTown(l.town), ...(sites ? { sites } : {}) };
    }
  const placed = people.map((p) => {
    const unit = table.personUnit?.[p.id];
    if (table.personUnit && unit === undefined) throw new Error(`areas table places no unit for person ${p.id}`);
    return unit === undefined ? p : { ...p, unit, ...(table.sides ? { side: sideOfUnit(unit) } : {}) };
  });
  return { labels: out, people: placed, areaContains: table.contains };
}

export function loadEvalSet(o: {
  name: string;
  heldOut: boolean;
  directory: string;
  labels: string;
  people: string;
  vocabulary?: string;
  areas?: string;
  /** Judge several-site records at their nearest site (withSites). */
  nearestSite?: boolean;
}): EvalSet {
  const labelled = z.record(z.string(), labelSchema).parse(readJson(o.labels));
  const parsed = o.nearestSite ? withSites(labelled, o.directory) : labelled;
  const listed = z.array(personSchema).parse(readJson(o.people));
  const withTable = o.areas ? withAreas(parsed, listed, o.directory, o.areas) : null;
  const labels = withTable?.labels ?? parsed;
  const people = withTable?.people ?? listed;
  const extra = withTable ? { areaContains: withTable.areaContains } : {};
  if (!o.vocabulary) return { name: o.name, heldOut: o.heldOut, directoryPath: o.directory, labels, people, ...extra };
  const v = vocabularySchema.parse(readJson(o.vocabulary));
  return {
    ...extra,
    name: o.name,
    heldOut: o.heldOut,
    directoryPath: o.directory,
    // The set's own need words are kept too: a need the script has no option for ("digital") is
    // dropped from what the product is told, but a digital-help service still meets it (score-plan.ts).
    labels: Object.fromEntries(Object.entries(labels).map(([id, l]) => [id, { ...l, needs: translate(l.needs, v.needs, 'need'), setNeeds: l.needs }])),
    people: people.map((p) => ({
      ...p,
      needs: translate(p.needs, v.needs, 'need'),
      barriers: translate(p.barriers, v.barriers, 'barrier'),
      setNeeds: p.needs,
    })),
  };
}
