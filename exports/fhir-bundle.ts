import type { ExportDocument } from './document';
import { assessmentResources } from './fhir-assessments';
import { carePlanResources } from './fhir-careplan';
import { consentResource, createContext, declinedObservation, inboundReferral, planReferrals, safeguardingFlags } from './fhir-resources';
import type { Bundle, BundleEntry, Composition, CompositionSection } from '@medplum/fhirtypes';
import { narrative, profile, ref, sectionNarrative, urn, type FhirResource, type WithId } from './fhir-support';
import { line, type SectionKey } from './layout';
import { buildLetter } from './letter';
import { safeDeep } from './safe-text';
import type { SummaryItem } from './summary';

/**
 * The export as a FHIR R4 document Bundle: Composition first (mirroring the PRSB "message back
 * to GP and referrer" sections, with the same narrative as the letter), then every resource the
 * sections point at. UK Core profiles where they exist; base R4 Goal (there is no UK Core Goal).
 */

/** A document Bundle whose entries all carry a full URL and a resource with an id (the Composition first). */
export type FhirBundle = WithId<Bundle> & { type: 'document'; timestamp: string; entry: Array<BundleEntry & { fullUrl: string; resource: FhirResource }> };

export function buildFhirBundle(doc: ExportDocument): FhirBundle {
  const ctx = createContext(doc, doc.assessedAt);
  const codesOnly = doc.variant === 'codes_only';
  const entries = new Map<SectionKey, FhirResource[]>();
  const attach = (key: SectionKey, ...rs: FhirResource[]) => entries.set(key, [...(entries.get(key) ?? []), ...rs]);

  if (doc.variant === 'screened_out') attach('referral_outcome', declinedObservation(ctx));
  else attach('codes', inboundReferral(ctx));
  if (doc.plan && doc.variant !== 'screened_out') {
    const referrals = codesOnly ? [] : planReferrals(ctx, doc.plan.referrals);
    const { carePlan, goals } = carePlanResources(ctx, doc.plan, referrals, codesOnly);
    attach(codesOnly ? 'review' : 'plan', carePlan, ...goals);
    if (referrals.length) attach('signposts', ...referrals);
  }
  if (doc.variant === 'full') {
    const { responses, observations } = assessmentResources(ctx);
    attach('assessments', ...responses, ...observations);
  }
  attach('risks', ...safeguardingFlags(ctx));
  const consent = doc.variant === 'screened_out' ? null : consentResource(ctx, doc.consentAt);
  if (consent) attach('consent', consent);

  const letter = buildLetter(doc);
  const summary: CompositionSection = { title: 'Summary for the GP', text: narrative(summaryLines(letter.summary)) };
  const sections = letter.sections.map((s): CompositionSection => {
    const rs = entries.get(s.key) ?? [];
    return { title: s.title, text: sectionNarrative(s), ...(rs.length ? { entry: rs.map((r) => ref(r)) } : {}) };
  });
  if (consent) sections.push({ title: 'Consent', text: narrative([line(`Consent to share: ${doc.consentLabel ?? 'not recorded'}`)]), entry: [ref(consent)] });

  const people = ctx.practitioner ? [ctx.practitioner, ...(ctx.practitionerRole ? [ctx.practitionerRole] : [])] : [];
  const composition: WithId<Composition> = {
    resourceType: 'Composition',
    id: ctx.id('composition'),
    meta: profile('Composition'),
    identifier: { system: ctx.uris.exportId, value: doc.exportId },
    status: 'final',
    // Coded only with a verified concept; none on our list means "document type", so text only.
    type: { text: 'Social prescribing message back to GP and referrer' },
    subject: ref(ctx.patient),
    date: doc.generatedAt,
    author: [...(ctx.practitioner && doc.author ? [ref(ctx.practitioner, doc.author.name)] : []), ref(ctx.service, doc.serviceName)],
    title: letter.title,
    // Restricted when it carries safeguarding information (consider hiding it from online access).
    confidentiality: doc.safeguarding.length ? 'R' : 'N',
    attester: [
      ...(ctx.practitioner && doc.author ? [{ mode: 'professional' as const, time: doc.generatedAt, party: ref(ctx.practitioner, doc.author.name) }] : []),
      { mode: 'official', time: doc.generatedAt, party: ref(ctx.service, doc.serviceName) },
    ],
    custodian: ref(ctx.service, doc.serviceName),
    section: [summary, ...sections],
  };
  const resources: FhirResource[] = [composition, ctx.patient, ctx.practice, ctx.service, ...people, ...new Set([...entries.values()].flat())];
  // Last step: every string made safe for FHIR (look-alike spaces, separators, bidi controls).
  return safeDeep({
    resourceType: 'Bundle',
    id: ctx.id('bundle'),
    identifier: { system: 'urn:ietf:rfc:3986', value: urn(ctx.id('bundle-identifier')) },
    type: 'document',
    timestamp: doc.generatedAt,
    entry: resources.map((r) => ({ fullUrl: urn(r.id), resource: r })),
  });
}

/** The summary as narrative: one paragraph per item, "Label: text". */
function summaryLines(items: SummaryItem[]) {
  return items.flatMap((i) =>
    i.lines.length === 1 ? [line(`${i.label}: ${i.lines[0]}`)] : [line(`${i.label}:`), ...i.lines.map((l) => ({ text: l, bullet: true }))],
  );
}
