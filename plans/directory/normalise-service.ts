import { z } from 'zod';
import { costFromDescription, deriveCost } from './cost';
import type { DirectoryLocation, DirectorySchedule, DirectoryService } from './model';
import { normaliseLocation, type FieldIssue } from './normalise-location';
import type { OrukLocation, OrukService } from './open-referral-schema';
import { mapNeedAreas } from './taxonomy-map';
import { specificTopicsOf } from './specific-topics';
import {
  detectAccessibility,
  detectAttendance,
  detectTextContact,
  detectSupportedFirstVisit,
  normaliseLanguage,
  scheduleEntry,
  schedulesFromByday,
  weekdayFrom,
} from './text-signals';

export interface NormaliseOutcome {
  service?: DirectoryService;
  /** Problems that make the record unsafe to match on (it is rejected). */
  errors: FieldIssue[];
  /** Parts dropped or doubtful; the service is kept. */
  warnings: FieldIssue[];
}

const emailSchema = z.email();

function validUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const formatPounds = (n: number) => `£${Number.isInteger(n) ? n : n.toFixed(2)}`;
const clean = (s: string | undefined): string | undefined => (s?.trim() ? s.trim().replace(/\s+/g, ' ') : undefined);
const uniq = (xs: Array<string | undefined>): string[] => [...new Set(xs.filter((x): x is string => !!x))];

function collectLocations(svc: OrukService): Array<{ loc: OrukLocation; path: string }> {
  const fromSal = (svc.service_at_locations ?? []).flatMap((sal, i) =>
    sal.location ? [{ loc: sal.location, path: `service_at_locations[${i}].location` }] : [],
  );
  const direct = (svc.locations ?? []).map((loc, i) => ({ loc, path: `locations[${i}]` }));
  return [...fromSal, ...direct];
}

function collectTerms(svc: OrukService): string[] {
  return uniq([
    ...(svc.attributes ?? []).map((a) => clean(a.taxonomy_term?.name ?? a.taxonomy_term?.term)),
    ...(svc.service_taxonomys ?? []).map((t) => clean(t.taxonomy?.name ?? t.taxonomy?.term)),
  ]);
}

function collectSchedules(svc: OrukService): DirectorySchedule[] {
  const out: DirectorySchedule[] = [];
  for (const s of svc.schedules ?? []) if (s.byday) out.push(...schedulesFromByday(s.byday, s.freq, s.opens_at, s.closes_at));
  for (const r of svc.regular_schedules ?? []) {
    const day = r.weekday === undefined ? undefined : weekdayFrom(r.weekday);
    if (day) out.push(scheduleEntry(day, 'weekly', r.opens_at, r.closes_at));
  }
  return out;
}

function ages(svc: OrukService, errors: FieldIssue[]) {
  const { minimum_age: min, maximum_age: max } = svc;
  if (min !== undefined && min < 0) errors.push({ path: 'minimum_age', message: `must not be negative (got ${min})` });
  if (max !== undefined && max < 0) errors.push({ path: 'maximum_age', message: `must not be negative (got ${max})` });
  // Contradictory eligibility could send someone to a service that turns them away: reject.
  if (min !== undefined && max !== undefined && min > max)
    errors.push({ path: 'minimum_age', message: `minimum_age ${min} is greater than maximum_age ${max}` });
  return { min, max };
}

function contact(svc: OrukService, warnings: FieldIssue[]): DirectoryService['contact'] {
  const out: DirectoryService['contact'] = {};
  const email = clean(svc.email);
  if (email && emailSchema.safeParse(email).success) out.email = email;
  else if (email) warnings.push({ path: 'email', message: `"${email}" is not an email address; dropped` });
  const url = clean(svc.url);
  if (url && validUrl(url)) out.url = url;
  else if (url) warnings.push({ path: 'url', message: `"${url}" is not an http(s) URL; dropped` });
  const phone = clean([...(svc.phones ?? []), ...(svc.contacts ?? []).flatMap((c) => c.phones ?? [])].find((p) => clean(p.number))?.number);
  if (phone) out.phone = phone;
  return out;
}

