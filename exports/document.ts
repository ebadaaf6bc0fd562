import type { AssessmentState } from '../dialogs/engine/types';
import { scoreAssessment, type Scores } from '../dialogs/scoring';
import { optionsOf, type CompiledScript } from '../dialogs/script/compile';
import { RISK_CATEGORIES } from '../dialogs/vocabulary';
import type { Plan } from '../plans/model';
import type { ExportScope, ExportVariant } from './consent';
import { codeFor, type Coding } from './terminology';

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
  patient: { kind: 'nhs_number' | 'local'; value: string; display: string };
  practice: ExportInput['practice'];
  serviceName: string;
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
 * Free text is kept verbatim apart from control characters (other than line breaks), which
 * nothing in a GP record should receive and which could disturb a terminal or a PDF.
 */
export function cleanFreeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
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
  ['wmtm.matters_most', 'What matters most'],
  ['wmtm.good_day', 'A good day'],
  ['wmtm.people', 'People who are important'],
  ['wmtm.strengths', 'Strengths and enjoyment'],
  ['wmtm.worries', 'Worries or concerns'],
];

function consultationCodes(scope: ExportScope): Coding[] {
  const keys = scope.kind === 'screened_out' ? (['sp_declined'] as const) : (['sp_referral', 'sp_offered'] as const);
  // sp_offered applies to an accepted referral but is unverified: codeFor drops it until confirmed.
  return keys.map((k) => codeFor(k)).filter((c): c is Coding => c !== null);
}

export function buildExportDocument(input: ExportInput, scope: ExportScope, variant: ExportVariant): ExportDocument {
  const { state, script } = input;
  const riskStatus = choice(state, 'risk.status');
  const confirmed = state.safeguarding.filter((c) => c.decision === 'confirmed');
  return {
    variant,
    scope,
    exportId: input.exportId,
    generatedAt: input.generatedAt,
    patient: {
      kind: state.patient.kind,
      value: state.patient.value,
      display: state.patient.kind === 'nhs_number' ? formatNhsNumber(state.patient.value) : state.patient.value,
    },
    practice: input.practice,
    serviceName: input.serviceName,
    plan: input.plan,
    referral: {
      reason: optionLabel(script, 'context.referral_reason', choice(state, 'context.referral_reason')),
      referrer: optionLabel(script, 'context.referrer', choice(state, 'context.referrer')),
      outcome: optionLabel(script, 'screen.outcome', choice(state, 'screen.outcome')),
    },
    consentLabel: optionLabel(script, 'consent.share', choice(state, 'consent.share')),
    whatMatters: WHAT_MATTERS.flatMap(([id, label]) => {
      const t = answerText(state, id);
      return t ? [{ label, text: t }] : [];
    }),
    adjustments: answerText(state, 'context.adjustments'),
    // The one place scores are computed; exports only present them.
    scores: scoreAssessment(state.answers),
    risks: {
      status: riskStatus === 'no_known_risks' || riskStatus === 'risks_identified' ? riskStatus : 'not_recorded',
      details: answerText(state, 'risk.details'),
    },
    safeguarding: confirmed.map((c) => ({
      categories: c.categories.map((k) => RISK_CATEGORIES[k] ?? k),
      flaggedAt: c.flaggedAt,
      note: cleanFreeText(c.note),
      decidedAt: c.decidedAt,
    })),
    sessions: input.sessions.map((s) => ({ ...s, summary: cleanFreeText(s.summary) })),
    consultationCodes: consultationCodes(scope),
    reviewCode: input.plan ? codeFor('care_plan_review') : null,
    assessedAt: state.completedAt ?? state.updatedAt,
    consentAt: state.answers['consent.share']?.at ?? null,
    answers: state.answers,
    script,
  };
}
