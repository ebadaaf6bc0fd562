/**
 * Reminders go out "on the morning" in England, whatever the server's zone and across the clock
 * changes: a local Europe/London date and time of day turned into the UTC instant it names.
 * Uses only Intl (no library): the zone's offset at an instant, applied twice so an instant
 * near a GMT/BST change lands on the right side of it.
 */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function londonFields(ms: number): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute), s: Number(p.second) };
}

/** Minutes London is ahead of UTC at that instant (0 in winter, 60 in summer). */
function offsetMs(ms: number): number {
  const f = londonFields(ms);
  return Date.UTC(f.y, f.m - 1, f.d, f.h, f.min, f.s) - Math.floor(ms / 1000) * 1000;
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-29" at "08:30" London → the ISO UTC instant. */
export function londonInstant(date: string, timeOfDay: string): string {
  const d = DATE.exec(date);
  const t = TIME_OF_DAY.exec(timeOfDay);
  if (!d || !t) throw new Error(`londonInstant needs YYYY-MM-DD and HH:MM (got ${date} ${timeOfDay})`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  let guess = wall - offsetMs(wall);
  guess = wall - offsetMs(guess);
  return new Date(guess).toISOString();
}

/** The London calendar date of an instant. */
export function londonDate(iso: string): string {
  const f = londonFields(Date.parse(iso));
  return `${f.y}-${String(f.m).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const d = DATE.exec(date);
  if (!d) throw new Error(`addDays needs YYYY-MM-DD (got ${date})`);
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days)).toISOString().slice(0, 10);
}
