/**
 * The typed result of scoring one assessment. Computed only by dialogs/scoring (the one place
 * scores are computed); everything else — insight, plan drafter, exports, review — reads these.
 */

/** Where a result comes from; shown wherever the result is shown or exported. */
export interface Source {
  name: string;
  citation: string;
}

/** Why an item or subscale has no score: not answered (or skipped), or a stored value out of range. */
export interface NotScored {
  scored: false;
  missingItems: string[];
  invalidItems: string[];
}

export type Ons4Key = 'life_satisfaction' | 'worthwhile' | 'happiness' | 'anxiety';
export type Ons4PositiveBand = 'low' | 'medium' | 'high' | 'very_high';
export type Ons4AnxietyBand = 'very_low' | 'low' | 'medium' | 'high';
export type Ons4Band = Ons4PositiveBand | Ons4AnxietyBand;

export interface Ons4ItemScored {
  scored: true;
  value: number;
  band: Ons4Band;
  /** "Very high", "Low"… as ONS words them. */
  bandLabel: string;
}
export type Ons4ItemResult = Ons4ItemScored | NotScored;

export interface Ons4Scores extends Source {
  instrument: 'ons4';
  /** Each item separately: ONS publishes no composite score, so there is none here. */
  items: Record<Ons4Key, Ons4ItemResult>;
}

export type MhlcSubscale = 'internal' | 'chance' | 'powerfulOthers';
export interface MhlcSubscaleScored {
  scored: true;
  /** Sum of six items, 6–36. */
  sum: number;
}
export type MhlcSubscaleResult = MhlcSubscaleScored | NotScored;

export interface MhlcScores extends Source {
  instrument: 'mhlc_a';
  /** Three separate subscales: the authors say never combine them or label internal/external. */
  subscales: Record<MhlcSubscale, MhlcSubscaleResult>;
}

export type UclaItemKey = 'companionship' | 'left_out' | 'isolated';
export type UclaTotalResult = { scored: true; total: number; items: Record<UclaItemKey, number> } | NotScored;

export interface CategoricalAnswer {
  value: string;
  label: string;
}

export interface Ucla3Scores extends Source {
  instrument: 'ucla3';
  /** UCLA 3-item total, 3–9, higher = lonelier; only when all three items are answered. */
  total: UclaTotalResult;
  /** "How often do you feel lonely?" — reported categorically, never added to the total. */
  direct: CategoricalAnswer | null;
  /** The link worker's classification as recorded (not a scored scale). */
  lonelinessType: CategoricalAnswer | null;
}

export type GoalNumber = 1 | 2 | 3;
export interface GoalRulers {
  number: GoalNumber;
  /** In the person's own words. */
  text: string;
  /** MI importance ruler, 1–10 (PRSB storage); null when not answered or out of range. */
  importance: number | null;
  /** MI confidence ruler, 1–10; null when not answered or out of range. */
  confidence: number | null;
}

export interface GoalScores extends Source {
  goals: GoalRulers[];
}

export type HbmConstruct = 'susceptibility' | 'severity' | 'benefits' | 'barriers' | 'cues' | 'self_efficacy';

export interface HbmPrompts extends Source {
  /** Always "Health Belief Model prompts (not a validated scale)". */
  label: string;
  /** The person's own words per construct; null when not answered. No score, by design. */
  answers: Record<HbmConstruct, string | null>;
}

export interface Scores {
  ons4: Ons4Scores;
  mhlc: MhlcScores;
  ucla3: Ucla3Scores;
  goals: GoalScores;
  hbm: HbmPrompts;
}
