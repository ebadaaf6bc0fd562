import type { ResolvedQuestion } from '../script/compile';
import type { Command } from './commands';
import type { RiskCategory } from '../vocabulary';

/** single/likert → option value; scale → number; yesno → 'yes' | 'no'; multi → values; text → string. */
export type AnswerValue = string | number | Array<string | number>;

export interface RecordedAnswer {
  value: AnswerValue;
  at: string;
  activityId: string;
}

/** Append-only: a changed answer keeps its earlier value here with both times. */
export interface AnswerHistoryEntry {
  questionId: string;
  action: 'answered' | 'changed' | 'skipped';
  value?: AnswerValue;
  at: string;
  activityId: string;
  /**
   * Set when the value was read back and the link worker confirmed it (a suggested option, or
   * a fast entry of several answers): what they typed, so the record shows why.
   */
  confirmed?: { typed: string };
}

export interface PatientRef {
  kind: 'nhs_number' | 'local';
  /** The identifier itself; encrypted at rest by the store, never logged. */
  value: string;
  /** What every reply shows instead, e.g. "*** *** 4019". */
  masked: string;
}

export interface SafeguardingFlag {
  category: RiskCategory;
  matched: string;
  kind: string;
  /** 'clear' → crisis card; 'possible' → check-in card. Absent on flags saved before grading (clear). */
  severity?: 'clear' | 'possible';
}

export interface SafeguardingConcern {
  categories: RiskCategory[];
  quote: string;
  questionId: string | null;
  flaggedAt: string;
  decision: 'confirmed' | 'dismissed';
  /** Action taken (confirmed) or reason (dismissed), in the link worker's words. */
  note: string;
  decidedAt: string;
  decidedBy: string;
  /** The card it was decided on: the crisis card, or the check-in card (possibly escalated). */
  response?: 'crisis' | 'check_in' | 'check_in_escalated';
}

/** "No known risks" recorded after a confirmed concern: only with an explicit override and reason. */
export interface RiskOverride {
  reason: string;
  concerns: RiskCategory[];
  at: string;
  by: string;
}

export type Mode =
  | { kind: 'asking' }
  | { kind: 'review' }
  | { kind: 'confirm_cancel' }
  /** Answers read back in words, waiting for `yes` before anything is recorded. */
  | { kind: 'confirm_answers'; entries: PendingAnswer[]; typed: string }
  | {
      kind: 'safeguarding';
      flags: SafeguardingFlag[];
      quote: string;
      questionId: string | null;
      flaggedAt: string;
      /** Absent on states saved before the graded response: treated as the crisis card. */
      response?: 'crisis' | 'check_in' | 'check_in_escalated';
    }
  /** "No known risks" chosen after a confirmed concern: waiting for `override <reason>` or another answer. */
  | { kind: 'risk_override'; questionId: string; activityId: string };

export interface PendingAnswer {
  questionId: string;
  value: AnswerValue;
}

export interface AssessmentState {
  id: string;
  scriptId: string;
  scriptVersion: number;
  /** The link worker who runs it (Entra object id); only they may continue or export it. */
  owner: string;
  patient: PatientRef;
  status: 'active' | 'paused' | 'completed' | 'cancelled';
  mode: Mode;
  /** The question being asked; null when every applicable question is answered or skipped. */
  cursor: string | null;
  answers: Record<string, RecordedAnswer>;
  skipped: string[];
  history: AnswerHistoryEntry[];
  safeguarding: SafeguardingConcern[];
  riskOverrides?: RiskOverride[];
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  /**
   * Records owned by conversation features (plan, sessions, supervision…), keyed by feature
   * name. The engine never reads them; each feature validates its own slot with zod. Keeping
   * them in the assessment document means one encrypted, versioned write per turn.
   */
  features?: Record<string, unknown>;
}

export type { Command };

export type EngineInput =
  /**
   * secondOpinion: flags an optional classifier raised on this text that the rules did not
   * (service/second-opinion.ts). It can only add flags; the rules always run as well.
   */
  | { kind: 'text'; text: string; activityId: string; secondOpinion?: SafeguardingFlag[] }
  | { kind: 'card'; questionId: string; value: unknown; activityId: string }
  | { kind: 'command'; command: Command; activityId: string }
  | { kind: 'change'; index: number; activityId: string }
  | { kind: 'safeguarding_decision'; decision: 'confirmed' | 'dismissed' | 'escalate'; note: string; activityId: string };

export interface Position {
  sectionTitle: string;
  index: number;
  count: number;
}

export interface ReviewItem {
  number: number;
  questionId: string;
  sectionTitle: string;
  text: string;
  answer: string | null;
  skipped: boolean;
  /**
   * For validated-instrument items: the answer as its number ("5"), and the scale in words, so a
   * review can show a whole instrument on one line and still be corrected item by item.
   */
  instrument?: { short: string; scale: string };
}

export type Prompt =
  | { kind: 'notice'; text: string; tone: 'info' | 'warning' | 'error' }
  | {
      kind: 'question';
      question: ResolvedQuestion;
      /** Question text with {question.id} references filled in from earlier answers. */
      text: string;
      position: Position;
      current?: AnswerValue;
      showIntro: boolean;
    }
  | { kind: 'review'; items: ReviewItem[]; missingRequired: string[] }
  /** What was just recorded, in words, so a click or a typed answer is acknowledged. */
  | { kind: 'recorded'; entries: Array<{ questionId: string; text: string; answer: string }> }
  /** Answers read back before recording: "Did you mean 'Often'?" or a whole fast entry. */
  | { kind: 'confirm_answers'; entries: Array<{ questionId: string; text: string; answer: string }>; typed: string; single: boolean }
  | {
      kind: 'safeguarding';
      /** 'crisis': the full card; 'check_in': the lighter card with a question to ask. */
      response: 'crisis' | 'check_in';
      flags: SafeguardingFlag[];
      quote: string;
      escalationSteps: string;
      contacts: Array<{ name: string; detail: string }>;
      /** Check-in card only: what to ask the person. */
      suggestedQuestion?: string;
    }
  | { kind: 'risk_override'; concerns: RiskCategory[]; questionId: string }
  | { kind: 'completed'; assessmentId: string }
  | { kind: 'cancelled'; assessmentId: string };

export type EngineEvent =
  | { type: 'answer_recorded'; questionId: string; value: AnswerValue; previous?: AnswerValue; activityId: string; at: string }
  | { type: 'answer_skipped'; questionId: string; activityId: string; at: string }
  | { type: 'status_changed'; from: AssessmentState['status']; to: AssessmentState['status']; at: string }
  | {
      type: 'safeguarding_flagged';
      categories: RiskCategory[];
      questionId: string | null;
      response?: 'crisis' | 'check_in';
      source?: 'rules' | 'second_opinion';
      at: string;
    }
  | { type: 'risk_override_recorded'; concerns: RiskCategory[]; at: string }
  | { type: 'safeguarding_escalated'; categories: RiskCategory[]; at: string }
  | { type: 'safeguarding_decided'; decision: 'confirmed' | 'dismissed'; categories: RiskCategory[]; at: string };

export interface AdvanceResult {
  state: AssessmentState;
  prompts: Prompt[];
  events: EngineEvent[];
  /** Where the link worker is after this turn, for the header of every reply. */
  position: Position | null;
}

export interface TurnContext {
  now: string;
  /** Who is acting (the link worker's id) — recorded on decisions. */
  actor: string;
}
