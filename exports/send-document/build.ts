import type { ExportDocument } from '../document';
import { stableUuid, urn } from '../fhir-support';
import { safeDeep, toAscii } from '../safe-text';
import { NHS_NUMBER_SYSTEM, ODS_SYSTEM } from '../terminology';

/**
 * GP Connect Send Document: the letter (PDF) as an ITK3 FHIR STU3 message, built after NHS
 * England's published specification (nhsconnect/gpconnect-messaging, "Send Document - payload
 * structure" and the ITK3 header requirements): a Bundle of type "message" whose first entry is
 * an ITK-MessageHeader-2 (with the ITK-MessageHandling-2 extension), then the header sender
 * Organization, then the ITK-Document-Bundle payload: Composition (CareConnect), Patient,
 * Organization, Practitioner, the PDF as an ITK-Attachment-Binary (GPCM-SD-019..022: first
 * section entry, base64) and a DocumentReference describing it. Pure: no I/O, no clock.
 *
 * Send Document files a document; it creates no coded entries, so nothing here is coded beyond
 * what the specification fixes. Known gaps before go-live are listed in docs/operations.md.
 */

const STU3 = 'https://fhir.hl7.org.uk/STU3/StructureDefinition';
const ITK = 'https://fhir.nhs.uk/STU3/StructureDefinition';
export const ITK_EVENT = {
  system: 'https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2',
  code: 'ITK007C',
  display: 'ITK GP Connect Send Document',
} as const;
export const MESSAGE_DEFINITION = 'https://fhir.nhs.uk/STU3/MessageDefinition/ITK-GPConnectSendDocument-MessageDefinition-1';
/**
 * The ITK3 LocalExtension names the use case. The published use cases are consultation
 * summaries; a social prescribing use case must be agreed with NHS England at onboarding, so
 * this value is provisional (docs/operations.md).
 */
export const USE_CASE = 'SendDocument-SocialPrescribingSummary';
const RFC4122 = 'https://tools.ietf.org/html/rfc4122';

export interface SendDocumentInput {
  doc: ExportDocument;
  pdf: Buffer;
  /** The sending service's MESH mailbox (MessageHeader.source.endpoint, Mex-From). */
  senderMailbox: string;
  /** Version of this document for this plan: 1 for the first send, then +1 per replacement (GPCM-SD-CS-006/7). */
  version: number;
  /** A previous message this one replaces (Composition.relatesTo), by its Composition identifier. */
  replaces?: string;
}

export interface MeshEnvelope {
  /** Mex-To: NHS number, date of birth (DDMMYYYY) and surname, for routing to the registered practice. */
  to: string;
  subject: string;
  /** Mex-LocalID: the sender's ODS code, as GP Connect directs (never patient data). */
  localId: string;
  fileName: string;
}

export interface SendDocumentMessage {
  bundle: Record<string, unknown>;
  /** The serialised message, as sent (UTF-8 JSON). */
  body: Buffer;
  envelope: MeshEnvelope;
  /** Composition identifier: what a later replacement refers to. */
  documentId: string;
}

export class SendDocumentError extends Error {}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

