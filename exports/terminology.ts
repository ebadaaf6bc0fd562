/**
 * The one terminology table every exporter reads (shared/reference/gp-record.md). Each code
 * carries a `verified` flag: a code is verified only when a published source confirms it. An
 * unverified code is never emitted — `codeFor` returns null for it, and `assertNoUnverifiedCodes`
 * is a last check over every rendered export, because exporting an invented or unconfirmed code
 * into a GP record is a clinical-safety defect (hazard: "unverified code exported").
 */

export const SNOMED_SYSTEM = 'http://snomed.info/sct';

export interface TermEntry {
  system: typeof SNOMED_SYSTEM;
  code: string;
  /** The concept's term as given in gp-record.md. */
  term: string;
  verified: boolean;
  /** Where the verification comes from, or why it is missing. */
  provenance: string;
}

export const TERMINOLOGY = {
  sp_referral: {
    system: SNOMED_SYSTEM,
    code: '871731000000106',
    term: 'Referral to social prescribing service (procedure)',
    verified: true,
    provenance: 'gp-record.md: verified',
  },
  sp_declined: {
    system: SNOMED_SYSTEM,
    code: '871711000000103',
    term: 'Social prescribing declined (situation)',
    verified: true,
    provenance: 'gp-record.md: verified',
  },
  sp_offered: {
    system: SNOMED_SYSTEM,
    code: '871691000000100',
    term: 'Social prescribing offered',
    verified: false,
    provenance: 'gp-record.md: UNVERIFIED — do not emit until confirmed',
  },
  sp_needs_refset: {
    system: SNOMED_SYSTEM,
    code: '1373501000000105',
    term: 'Social prescribing needs and concerns simple reference set',
    verified: true,
    provenance: 'gp-record.md: verified as cited by PRSB (contents not public)',
  },
  sp_support_refset: {
    system: SNOMED_SYSTEM,
    code: '1373511000000107',
    term: 'Social prescribing support simple reference set',
    verified: true,
    provenance: 'gp-record.md: verified as cited by PRSB (contents not public)',
  },
  care_plan_review: {
    system: SNOMED_SYSTEM,
    code: '425268008',
    term: 'Review of care plan (procedure)',
    verified: true,
    provenance: 'gp-record.md: verified as cited by PRSB',
  },
  at_risk_root: {
    system: SNOMED_SYSTEM,
    code: '281694009',
    term: 'Finding of at risk',
    verified: true,
    provenance: 'gp-record.md: verified as cited by PRSB (root for risks)',
  },
  assessment_scales_root: {
    system: SNOMED_SYSTEM,
    code: '273249006',
    term: 'Assessment scales',
    verified: true,
    provenance: 'gp-record.md: verified as cited by PRSB (root)',
  },
  goal_context: {
    system: SNOMED_SYSTEM,
    code: '410518001',
    term: 'Goal',
    verified: true,
    provenance: 'gp-record.md: verified as cited by PRSB (context value)',
  },
} as const satisfies Record<string, TermEntry>;

export type TermKey = keyof typeof TERMINOLOGY;

export interface Coding {
  system: string;
  code: string;
  display: string;
}

/**
 * The coding for a concept, or null when the code is not verified. Every exporter asks here;
 * none spells a code itself, so flipping one `verified` flag is the only way a code appears.
 */
export function codeFor(key: TermKey): Coding | null {
  const entry: TermEntry = TERMINOLOGY[key];
  if (!entry.verified) return null;
  return { system: entry.system, code: entry.code, display: entry.term };
}

export const UNVERIFIED_CODES: readonly string[] = Object.values(TERMINOLOGY as Record<string, TermEntry>)
  .filter((e) => !e.verified)
  .map((e) => e.code);

export class UnverifiedCodeError extends Error {}

/** Last line of defence: refuses any rendered export that contains an unverified code id. */
export function assertNoUnverifiedCodes(rendered: string): void {
  const found = UNVERIFIED_CODES.find((code) => rendered.includes(code));
  if (found) throw new UnverifiedCodeError(`Export refused: it contains the unverified SNOMED CT code ${found}.`);
}

/**
 * Scores have no SNOMED CT observable (gp-record.md), so they are coded in a local code system,
 * never with an invented SNOMED id. Local code systems, extensions and identifier systems live
 * under the service's own base URI (WMA_FHIR_BASE_URI), so no placeholder domain ships.
 */
export const LOCAL_SCORE_CODES = {
  ons4_life_satisfaction: 'ONS4 life satisfaction',
  ons4_worthwhile: 'ONS4 worthwhile',
  ons4_happiness: 'ONS4 happiness',
  ons4_anxiety: 'ONS4 anxiety',
  ucla3_total: 'UCLA 3-item loneliness total',
  loneliness_direct: 'Loneliness direct question (How often do you feel lonely?)',
  mhlc_a_internal: 'MHLC Form A Internal subscale',
  mhlc_a_chance: 'MHLC Form A Chance subscale',
  mhlc_a_powerful_others: 'MHLC Form A Powerful Others subscale',
} as const;
export type LocalScoreCode = keyof typeof LOCAL_SCORE_CODES;

/** Every local URI, derived from one configured base. */
export function localUris(base: string) {
  const b = base.replace(/\/+$/, '');
  return {
    base: b,
    scoreSystem: `${b}/CodeSystem/scores`,
    answerOptions: `${b}/CodeSystem/answer-options`,
    questionnaire: (id: string) => `${b}/Questionnaire/${id}`,
    goalImportance: `${b}/StructureDefinition/goal-importance`,
    actionConfidence: `${b}/StructureDefinition/action-confidence`,
    localPatientId: `${b}/Id/local-reference`,
    exportId: `${b}/Id/export`,
    planId: `${b}/Id/plan`,
    directoryService: `${b}/Id/directory-service`,
  };
}
export type LocalUris = ReturnType<typeof localUris>;

export function localScoreCoding(code: LocalScoreCode, uris: LocalUris): Coding {
  return { system: uris.scoreSystem, code, display: LOCAL_SCORE_CODES[code] };
}

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
