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