/** Mex-To for routing to the registered practice by demographics (GP Connect Messaging, MESH configuration). */
export function meshRoutingAddress(nhsNumber: string, birthDate: string, family: string): string {
  const surname = toAscii(family).replace(/[^A-Za-z'-]/g, '');
  return `GPPROVIDER_${nhsNumber}_${ddmmyyyy(birthDate)}_${surname}`;
}

export function buildSendDocument(input: SendDocumentInput): SendDocumentMessage {
  const { doc, pdf } = input;
  const who = doc.patient.identity;
  if (doc.patient.kind !== 'nhs_number' || !who || !doc.patient.name)
    throw new SendDocumentError('Send Document needs the NHS number with the confirmed name and date of birth.');
  if (!doc.author) throw new SendDocumentError('Send Document needs the named sender (Practitioner).');
  if (!doc.service.odsCode) throw new SendDocumentError("Send Document needs the sending service's ODS code (WMA_SERVICE_ODS).");
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new SendDocumentError('The attachment is not a PDF.');
  const id = (key: string) => stableUuid(`${doc.exportId}/send-document/v${input.version}`, key);
  const ref = (key: string) => ({ reference: urn(id(key)) });
  const title = 'Social prescribing message back to GP';
  const summaryText = `${title} for ${doc.patient.name}, NHS Number ${doc.patient.display}, Version ${input.version}`;
  const phone = doc.service.phone ? [{ system: 'phone', value: doc.service.phone, use: 'work' }] : [];
  const restricted = doc.safeguarding.length > 0;

  const patient = {
    resourceType: 'Patient',
    id: id('patient'),
    meta: { profile: [`${STU3}/CareConnect-Patient-1`] },
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: doc.patient.value }],
    name: [{ use: 'official', family: who.family, given: who.given }],
    birthDate: who.birthDate,
  };
  const organization = {
    resourceType: 'Organization',
    id: id('sender-organization'),
    meta: { profile: [`${STU3}/CareConnect-Organization-1`] },
    identifier: [{ system: ODS_SYSTEM, value: doc.service.odsCode }],
    name: doc.serviceName,
    telecom: phone,
  };
  const practitioner = {
    resourceType: 'Practitioner',
    id: id('practitioner'),
    meta: { profile: [`${STU3}/CareConnect-Practitioner-1`] },
    name: [{ use: 'official', text: doc.author.name }],
    telecom: phone,
  };
  const binary = {
    resourceType: 'Binary',
    id: id('binary'),
    meta: { profile: [`${ITK}/ITK-Attachment-Binary-1`] },
    contentType: 'application/pdf',
    content: pdf.toString('base64'),
  };
  const documentReference = {
    resourceType: 'DocumentReference',
    id: id('document-reference'),
    meta: { profile: [`${STU3}/CareConnect-DocumentReference-1`] },
    status: 'current',
    type: { text: title },
    subject: ref('patient'),
    indexed: doc.generatedAt,
    author: [ref('practitioner')],
    custodian: ref('sender-organization'),
    description: summaryText,
    content: [{ attachment: { contentType: 'application/pdf', url: urn(id('binary')), title: `${title}.pdf`, creation: doc.generatedAt, size: pdf.length } }],
  };
  const composition = {
    resourceType: 'Composition',
    id: id('composition'),
    meta: { profile: [`${STU3}/CareConnect-Composition-1`] },
    identifier: { system: RFC4122, value: id('composition') },
    status: 'final',
    // The specification asks for a SNOMED CT document type; none is verified for this document, so text only (docs/operations.md).
    type: { text: title },
    date: doc.generatedAt,
    confidentiality: restricted ? 'R' : 'N',
    title,
    text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${summaryText.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div>` },
    subject: ref('patient'),
    author: [ref('practitioner')],
    custodian: ref('sender-organization'),
    ...(input.replaces ? { relatesTo: [{ code: 'replaces', targetIdentifier: { system: RFC4122, value: input.replaces } }] } : {}),
    section: [{ title, entry: [ref('binary')] }],
  };
  const payload = {
    resourceType: 'Bundle',
    id: id('payload'),
    meta: { profile: [`${ITK}/ITK-Document-Bundle-1`] },
    identifier: { system: RFC4122, value: id('payload-identifier') },
    type: 'document',
    entry: [composition, patient, organization, practitioner, binary, documentReference].map((r) => ({ fullUrl: urn(r.id), resource: r })),
  };
  const headerOrganization = {
    resourceType: 'Organization',
    id: id('header-organization'),
    meta: { profile: [`${STU3}/CareConnect-ITK-Header-Organization-1`] },
    identifier: [{ system: ODS_SYSTEM, value: doc.service.odsCode }],
    name: doc.serviceName,
  };
  const header = {
    resourceType: 'MessageHeader',
    id: id('message-header'),
    meta: { profile: [`${ITK}/ITK-MessageHeader-2`] },
    extension: [
      {
        url: `${ITK}/Extension-ITK-MessageHandling-2`,
        extension: [
          { url: 'BusAckRequested', valueBoolean: true },
          { url: 'InfAckRequested', valueBoolean: true },
          // For Action when the plan asks something of the GP, otherwise For Information.
          {
            url: 'RecipientType',
            valueCoding: doc.plan?.gpRequest
              ? { system: 'https://fhir.nhs.uk/STU3/CodeSystem/ITK-RecipientType-1', code: 'FA', display: 'For Action' }
              : { system: 'https://fhir.nhs.uk/STU3/CodeSystem/ITK-RecipientType-1', code: 'FI', display: 'For Information' },
          },
          { url: 'MessageDefinition', valueReference: { reference: MESSAGE_DEFINITION } },
          { url: 'SenderReference', valueString: doc.exportId },
          { url: 'LocalExtension', valueString: USE_CASE },
        ],
      },
    ],
    event: ITK_EVENT,
    sender: ref('header-organization'),
    timestamp: doc.generatedAt,
    source: { endpoint: input.senderMailbox },
    focus: [ref('payload')],
  };
  const bundle = safeDeep({
    resourceType: 'Bundle',
    id: id('message'),
    meta: { profile: [`${ITK}/ITK-Message-Bundle-1`] },
    identifier: { system: RFC4122, value: id('message-identifier') },
    type: 'message',
    entry: [header, headerOrganization, payload].map((r) => ({ fullUrl: urn(r.id), resource: r })),
  });
  return {
    bundle,
    body: Buffer.from(JSON.stringify(bundle), 'utf8'),
    documentId: id('composition'),
    envelope: {
      to: meshRoutingAddress(doc.patient.value, who.birthDate, who.family),
      // The Subject format GP Connect asks the receiver to display (GPCM-SD-GE-014); MESH carries it as Mex-Subject.
      subject: toAscii(
        restricted
          ? `${title} for ${doc.patient.name}, NHS Number ${doc.patient.display}, Version ${input.version}`
          : `${summaryText}, seen at ${doc.serviceName}, ODS code ${doc.service.odsCode}`,
      ),
      localId: doc.service.odsCode,
      fileName: `${doc.exportId}-v${input.version}.json`,
    },
  };
}
