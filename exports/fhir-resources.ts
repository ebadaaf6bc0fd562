import type { ResourceLink } from '../plans/model';
import type { ExportDocument } from './document';
import { cleanFreeText } from './document';
import type { Consent, ContactPoint, Flag, Observation, Organization, Patient, Practitioner, PractitionerRole, ServiceRequest } from '@medplum/fhirtypes';
import { profile, ref, stableUuid, type WithId } from './fhir-support';
import { NHS_NUMBER_SYSTEM, ODS_SYSTEM, codeFor, localUris, type LocalUris } from './terminology';

/**
 * Who and where: Patient (NHS number, name and date of birth as confirmed at export), the
 * practice, the sending service (ODS code from configuration) and the named link worker as
 * Practitioner; plus Consent, Flag and ServiceRequest.
 */

export interface FhirContext {
  doc: ExportDocument;
  id: (key: string) => string;
  uris: LocalUris;
  patient: WithId<Patient>;
  practice: WithId<Organization>;
  service: WithId<Organization>;
  /** The named link worker; null only if no author was given (the export is refused before then). */
  practitioner: WithId<Practitioner> | null;
  /** Their role at the sending service (PractitionerRole.code as text: no verified role code). */
  practitionerRole: WithId<PractitionerRole> | null;
  /** When the assessment happened (completion, else last update). */
  effective: string;
}

export function createContext(doc: ExportDocument, assessedAt: string): FhirContext {
  const id = (key: string) => stableUuid(doc.exportId, key);
  const practice: WithId<Organization> = {
    resourceType: 'Organization',
    id: id('practice'),
    meta: profile('Organization'),
    ...(doc.practice.odsCode ? { identifier: [{ system: ODS_SYSTEM, value: doc.practice.odsCode }] } : {}),
    name: doc.practice.name,
  };
  const uris = localUris(doc.fhirBaseUri);
  const telecom: ContactPoint[] = [
    ...(doc.service.phone ? [{ system: 'phone' as const, value: doc.service.phone, use: 'work' as const }] : []),
    ...(doc.service.email ? [{ system: 'email' as const, value: doc.service.email, use: 'work' as const }] : []),
  ];
  const service: WithId<Organization> = {
    resourceType: 'Organization',
    id: id('service'),
    meta: profile('Organization'),
    ...(doc.service.odsCode ? { identifier: [{ system: ODS_SYSTEM, value: doc.service.odsCode }] } : {}),
    name: doc.serviceName,
    ...(telecom.length ? { telecom } : {}),
  };
  const identifier =
    doc.patient.kind === 'nhs_number' ? { system: NHS_NUMBER_SYSTEM, value: doc.patient.value } : { system: uris.localPatientId, value: doc.patient.value };
  const who = doc.patient.identity;
  const patient: WithId<Patient> = {
    resourceType: 'Patient',
    id: id('patient'),
    meta: profile('Patient'),
    identifier: [identifier],
    ...(who
      ? { name: [{ use: 'official', family: who.family, given: who.given, ...(doc.patient.name ? { text: doc.patient.name } : {}) }], birthDate: who.birthDate }
      : {}),
    generalPractitioner: [ref(practice, doc.practice.name)],
  };
  const practitioner: WithId<Practitioner> | null = doc.author
    ? {
        resourceType: 'Practitioner',
        id: id('practitioner'),
        meta: profile('Practitioner'),
        name: [{ use: 'official', text: doc.author.name }],
        ...(telecom.length ? { telecom } : {}),
      }
    : null;
  const practitionerRole: WithId<PractitionerRole> | null =
    doc.author && practitioner
      ? {
          resourceType: 'PractitionerRole',
          id: id('practitioner-role'),
          meta: profile('PractitionerRole'),
          practitioner: ref(practitioner, doc.author.name),
          organization: ref(service, doc.serviceName),
          code: [{ text: doc.author.role }],
          ...(telecom.length ? { telecom } : {}),
        }
      : null;
  return { doc, id, uris, patient, practice, service, practitioner, practitionerRole, effective: assessedAt };
}

export function consentResource(ctx: FhirContext, consentAt: string | null): WithId<Consent> {
  return {
    resourceType: 'Consent',
    id: ctx.id('consent'),
    meta: profile('Consent'),
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ text: 'Consent to share social prescribing information with the GP' }],
    patient: ref(ctx.patient),
    ...(consentAt ? { dateTime: consentAt } : {}),
    performer: [ref(ctx.patient)],
    organization: [ref(ctx.service, ctx.doc.serviceName)],
    policyRule: { text: 'PRSB Social Prescribing Information Standard v1.1: consent for information sharing' },
    provision: { type: 'permit', code: [{ text: ctx.doc.consentLabel ?? 'Not recorded' }] },
  };
}

