import type { RiskCategory } from '../vocabulary';

/**
 * UK national crisis contacts, worded as in /work/shared/reference/safeguarding.md. They are for
 * the link worker to share with the person; local policy and the duty clinician come first.
 */
export interface CrisisContact {
  id: string;
  name: string;
  detail: string;
  /** Categories this contact is most relevant to; empty = every category. Used for ordering only. */
  mostRelevantTo: readonly RiskCategory[];
}

export interface Contact {
  name: string;
  detail: string;
}

export const CRISIS_CONTACTS: readonly CrisisContact[] = Object.freeze(
  [
    { id: 'emergency', name: 'Immediate danger to life', detail: '999 or go to A&E', mostRelevantTo: [] },
    {
      id: 'nhs111',
      name: 'Urgent mental health help',
      detail: 'NHS 111, choose the mental health option (nationally "option 2"; some areas word it differently)',
      mostRelevantTo: [],
    },
    { id: 'samaritans', name: 'Samaritans', detail: '116 123 — free, 24/7 (no text service)', mostRelevantTo: [] },
    { id: 'shout', name: 'Shout', detail: 'Text SHOUT to 85258, 24/7', mostRelevantTo: [] },
    { id: 'childline', name: 'Under 19s: Childline', detail: '0800 1111', mostRelevantTo: ['child_safeguarding'] },
    { id: 'domestic_abuse_helpline', name: 'Domestic abuse: National Domestic Abuse Helpline', detail: '0808 2000 247', mostRelevantTo: ['domestic_abuse'] },
  ].map((c) => Object.freeze({ ...c, mostRelevantTo: Object.freeze([...c.mostRelevantTo]) as readonly RiskCategory[] })),
);

/**
 * Contacts to show on a flag: every national contact (the baseline is never filtered out — a
 * person flagged for one risk may need another line), with the ones specific to the flagged
 * categories moved up after 999, then the area's local contacts. Blank or duplicate local entries
 * are ignored rather than shown.
 */
export function contactsFor(categories: readonly RiskCategory[], localContacts: ReadonlyArray<Contact> = []): Contact[] {
  const flagged = new Set(categories);
  const isSpecific = (c: CrisisContact) => c.mostRelevantTo.some((cat) => flagged.has(cat));
  const [emergency, ...rest] = CRISIS_CONTACTS;
  const ordered = [...(emergency ? [emergency] : []), ...rest.filter(isSpecific), ...rest.filter((c) => !isSpecific(c))];
  const result: Contact[] = ordered.map(({ name, detail }) => ({ name, detail }));
  const seen = new Set(result.map((c) => `${c.name}\u0000${c.detail}`.toLowerCase()));
  for (const local of localContacts) {
    const name = typeof local?.name === 'string' ? local.name.trim() : '';
    const detail = typeof local?.detail === 'string' ? local.detail.trim() : '';
    const key = `${name}\u0000${detail}`.toLowerCase();
    if (!name || !detail || seen.has(key)) continue;
    seen.add(key);
    result.push({ name, detail });
  }
  return result;
}
