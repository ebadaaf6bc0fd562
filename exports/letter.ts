import type { ExportDocument } from './document';
import { bullet, line, type Letter, type Line, type Section } from './layout';
import { assessmentsSection } from './sections-assessments';
import { planSection, reviewSection, sessionsSection, signpostsSection, strengthsSection } from './sections-plan';

/**
 * The PRSB "message back to GP and referrer" as a Letter, in three variants: full (consented
 * to full sharing), codes only (no free text at all) and screened out (declined or redirected,
 * with the reason). Section order follows the issue: plan first, then what matters, scores,
 * risks, signposts vs referrals, contacts, review, codes.
 */

function headerFields(doc: ExportDocument): Letter['fields'] {
  const fields: Letter['fields'] = [
    [doc.patient.kind === 'nhs_number' ? 'NHS number' : 'Local reference', doc.patient.display],
    ['GP practice', doc.practice.odsCode ? `${doc.practice.name} (${doc.practice.odsCode})` : doc.practice.name],
    ['From', doc.serviceName],
    ['Date', doc.generatedAt.slice(0, 10)],
    ['Assessment date', doc.assessedAt.slice(0, 10)],
  ];
  if (doc.referral.referrer) fields.push(['Referred by', doc.referral.referrer]);
  if (doc.referral.reason) fields.push(['Reason for referral', doc.referral.reason]);
  if (doc.plan) fields.push(['Plan', `${doc.plan.id}, version ${doc.plan.version}${doc.plan.approvedAt ? `, approved ${doc.plan.approvedAt.slice(0, 10)}` : ''}`]);
  if (doc.consentLabel) fields.push(['Consent to share', doc.consentLabel]);
  return fields;
}

function codesSection(doc: ExportDocument, note?: string): Section {
  const lines: Line[] = doc.consultationCodes.map((c) => bullet(`${c.code} - ${c.display}`));
  if (lines.length === 0) lines.push(line('None.'));
  if (note) lines.push(line(note));
  return { key: 'codes', title: 'SNOMED CT codes for this record', lines };
}

function riskLines(doc: ExportDocument, withFreeText: boolean): Line[] {
  const r = doc.risks;
  if (r.status === 'no_known_risks') return [line('Risks: No known risks.')];
  if (r.status === 'not_recorded') return [line('Risks: not recorded.')];
  if (!withFreeText) return [line('Risks: risks identified (details not shared: codes-only consent).')];
  return [line('Risks: risks identified.'), ...(r.details ? [line(r.details, 1)] : [])];
}

function safeguardingLines(doc: ExportDocument, withFreeText: boolean): Line[] {
  if (doc.safeguarding.length === 0) return [line('Safeguarding concern: No.')];
  const lines: Line[] = [line('Safeguarding concern: Yes.')];
  for (const c of doc.safeguarding) {
    lines.push(bullet(`${c.decidedAt.slice(0, 10)}: ${c.categories.join('; ')}`, 1));
    if (withFreeText && c.note) lines.push(line(`Action taken: ${c.note}`, 2));
  }
  return lines;
}

function risksSection(doc: ExportDocument, withFreeText: boolean): Section {
  return { key: 'risks', title: 'Risks and safeguarding', lines: [...riskLines(doc, withFreeText), ...safeguardingLines(doc, withFreeText)] };
}

function whatMattersSection(doc: ExportDocument): Section {
  const lines: Line[] = doc.whatMatters.length ? doc.whatMatters.map((w) => line(`${w.label}: ${w.text}`)) : [line('Not recorded.')];
  if (doc.adjustments) lines.push(line(`Communication needs and reasonable adjustments: ${doc.adjustments}`));
  return { key: 'what_matters', title: "What matters to me (in the person's own words)", lines };
}

const footer = (doc: ExportDocument) =>
  `Export ${doc.exportId}, generated ${doc.generatedAt} by ${doc.serviceName} (What Matters Assistant).`;

function fullLetter(doc: ExportDocument): Letter {
  const plan = doc.plan!;
  return {
    title: 'Social prescribing: message back to GP and referrer',
    fields: headerFields(doc),
    sections: [
      planSection(plan),
      whatMattersSection(doc),
      strengthsSection(plan),
      assessmentsSection(doc.scores),
      risksSection(doc, true),
      signpostsSection(plan),
      sessionsSection(doc),
      reviewSection(doc, plan),
      codesSection(doc),
    ],
    footer: footer(doc),
  };
}

function codesOnlyLetter(doc: ExportDocument): Letter {
  const sections: Section[] = [codesSection(doc)];
  if (doc.plan) sections.push(reviewSection(doc, doc.plan));
  sections.push(risksSection(doc, false));
  return {
    title: 'Social prescribing: message back to GP and referrer (codes only)',
    fields: [
      ...headerFields(doc),
      [
        'Content',
        doc.scope.kind === 'codes_only'
          ? 'Codes only: the person consented to sharing codes only, so no free text is included.'
          : 'Codes only, as requested: no free text is included.',
      ],
    ],
    sections,
    footer: footer(doc),
  };
}

function screenedOutLetter(doc: ExportDocument): Letter {
  const scope = doc.scope.kind === 'screened_out' ? doc.scope : null;
  const outcome: Line[] = [line(`Outcome: ${doc.referral.outcome ?? 'Declined'}`)];
  if (scope?.redirectTo) outcome.push(line(`Redirected to: ${scope.redirectTo}`));
  outcome.push(line(`Reason: ${scope?.reason ?? 'not recorded'}`));
  return {
    title: 'Social prescribing: message back to GP and referrer (referral not taken up)',
    fields: headerFields(doc),
    sections: [{ key: 'referral_outcome', title: 'Referral outcome', lines: outcome }, risksSection(doc, true), codesSection(doc)],
    footer: footer(doc),
  };
}

export function buildLetter(doc: ExportDocument): Letter {
  if (doc.variant === 'screened_out') return screenedOutLetter(doc);
  if (doc.variant === 'codes_only') return codesOnlyLetter(doc);
  return fullLetter(doc);
}
