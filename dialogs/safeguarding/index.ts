/** Safeguarding risk check: pure core, no I/O. See detect.ts for the negation/reported-speech policy. */
export { detectRisks, detectRisksReference, validateLocalPhrases, warmRules, BASELINE_RULES } from './detect';
export { CRISIS_CONTACTS, contactsFor, type Contact, type CrisisContact } from './contacts';
export { normaliseForRisk } from './normalise';
export { warmLearned } from './learned/model';
export { gradeFlags, severityOf } from './grade';
export type { RiskFlag, RiskKind, RiskSeverity, LocalPhrase, DetectOptions } from './types';
export { CHECK_IN_QUESTIONS, checkInQuestion, NO_RISK_FOUND_NOTE } from './check-in';
export { confirmedConcerns, confirmedCategories, type ConfirmedConcern } from './concerns';
