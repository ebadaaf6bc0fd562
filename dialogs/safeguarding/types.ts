import type { RiskCategory } from '../vocabulary';

/**
 * Why a category was flagged. Every kind is a flag the link worker must confirm or dismiss:
 * - method:   a means or plan (drug and dose, stockpiled pills, rope, bridge) — the strongest signal
 * - explicit: the person's own disclosure, or a clear paraphrase of it
 * - reported: about someone else ("my friend said she wanted to die") — still a safeguarding concern
 * - local:    a phrase the area added to the script
 * - negated:  the risk was named but denied ("I'm not suicidal") — shown so a person can judge it
 * - learned:  no rule matched, but the learned layer read the wording as this risk — always
 *             'possible' (the check-in card), never the crisis card on its own (learned/model.ts)
 */
export type RiskKind = 'method' | 'explicit' | 'reported' | 'local' | 'negated' | 'learned';

export interface RiskFlag {
  category: RiskCategory;
  /** The words that matched, in normalised form (lowercase, no punctuation). */
  matched: string;
  /** Rule id, e.g. "suicide.method_dose" or "local:cuckooing". */
  rule: string;
  kind: RiskKind;
  /**
   * How clear the risk is, which decides the card: 'clear' raises the crisis card, 'possible' (a
   * denial, a passive wish, an ambiguous sign) the lighter check-in card. See grade.ts.
   */
  severity: RiskSeverity;
}

export type RiskSeverity = 'clear' | 'possible';

export interface LocalPhrase {
  phrase: string;
  category: RiskCategory;
}

export interface DetectOptions {
  /** Additions from the script; the national baseline always runs as well. */
  localPhrases?: ReadonlyArray<LocalPhrase>;
  /**
   * false: the rules only, without the learned layer — for the tests that show the layer only
   * adds, and for callers that must know what the rules alone found. Default true.
   */
  learned?: boolean;
}

/** One baseline rule, as data. */
export interface RuleSpec {
  id: string;
  category: RiskCategory;
  /** 'method' for means and plans; everything else is 'explicit' before context is considered. */
  kind: 'explicit' | 'method';
  /** Regex source over normalised text; {GROUP} names expand from lexicon.ts. */
  pattern: string;
  /**
   * The phrase carries its own negative ("nowhere to sleep", "not allowed to see my family"), so a
   * negative inside the match is part of the disclosure, not a denial of it.
   */
  negativeIsMeaning?: boolean;
  /** 'possible' for signs that need a question rather than a crisis card; default 'clear'. */
  severity?: RiskSeverity;
  /** Extra check on the match, e.g. that a number of tablets is more than a dose. */
  accept?: (match: RegExpExecArray) => boolean;
  /** Skip this rule when the same sentence matches, because another category covers it better. */
  unlessSentence?: string;
  /** Apply this rule only when the same sentence also matches (e.g. a child's age beside an adult's). */
  withSentence?: string;
  /**
   * Apply this rule only when the whole message also matches: for two signs a person tells in
   * separate sentences ("My 13-year-old's got a new boyfriend. He's 22").
   */
  withMessage?: string;
  /** Skip this rule when the whole message matches (a context that changes its meaning everywhere in it). */
  unlessMessage?: string;
}
