/**
 * The graded response (issue 16). A flag is 'clear' — the crisis card at once — unless the person
 * denied the risk ("I'm not suicidal") or the rule only catches an ambiguous sign (a passive wish,
 * an unexplained bruise), in which case it is 'possible': a lighter check-in card with a question
 * for the link worker to ask. Both are safeguarding flags and both are recorded; grading never
 * removes one. A message is as serious as its most serious flag.
 */
import type { RiskFlag, RiskKind, RiskSeverity } from './types';

export function severityOf(kind: RiskKind, ruleSeverity: RiskSeverity | undefined): RiskSeverity {
  if (kind === 'negated') return 'possible';
  return ruleSeverity ?? 'clear';
}

export function gradeFlags(flags: readonly Pick<RiskFlag, 'severity'>[]): RiskSeverity | null {
  if (flags.length === 0) return null;
  return flags.some((f) => f.severity === 'clear') ? 'clear' : 'possible';
}