/** One Flag per confirmed safeguarding concern; the categories are vocabulary labels, not patient text. */
export function safeguardingFlags(ctx: FhirContext): Array<WithId<Flag>> {
  return ctx.doc.safeguarding.map(
    (c, i): WithId<Flag> => ({
      resourceType: 'Flag',
      id: ctx.id(`flag-${i}`),
      meta: profile('Flag'),
      status: 'active',
      category: [{ text: 'Safeguarding' }],
      code: { text: `Safeguarding concern: ${c.categories.join('; ')}` },
      subject: ref(ctx.patient),
      period: { start: c.decidedAt },
      author: ref(ctx.service, ctx.doc.serviceName),
    }),
  );
}

/** The referral this message answers (to the social prescribing service), coded when verified. */
export function inboundReferral(ctx: FhirContext): WithId<ServiceRequest> {
  const coding = codeFor('sp_referral');
  return {
    resourceType: 'ServiceRequest',
    id: ctx.id('inbound-referral'),
    meta: profile('ServiceRequest'),
    status: 'completed',
    intent: 'order',
    code: { ...(coding ? { coding: [coding] } : {}), text: 'Referral to social prescribing service' },
    subject: ref(ctx.patient),
    ...(ctx.doc.referral.referrer ? { requester: { display: ctx.doc.referral.referrer } } : {}),
    performer: [ref(ctx.service, ctx.doc.serviceName)],
    ...(ctx.doc.referral.reason ? { reasonCode: [{ text: ctx.doc.referral.reason }] } : {}),
  };
}

/**
 * Each onward referral in the plan, as text only: 871731000000106 means a referral INTO social
 * prescribing, not from it to a community group, and no verified concept has that meaning.
 */
export function planReferrals(ctx: FhirContext, referrals: ResourceLink[]): Array<WithId<ServiceRequest>> {
  return referrals.map(
    (r, i): WithId<ServiceRequest> => ({
      resourceType: 'ServiceRequest',
      id: ctx.id(`referral-${i}`),
      meta: profile('ServiceRequest'),
      status: 'active',
      intent: 'order',
      code: { text: `Referral to ${cleanFreeText(r.name)}` },
      subject: ref(ctx.patient),
      authoredOn: ctx.doc.plan?.approvedAt ?? ctx.doc.generatedAt,
      requester: ref(ctx.service, ctx.doc.serviceName),
      performer: [{ identifier: { system: ctx.uris.directoryService, value: r.serviceId }, display: cleanFreeText(r.name) }],
      ...(r.reasons.length ? { reasonCode: r.reasons.map((t) => ({ text: cleanFreeText(t) })) } : {}),
      ...(r.contact ? { note: [{ text: `Contact: ${cleanFreeText(r.contact)}` }] } : {}),
    }),
  );
}

/**
 * Screened out, as an Observation carrying the reason: coded "Social prescribing declined" only
 * when the person declined. A redirect is not a decline, so it is text only.
 */
export function declinedObservation(ctx: FhirContext): WithId<Observation> {
  const scope = ctx.doc.scope.kind === 'screened_out' ? ctx.doc.scope : null;
  const redirected = scope?.outcome === 'redirect';
  const coding = redirected ? null : codeFor('sp_declined');
  const notes = [scope?.redirectTo ? `Redirected to: ${scope.redirectTo}` : null, `Reason: ${scope?.reason ?? 'not recorded'}`].filter(
    (n): n is string => n !== null,
  );
  return {
    resourceType: 'Observation',
    id: ctx.id('declined'),
    meta: profile('Observation'),
    status: 'final',
    code: {
      ...(coding ? { coding: [coding] } : {}),
      text: redirected ? 'Redirected to another service from social prescribing' : 'Social prescribing declined',
    },
    subject: ref(ctx.patient),
    effectiveDateTime: ctx.effective,
    performer: [ref(ctx.service, ctx.doc.serviceName)],
    valueString: ctx.doc.referral.outcome ?? (redirected ? 'Redirected' : 'Declined'),
    note: notes.map((text) => ({ text })),
  };
}
