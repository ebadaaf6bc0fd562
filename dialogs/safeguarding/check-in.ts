/**
 * The lighter "check in" response to a possible or denied risk (issue 16): one direct, kind
 * question per category for the link worker to ask, and the one-tap findings they can record.
 * Asking directly about suicide does not put the idea in someone's head; it gives permission to
 * talk, which is why the suicide question names it.
 */
import type { RiskCategory } from '../vocabulary';

export const CHECK_IN_QUESTIONS: Record<RiskCategory, string> = {
  suicide: 'Sometimes when people feel like this they think about ending their life. Have you had any thoughts like that recently?',
  self_harm: 'Have you been hurting yourself, or thinking about it?',
  harm_to_others: 'Are you worried you might hurt someone? Is anyone at risk right now?',
  domestic_abuse: 'Do you feel safe at home? Is anyone hurting, frightening or controlling you?',
  adult_at_risk: 'Is anyone taking your money or things, or not looking after you as they should? Are you managing to look after yourself?',
  child_safeguarding: 'Is any child at risk of harm? Is there anything about a child’s safety that worries you?',
  eating_disorder: 'How are things with food and eating at the moment? Are you cutting back, bingeing or making yourself sick?',
  substance_crisis: 'How much are you drinking or using at the moment? Does it feel out of control or unsafe?',
  no_safe_place: 'Do you have somewhere safe to sleep tonight?',
};

/** The question for the first (most serious, in vocabulary order) category flagged. */
export function checkInQuestion(categories: readonly RiskCategory[]): string {
  const first = categories[0];
  return first ? CHECK_IN_QUESTIONS[first] : CHECK_IN_QUESTIONS.suicide;
}

/** Recorded when the link worker taps "No risk found" on the check-in card. */
export const NO_RISK_FOUND_NOTE = 'Checked in with the person: no current risk found.';
