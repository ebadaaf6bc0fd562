/**
 * Times as people in England read them: Europe/London local time with GMT or BST named, e.g.
 * "1 Jul 2026, 12:50 BST". Stored times stay ISO UTC; only what is shown is converted.
 */
const UK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

export function ukDateTime(iso: string | undefined): string {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? 'an unknown time' : UK.format(new Date(t));
}

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in England as YYYY-MM-DD — the date a GP record shows. Slicing the UTC
 * string would date anything done between midnight and 1 am BST to the day before.
 */
export function ukDay(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso.slice(0, 10) : UK_DAY.format(new Date(t));
}