/** Open Referral UK service (already schema-checked) → DirectoryService. */
export function normaliseOrukService(svc: OrukService): NormaliseOutcome {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const { min, max } = ages(svc, errors);
  const description = clean(svc.description) ?? '';
  const organisation = clean(svc.organization?.name);
  const terms = collectTerms(svc);

  const rawLocations = collectLocations(svc);
  const locations = rawLocations.map(({ loc, path }) => normaliseLocation(loc, path, warnings)).filter((l): l is DirectoryLocation => l !== undefined);
  const accessTexts = rawLocations.flatMap(({ loc }) =>
    [...(loc.accessibility ?? []), ...(loc.accessibility_for_disabilities ?? [])].flatMap((a) => [
      a.description,
      a.accessibility,
      a.details,
      ...(a.attributes ?? []).map((t) => t.taxonomy_term?.name),
    ]),
  );
  const accessNotes = uniq(accessTexts.map(clean));

  const attendingTexts = uniq([svc.attending_type, ...(svc.schedules ?? []).map((s) => s.attending_type)].map(clean));
  const hasPhysical = rawLocations.some(({ loc }) => loc.location_type !== 'virtual');
  const hasVirtual = rawLocations.some(({ loc }) => loc.location_type === 'virtual');
  // How-to-attend wording is specific; a description mentioning "online forms" is not. Fall back
  // to the description only when the publisher gave no attending_type at all.
  const attendance = detectAttendance(attendingTexts.length > 0 ? attendingTexts : [description], hasPhysical, hasVirtual);
  if (attendance.phone && !attendance.text && detectTextContact([description])) attendance.text = true;
  const serviceAreas = uniq((svc.service_areas ?? []).map((a) => clean(a.name ?? a.service_area ?? a.extent)));

  const languages = uniq(
    [...(svc.languages ?? []), ...rawLocations.flatMap(({ loc }) => loc.languages ?? [])].map((l) => {
      const v = clean(l.name ?? l.language ?? l.code);
      return v ? normaliseLanguage(v) : undefined;
    }),
  );

  const costOptions = svc.cost_options ?? [];
  const feeTexts = uniq([svc.fees_description, svc.fees, ...costOptions.flatMap((c) => [c.option, c.amount_description])].map(clean));
  const fromFees = deriveCost({ amounts: costOptions.flatMap((c) => (c.amount === undefined ? [] : [c.amount])), texts: feeTexts });
  // Fee fields silent ("See description", or none): a price in the description's own words decides.
  const cost = fromFees === 'unknown' ? costFromDescription(svc.description ?? '') : fromFees;
  const costNote =
    clean(svc.fees_description) ??
    clean(
      costOptions
        .map((c) => [c.amount === undefined ? '' : formatPounds(c.amount), c.amount_description, c.option && `(${c.option})`].filter(Boolean).join(' '))
        .join('; '),
    ) ??
    clean(svc.fees);

  const schedules = collectSchedules(svc);
  const scheduleNote = clean(
    (svc.schedules ?? [])
      .map((s) => s.description)
      .filter(Boolean)
      .join(' '),
  );
  const name = svc.name.trim();
  const mapped = mapNeedAreas(terms, [name, ...terms, description].join(' '), name);

  if (errors.length > 0) return { errors, warnings };
  const service: DirectoryService = {
    id: svc.id,
    name,
    description,
    status: svc.status,
    needAreas: mapped.needAreas,
    needEvidence: mapped.needEvidence,
    taxonomyTerms: terms,
    cost,
    locations,
    attendance,
    supportedFirstVisit: detectSupportedFirstVisit([description, ...attendingTexts]),
    accessibility: { ...detectAccessibility(accessNotes), notes: accessNotes },
    languages,
    schedules,
    contact: contact(svc, warnings),
    text: uniq([name, organisation, ...terms, description, clean(svc.eligibility_description), ...attendingTexts]).join(' \n'),
  };
  if (organisation) service.organisation = organisation;
  if (serviceAreas.length) service.serviceAreas = serviceAreas;
  if (costNote) service.costNote = costNote;
  const topics = specificTopicsOf(name, terms, description, languages);
  if (topics.length) service.specificTo = topics;
  if (min !== undefined) service.minAge = min;
  if (max !== undefined) service.maxAge = max;
  if (scheduleNote) service.scheduleNote = scheduleNote;
  return { service, errors, warnings };
}
