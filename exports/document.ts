import type { AssessmentState } from '../dialogs/engine/types';
import { scoreAssessment, type Scores } from '../dialogs/scoring';
import { optionsOf, type CompiledScript } from '../dialogs/script/compile';
import { RISK_CATEGORIES } from '../dialogs/vocabulary';
import type { Plan } from '../plans/model';
import { ukDay } from '../plans/uk-time';
import type { ExportScope, ExportVariant } from './consent';
import { safeText } from './safe-text';
import { codeFor, type Coding } from './terminology';
import { QUESTION } from '../dialogs/question-ids';

/**
 * Everything an export says, resolved once from the assessment and the approved plan. The
 * text summary, the letter and the FHIR bundle all render this one document, so they cannot
 * disagree about content. Pure: no I/O, no clock (the caller passes generatedAt).
 */

export interface ExportSession {
  date: string;
  method: string;
  minutes: number;
  summary: string;
}

/** Name and date of birth as the link worker confirmed them with the NHS number at export. */
export interface ConfirmedIdentity {
  family: string;
  given: string[];
  /** YYYY-MM-DD */
  birthDate: string;
  confirmedBy: string;
  confirmedAt: string;
}

/** The named person sending the message (FHIR Practitioner: author and attester). */
export interface ExportAuthor {
  name: string;
  role: string;
}

/** The sending service as configured: its ODS code and how the practice reaches it. */
export interface ExportService {
  odsCode?: string;
  phone?: string;
  email?: string;
}

export interface ExportInput {
  state: AssessmentState;
  /** The approved plan. Required unless the referral was screened out (no plan is made then). */
  plan: Plan | null;
  /** The script the assessment ran, for question wording and option labels; null falls back to ids. */
  script: CompiledScript | null;
  sessions: ExportSession[];
  practice: { name: string; odsCode?: string };
  /** The social prescribing service sending the message. */
  serviceName: string;
  service?: ExportService;
  /** Required for any export to the GP: refused without it (the wrong-patient hazard). */
  identity: ConfirmedIdentity | null;
  author: ExportAuthor | null;
  /** Base URI of the service's local code systems and identifiers (WMA_FHIR_BASE_URI). */
  fhirBaseUri: string;
  exportId: string;
  generatedAt: string;
}

export interface ConfirmedConcern {
  categories: string[];
  flaggedAt: string;
  note: string;
  decidedAt: string;
}

export interface ExportDocument {
  variant: ExportVariant;
  scope: ExportScope;
  exportId: string;
  generatedAt: string;
  patient: { kind: 'nhs_number' | 'local'; value: string; display: string; identity: ConfirmedIdentity | null; name: string | null };
  practice: ExportInput['practice'];
  serviceName: string;
  service: ExportService;
  author: ExportAuthor | null;
  fhirBaseUri: string;
  /** First recorded contact (date and method), else the assessment date: "seen on". */
  seen: { date: string; method: string | null };
  plan: Plan | null;
  referral: { reason: string | null; referrer: string | null; outcome: string | null };
  consentLabel: string | null;
  whatMatters: Array<{ label: string; text: string }>;
  adjustments: string | null;
  scores: Scores;
  risks: { status: 'no_known_risks' | 'risks_identified' | 'not_recorded'; details: string | null };
  safeguarding: ConfirmedConcern[];
  sessions: ExportSession[];
  /** SNOMED CT codes for this consultation — only verified ones (codeFor drops the rest). */
  consultationCodes: Coding[];
  reviewCode: Coding | null;
  /** When the assessment was done (completion, else last update) and when consent was recorded. */
  assessedAt: string;
  consentAt: string | null;
  answers: AssessmentState['answers'];
  script: CompiledScript | null;
}

