import { ukDateTime, ukDay } from '../plans/uk-time';
import type { ExportDocument } from './document';
import { bullet, line, type Letter, type Line, type Section } from './layout';
import { assessmentsSection } from './sections-assessments';
import { planSection, reviewSection, sessionsSection, signpostsSection, strengthsSection } from './sections-plan';
import { buildSummary } from './summary';

/**
 * The PRSB "message back to GP and referrer" as a Letter, in three variants: full (consented
 * to full sharing), codes only (no free text at all) and screened out (declined or redirected,
 * with the reason). Every variant opens with the one-page summary (exports/summary.ts); the
 * details follow: plan, what matters, scores, risks, signposts vs referrals, contacts, review, codes.
 */

function headerFields(doc: ExportDocument): Letter['fields'] {
  const p = doc.patient;
  const fields: Letter['fields'] = [];
  if (p.name) fields.push(['Name', p.name]);
  if (p.identity) fields.push(['Date of birth', p.identity.birthDate]);
  fields.push([p.kind === 'nhs_number' ? 'NHS number' : 'Local reference', p.display]);
  fields.push(['GP practice', doc.practice.odsCode ? `${doc.practice.name} (ODS ${doc.practice.odsCode})` : doc.practice.name]);
  fields.push(['From', doc.service.odsCode ? `${doc.serviceName} (ODS ${doc.service.odsCode})` : doc.serviceName]);
  fields.push(['Date', ukDay(doc.generatedAt)]);
  return fields;
}

/**
 * What the practice may enter as codes. The referral code is named but never offered for entry:
 * the practice coded the referral when it made it.
 */
function codesSection(doc: ExportDocument): Section {
  const lines: Line[] = doc.consultationCodes.map((c) => bullet(`${c.code} - ${c.display}`));
  const notes: string[] = [];
  if (lines.length === 0) notes.push('None to enter.');
  if (doc.scope.kind === 'screened_out' && doc.scope.outcome === 'redirect')
    notes.push('A redirect is not a decline and has no verified SNOMED CT concept: it is recorded as text.');
  if (doc.scope.kind !== 'screened_out') notes.push('The referral into social prescribing is already coded: do not code it again.');
  if (doc.plan) notes.push('The review is planned, not done: code it only once it happens.');
  lines.push(line(notes.join(' ')));
  return { key: 'codes', title: 'SNOMED CT codes to enter', lines };
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
    lines.push(bullet(`${ukDay(c.decidedAt)}: ${c.categories.join('; ')}`, 1));
    if (withFreeText && c.note) lines.push(line(`Action taken: ${c.note}`, 2));
  }
  return lines;
}

function risksSection(doc: ExportDocument, withFreeText: boolean): Section {
  return { key: 'risks', title: 'Risks and safeguarding', lines: [...safeguardingLines(doc, withFreeText), ...riskLines(doc, withFreeText)] };
}

function whatMattersSection(doc: ExportDocument): Section {
  const lines: Line[] = doc.whatMatters.length ? doc.whatMatters.map((w) => line(`${w.label}: ${w.text}`)) : [line('Not recorded.')];
  if (doc.adjustments) lines.push(line(`Communication needs and reasonable adjustments: ${doc.adjustments}`));
  return { key: 'what_matters', title: "What matters to me (in the person's own words)", lines };
}

const footer = (doc: ExportDocument) =>
  `Export ${doc.exportId}, generated ${ukDateTime(doc.generatedAt)} by ${doc.serviceName} (What Matters Assistant)${doc.author ? `, sent by ${doc.author.name} (${doc.author.role})` : ''}.`;

function fullLetter(doc: ExportDocument): Letter {
  const plan = doc.plan!;
  return {
    title: 'Social prescribing: message back to GP and referrer',
    fields: headerFields(doc),
    summary: buildSummary(doc),
    sections: [
      planSection(plan),
      whatMattersSection(doc),
      strengthsSection(plan),
      assessmentsSection(doc.scores),
      risksSection(doc, true),
      signpostsSection(plan),
      sessionsSection(doc),
      reviewSection(plan),
      codesSection(doc),
    ],
    footer: footer(doc),
  };
}

function codesOnlyLetter(doc: ExportDocument): Letter {
  const sections: Section[] = [codesSection(doc)];
  if (doc.plan) sections.push(reviewSection(doc.plan));
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
    summary: buildSummary(doc),
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
    summary: buildSummary(doc),
    sections: [{ key: 'referral_outcome', title: 'Referral outcome', lines: outcome }, risksSection(doc, true), codesSection(doc)],
    footer: footer(doc),
  };
}

export function buildLetter(doc: ExportDocument): Letter {
  if (doc.variant === 'screened_out') return screenedOutLetter(doc);
  if (doc.variant === 'codes_only') return codesOnlyLetter(doc);
  return fullLetter(doc);
}
