import { createHash } from 'node:crypto';
import type { Meta, Narrative, Reference, Resource } from '@medplum/fhirtypes';
import type { Line, Section } from './layout';

/**
 * Small FHIR helpers shared by the resource builders: ids, references, narrative XHTML.
 * Resources are typed with @medplum/fhirtypes (FHIR R4, types only — nothing of it runs); the
 * same project's definitions validate the output in the tests.
 */

/** A resource as this export builds it: always with an id, since every entry is referenced by urn:uuid. */
export type WithId<T extends Resource> = T & { id: string };
export type FhirResource = WithId<Resource>;

export const UK_CORE = (name: string) => `https://fhir.hl7.org.uk/StructureDefinition/UKCore-${name}`;
export const profile = (name: string): Meta => ({ profile: [UK_CORE(name)] });

/**
 * Deterministic UUIDs (name-based, from the export id and a local key): the same export always
 * produces the same bundle, so examples and golden checks are stable and a re-download of an
 * export link yields identical resource ids.
 */
export function stableUuid(exportId: string, key: string): string {
  const h = createHash('sha256').update(`${exportId}\u0000${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const urn = (id: string) => `urn:uuid:${id}`;
export const ref = <T extends Resource>(r: WithId<T>, display?: string): Reference<T> => ({ reference: urn(r.id), ...(display ? { display } : {}) });

/** XML escaping for narrative: patient text becomes character data, never markup. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A FHIR Narrative from layout lines: paragraphs, with consecutive bullets as one list. */
export function narrative(lines: Line[]): Narrative {
  const parts: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) parts.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const l of lines) {
    if (l.bullet) list.push(`<li>${escapeXml(l.text)}</li>`);
    else {
      flush();
      parts.push(`<p>${escapeXml(l.text)}</p>`);
    }
  }
  flush();
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${parts.join('') || '<p>None.</p>'}</div>` };
}

export const sectionNarrative = (s: Section) => narrative(s.lines);