/** 9434765919 → "943 476 5919": the NHS's own 3-3-4 presentation. */
export function formatNhsNumber(digits: string): string {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

/**
 * Free text is kept verbatim apart from control characters, look-alike spaces and line
 * separators, and bidi controls (exports/safe-text.ts), which nothing in a GP record should
 * receive and which break FHIR strings, a terminal or a PDF.
 */
export function cleanFreeText(value: string): string {
  return safeText(value);
}

/** "Jane Anne Smith" — given names then family name, as a letter addresses a person. */
export function displayName(identity: ConfirmedIdentity): string {
  return [...identity.given, identity.family].join(' ');
}

function answerText(state: AssessmentState, id: string): string | null {
  const v = state.answers[id]?.value;
  return typeof v === 'string' && v.trim() !== '' ? cleanFreeText(v) : null;
}

/** The option's label from the script ("GP", "Loneliness or isolation"), else the stored value. */
export function optionLabel(script: CompiledScript | null, questionId: string, value: string | number | null): string | null {
  if (value === null) return null;
  const option = optionsOf(script?.byId.get(questionId)).find((o) => String(o.value) === String(value));
  return option?.label ?? String(value);
}

function choice(state: AssessmentState, id: string): string | null {
  const v = state.answers[id]?.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

const WHAT_MATTERS: Array<[string, string]> = [
  [QUESTION.mattersMost, 'What matters most'],
  [QUESTION.goodDay, 'A good day'],
  [QUESTION.people, 'People who are important'],
  [QUESTION.strengths, 'Strengths and enjoyment'],
  [QUESTION.worries, 'Worries or concerns'],
];

/**
 * Codes the practice is asked to enter for this consultation. Meaning decides, not format:
 * - 871731000000106 "Referral to social prescribing service" is the referral INTO the service;
 *   the practice recorded it when it referred, so it is never asked for again (it would count
 *   the referral twice) and never used for onward referrals to community groups.
 * - 871711000000103 "Social prescribing declined" only when the person declined; a redirect to
 *   another service is not a decline and has no verified concept, so it goes as text.
 * - "Social prescribing offered" would fit an accepted referral but is unverified: codeFor drops it.
 */
function consultationCodes(scope: ExportScope): Coding[] {
  const keys = scope.kind === 'screened_out' ? (scope.outcome === 'decline' ? (['sp_declined'] as const) : ([] as const)) : (['sp_offered'] as const);
  return keys.map((k) => codeFor(k)).filter((c): c is Coding => c !== null);
}

export function buildExportDocument(input: ExportInput, scope: ExportScope, variant: ExportVariant): ExportDocument {
  const { state, script } = input;
  const riskStatus = choice(state, QUESTION.riskStatus);
  const confirmed = state.safeguarding.filter((c) => c.decision === 'confirmed');
  const first = input.sessions[0];
  return {
    variant,
    scope,
    exportId: input.exportId,
    generatedAt: input.generatedAt,
    patient: {
      kind: state.patient.kind,
      value: state.patient.value,
      display: state.patient.kind === 'nhs_number' ? formatNhsNumber(state.patient.value) : state.patient.value,
      identity: input.identity ? cleanIdentity(input.identity) : null,
      name: input.identity ? displayName(cleanIdentity(input.identity)) : null,
    },
    practice: { ...input.practice, name: cleanFreeText(input.practice.name) },
    serviceName: cleanFreeText(input.serviceName),
    service: input.service ?? {},
    author: input.author ? { name: cleanFreeText(input.author.name), role: cleanFreeText(input.author.role) } : null,
    fhirBaseUri: input.fhirBaseUri,
    seen: first ? { date: first.date, method: first.method.replace(/_/g, ' ') } : { date: ukDay(state.completedAt ?? state.updatedAt), method: null },
    plan: input.plan,
    referral: {
      reason: optionLabel(script, QUESTION.referralReason, choice(state, QUESTION.referralReason)),
      referrer: optionLabel(script, QUESTION.referrer, choice(state, QUESTION.referrer)),
      outcome: optionLabel(script, QUESTION.screenOutcome, choice(state, QUESTION.screenOutcome)),
    },
    consentLabel: optionLabel(script, QUESTION.consentShare, choice(state, QUESTION.consentShare)),
    whatMatters: WHAT_MATTERS.flatMap(([id, label]) => {
      const t = answerText(state, id);
      return t ? [{ label, text: t }] : [];
    }),
    adjustments: answerText(state, QUESTION.adjustments),
    // The one place scores are computed; exports only present them.
    scores: scoreAssessment(state.answers),
    risks: {
      status: riskStatus === 'no_known_risks' || riskStatus === 'risks_identified' ? riskStatus : 'not_recorded',
      details: answerText(state, QUESTION.riskDetails),
    },
    safeguarding: confirmed.map((c) => ({
      categories: c.categories.map((k) => RISK_CATEGORIES[k] ?? k),
      flaggedAt: c.flaggedAt,
      note: cleanFreeText(c.note),
      decidedAt: c.decidedAt,
    })),
    sessions: input.sessions.map((s) => ({ ...s, summary: cleanFreeText(s.summary) })),
    consultationCodes: consultationCodes(scope),
    // For the FHIR CarePlan only, as a *scheduled* activity; never printed beside the date for entry.
    reviewCode: input.plan ? codeFor('care_plan_review') : null,
    assessedAt: state.completedAt ?? state.updatedAt,
    consentAt: state.answers[QUESTION.consentShare]?.at ?? null,
    answers: state.answers,
    script,
  };
}

function cleanIdentity(i: ConfirmedIdentity): ConfirmedIdentity {
  return { ...i, family: cleanFreeText(i.family), given: i.given.map(cleanFreeText) };
}
