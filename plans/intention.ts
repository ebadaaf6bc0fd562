import type { DirectoryService } from './directory/model';

/**
 * Theory of Planned Behaviour intention statements, TACT-complete (Target, Action, Context,
 * Time) as instruments.md §6 asks: "I intend to go to the Tuesday walking group at St Mark's in
 * the next two weeks". The person rates each 1–7. TPB-informed, not a validated scale.
 */
export const TPB_LABEL = 'TPB-informed, not a validated scale';
export const TPB_RATING_HELP = '1 strongly disagree – 7 strongly agree';

const MAX = 400;
const titleCase = (d: string) => d[0]!.toUpperCase() + d.slice(1);

/** "I intend to {action} {target} {context} {time}." — one sentence, trimmed to the model's limit. */
export function tactStatement(parts: { action: string; target: string; context?: string; time: string }): string {
  const body = [parts.action, parts.target, parts.context, parts.time].filter((p) => p && p.trim()).join(' ');
  const sentence = `I intend to ${body}.`;
  return sentence.length <= MAX ? sentence : `${sentence.slice(0, MAX - 1)}…`;
}

/** "the Tuesday Headingley Walking Group" — when the service meets on one day only. */
export function serviceTarget(service: DirectoryService): string {
  const days = new Set(service.schedules.map((s) => s.day));
  const [day] = days;
  if (days.size !== 1 || !day || service.name.toLowerCase().includes(day)) return service.name;
  return `the ${titleCase(day)} ${service.name}`;
}

/** "at St Mark's Church" — where, when the directory names a venue (else the town). */
export function serviceContext(service: DirectoryService, withLinkWorker: boolean, visiting = service.attendance.inPerson): string {
  const place = visiting ? service.locations.find((l) => l.name || l.town) : undefined;
  const venue = place?.name ?? place?.town;
  // "Leeds Volunteer Centre at Volunteer Centre" says nothing twice.
  const where = venue && !service.name.toLowerCase().includes(venue.toLowerCase()) ? `at ${venue}` : '';
  return [where, withLinkWorker ? 'with my link worker' : ''].filter(Boolean).join(' ');
}

/** "Tuesdays 10:00–12:00" for the action's "when", from the directory's schedule. */
export function scheduleWhen(service: DirectoryService, firstVisit: string): string {
  const slot = service.schedules[0];
  if (!slot) return firstVisit;
  const times = slot.opens && slot.closes ? ` ${slot.opens}–${slot.closes}` : '';
  const often = slot.frequency === 'monthly' ? ' (monthly)' : '';
  return `${titleCase(slot.day)}s${times}${often} — ${firstVisit.toLowerCase()}`.slice(0, 120);
}
