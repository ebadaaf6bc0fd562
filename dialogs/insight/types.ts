import type { ConfirmedConcern } from '../safeguarding/concerns';
import type { ScoreChange, Scores, Source } from '../scoring';

/**
 * What the link worker (and the plan drafter) gets from one assessment: the person's words
 * verbatim, labelled needs, each score with its band and change, and theory-informed suggestions
 * that are worded as suggestions, never as labels of the person.
 */
export interface LabelledId {
  id: string;
  label: string;
}

export interface WellbeingItem {
  key: 'life_satisfaction' | 'worthwhile' | 'happiness' | 'anxiety';
  label: string;
  value: number | null;
  bandLabel: string | null;
  /** Present only when a previous assessment was given. */
  change?: ScoreChange;
}

export interface LonelinessInsight {
  /** UCLA 3-item total 3–9 (higher = lonelier); null when not all three were answered. */
  uclaTotal: number | null;
  directLabel: string | null;
  typeLabel: string | null;
  /** Total and direct question changes, when a previous assessment was given. */
  changes?: ScoreChange[];
}

export type MhlcLevel = 'above_midpoint' | 'at_midpoint' | 'below_midpoint';

/** Machine-readable support style for the plan drafter; derived only from the MHLC profile. */
export interface SupportStyle {
  selfDirected: boolean;
  structuredSupport: boolean;
  quickWins: boolean;
  supportedFirstAttendance: boolean;
  /** No clear steer (all at/below midpoint, or not scored): agree the style with the person. */
  agreeTogether: boolean;
}

export interface LocusOfControlInsight {
  subscales: Array<{ key: 'internal' | 'chance' | 'powerfulOthers'; label: string; sum: number; level: MhlcLevel; meaning: string }>;
  notScored: Array<{ key: 'internal' | 'chance' | 'powerfulOthers'; label: string; missingItems: string[] }>;
  /** Plain-language profile, one sentence per scored subscale plus how they compare. */
  profile: string[];
  /** "May prefer…", "Consider…" — each under 400 characters so the plan can carry it. */
  suggestions: string[];
  supportStyle: SupportStyle;
  /** Ids of the RULES.md rules that fired, so a reviewer can trace every suggestion. */
  rules: string[];
  caveat: string;
}

export interface MotivationPrompt {
  goalNumber: 1 | 2 | 3;
  goalText: string;
  importance: number;
  confidence: number;
  /** Coaching prompts for the link worker to put in their own words. */
  prompts: string[];
}

export interface GoalInsight {
  number: 1 | 2 | 3;
  text: string;
  importance: number | null;
  confidence: number | null;
}

export interface Insight {
  assessmentId: string;
  previousAssessmentId: string | null;
  /** Verbatim, exactly as recorded. */
  whatMattersMost: string | null;
  goodDay: string | null;
  people: string | null;
  strengths: string | null;
  worries: string | null;
  needs: LabelledId[];
  barriers: LabelledId[];
  wellbeing: WellbeingItem[];
  loneliness: LonelinessInsight;
  locusOfControl: LocusOfControlInsight;
  supportStyle: SupportStyle;
  goals: GoalInsight[];
  motivationPrompts: MotivationPrompt[];
  hbm: Scores['hbm'];
  /** Every score-level change since the previous assessment; null without one. */
  changesSincePrevious: ScoreChange[] | null;
  /** Citation of every instrument or prompt set that contributed. */
  sources: Source[];
  scores: Scores;
  /** Confirmed safeguarding concerns (issue 16): category, when, action taken. */
  safeguarding: ConfirmedConcern[];
}
