/**
 * The safeguarding risk check: runs on every free-text answer and typed message.
 *
 * POLICY — negation and reported speech (decided for a link-worker tool, where a missed disclosure
 * is far worse than a false alarm):
 * - A negated risk phrase still flags, as kind 'negated' ("I'm not suicidal" → suicide, negated).
 *   People often deny and disclose in one breath, and the link worker — not this code — is the
 *   right judge of a denial. Dismissing it takes one click and the reason is recorded.
 * - A negation covers only its own clause: "I'm not suicidal but I've been stockpiling pills"
 *   flags the stockpiling as a method, not a negated mention.
 * - Reported speech still flags, as kind 'reported' ("my friend said she wanted to die", "my
 *   daughter's partner hits her"): a risk to a third party is still a safeguarding concern.
 * - Benign idioms ("this heat is killing me") are blanked out narrowly (benign.ts) so a real risk
 *   phrase in the same message still matches.
 * So nothing in this module ever removes a flag; context only labels it.
 *
 * The national baseline rules are code and always run. Scripts may only ADD local phrases.
 */
import { RISK_CATEGORY_IDS, type RiskCategory } from '../vocabulary';
import { maskBenignIdioms } from './benign';
import { classifyMatch } from './context';
import { severityOf } from './grade';
import { learnedFlags } from './learned/model';
import { expandTemplate } from './lexicon';
import { normaliseForRisk, readingsFor } from './normalise';
import { RulePrefilter, requiredLiterals } from './prefilter';
import { RULES } from './rules';
import type { DetectOptions, LocalPhrase, RiskFlag, RiskKind, RuleSpec } from './types';

interface CompiledRule {
  spec: RuleSpec;
  regex: RegExp;
  unless: RegExp | null;
  needs: RegExp | null;
  needsInMessage: RegExp | null;
  unlessInMessage: RegExp | null;
}

/** Every baseline rule, grouped by risk category (rules/index.ts says what order means). */
export const BASELINE_RULES: readonly RuleSpec[] = Object.freeze([...RULES]);

/** Message-level conditions are shared by several rules: one RegExp per source, tested once per message. */
const messageConditions = new Map<string, RegExp>();
function messageCondition(source: string | undefined): RegExp | null {
  if (!source) return null;
  const expanded = expandTemplate(source);
  let regex = messageConditions.get(expanded);
  if (!regex) messageConditions.set(expanded, (regex = new RegExp(expanded)));
  return regex;
}

/**
 * Each rule is compiled on first use, not at import: with the prefilter most rules run on few
 * messages, and a RegExp that never runs costs nothing. V8 runs a regex's first execution in its
 * bytecode interpreter and compiles it to machine code on the second, so the rules a deployment's
 * messages need are compiled as they are needed (issue 22: compiling all ~260 ahead, as the
 * warm-up used to, held ~9 MB of machine code that most messages never use).
 */
const COMPILED: Array<CompiledRule | undefined> = new Array(BASELINE_RULES.length);
function compiledRule(index: number): CompiledRule {
  let rule = COMPILED[index];
  if (!rule) {
    const spec = BASELINE_RULES[index]!;
    COMPILED[index] = rule = {
      spec,
      regex: new RegExp(`\\b(?:${expandTemplate(spec.pattern)})\\b`, 'g'),
      unless: spec.unlessSentence ? new RegExp(spec.unlessSentence) : null,
      needs: spec.withSentence ? new RegExp(expandTemplate(spec.withSentence)) : null,
      needsInMessage: messageCondition(spec.withMessage),
      unlessInMessage: messageCondition(spec.unlessMessage),
    };
  }
  return rule;
}

/**
 * The literal prefilter (prefilter.ts): the words each rule's matches cannot do without, in one
 * automaton, so a message runs only the rules whose words it contains. What it buys (s22a,
 * BENCHMARKS.md, `npm run bench -- --only=safeguarding`, before/after on one loaded machine): 6.3
 * of the 264 rules run per corpus statement on average; mean 0.86 → 0.19 ms per statement and 1.57 → 0.06 ms
 * per disguised variant; and with rules compiled on first use, RSS with 1,000 assessments in
 * progress 206–208 → 191–193 MB (`--only=memory`). The rules that run are the same compiled
 * regexes in the same order, so the flags are the same; detectRisksReference() below is the
 * straightforward path, and test/safeguarding/prefilter.test.ts holds the two equal.
 */
const RULE_LITERALS: Array<string[][] | undefined> = new Array(BASELINE_RULES.length);
const literalsOf = (index: number): string[][] => (RULE_LITERALS[index] ??= requiredLiterals(expandTemplate(BASELINE_RULES[index]!.pattern)));
let prefilter: RulePrefilter | null = null;
const rulePrefilter = (): RulePrefilter => (prefilter ??= new RulePrefilter(BASELINE_RULES.map((_, i) => literalsOf(i))));

/**
 * Builds the prefilter ahead of the first message, `count` rules a step (the server calls this in
 * small batches just after it starts listening, service/warm-up.ts), then the automaton as the
 * last step; returns how many steps are left. Deriving every rule's words and the automaton takes
 * ~0.1–0.2 s of CPU once. A message checked before the warm-up is done builds what is left itself,
 * so the result never depends on the warm-up — only the first message's time does.
 */
let warmed = 0;
export function warmRules(count = Number.POSITIVE_INFINITY): number {
  for (const end = Math.min(BASELINE_RULES.length, warmed + count); warmed < end; warmed++) literalsOf(warmed);
  if (warmed === BASELINE_RULES.length && count > 0) rulePrefilter();
  return BASELINE_RULES.length - warmed + (prefilter ? 0 : 1);
}

/** When one category matches several ways, the flag shows the strongest reading: clear before possible, then by kind. */
const KIND_STRENGTH: Record<RiskKind, number> = { method: 5, explicit: 4, reported: 3, local: 2, negated: 1, learned: 0 };
const strength = (f: RiskFlag): number => (f.severity === 'clear' ? 10 : 0) + KIND_STRENGTH[f.kind];
const CATEGORY_SET = new Set<string>(RISK_CATEGORY_IDS);

const localCache = new Map<string, RegExp | null>();
function localRegex(phrase: string): RegExp | null {
  let regex = localCache.get(phrase);
  if (regex === undefined) {
    const normal = normaliseForRisk(phrase).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
    regex = normal ? new RegExp(`\\b${normal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g') : null;
    if (localCache.size > 5_000) localCache.clear();
    localCache.set(phrase, regex);
  }
  return regex;
}

/** Problems with a script's local phrases, for the script validator and the managers' tab. */
export function validateLocalPhrases(phrases: ReadonlyArray<{ phrase?: unknown; category?: unknown }>): string[] {
  const problems: string[] = [];
  phrases.forEach((p, i) => {
    if (typeof p?.phrase !== 'string' || !localRegex(p.phrase)) problems.push(`localPhrases[${i}].phrase: expected some words to match`);
    if (typeof p?.category !== 'string' || !CATEGORY_SET.has(p.category))
      problems.push(`localPhrases[${i}].category: expected one of ${RISK_CATEGORY_IDS.join(', ')}`);
  });
  return problems;
}

function sentenceAround(text: string, index: number): string {
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

/**
 * Every risk category the text suggests, one flag per category, in RISK_CATEGORY_IDS order.
 * Invalid local phrases (blank, unknown category) are skipped here so that a bad script entry can
 * never stop the national baseline from running; validateLocalPhrases() reports them at save time.
 */
export function detectRisks(text: string, options: DetectOptions = {}): RiskFlag[] {
  return detect(text, options, true);
}

/**
 * The straightforward path: every rule on every message, without the prefilter. The reference
 * the prefilter is tested against (test/safeguarding/prefilter.test.ts); not for production use.
 */
export function detectRisksReference(text: string, options: DetectOptions = {}): RiskFlag[] {
  return detect(text, options, false);
}

function detect(text: string, options: DetectOptions, filtered: boolean): RiskFlag[] {
  if (typeof text !== 'string') throw new TypeError('detectRisks expects the message text as a string');
  const best = new Map<RiskCategory, RiskFlag>();
  const offer = (flag: RiskFlag) => {
    const current = best.get(flag.category);
    if (!current || strength(flag) > strength(current)) best.set(flag.category, flag);
  };
  // Ordinary text has one reading; an ambiguous disguise ("kiiill", "I k i l l") is checked every way.
  let plain: string | null = null;
  for (const reading of readingsFor(text)) {
    const masked = runRules(normaliseForRisk(text, reading), options, offer, filtered);
    plain ??= masked;
  }
  // The learned layer reads the plain reading once, after every rule, and only adds: a 'possible'
  // flag for a category no rule flagged (learned/model.ts).
  if (plain && options.learned !== false) for (const flag of learnedFlags(plain, new Set(best.keys()))) offer(flag);
  return RISK_CATEGORY_IDS.flatMap((category) => {
    const flag = best.get(category);
    return flag ? [flag] : [];
  });
}

/** Runs the rules on one reading (with `filtered`, only those the prefilter lets through); returns the masked text the rules saw. */
function runRules(normal: string, options: DetectOptions, offer: (flag: RiskFlag) => void, filtered: boolean): string {
  if (!normal) return '';
  const masked = maskBenignIdioms(normal);
  const tested = new Map<RegExp, boolean>();
  const holds = (condition: RegExp): boolean => {
    let result = tested.get(condition);
    if (result === undefined) tested.set(condition, (result = condition.test(masked)));
    return result;
  };
  const may = filtered ? rulePrefilter().scan(masked) : null;
  for (let index = 0; index < BASELINE_RULES.length; index++) {
    if (may && may[index] === 0) continue; // none of the words this rule's matches need is in the text
    const { spec, regex, unless, needs, needsInMessage, unlessInMessage } = compiledRule(index);
    if (needsInMessage && !holds(needsInMessage)) continue;
    if (unlessInMessage && holds(unlessInMessage)) continue;
    // exec() on the compiled regex rather than matchAll(), which clones the regex on every call:
    // with some two hundred long patterns per message that clone was most of the check's time.
    regex.lastIndex = 0;
    for (let m = regex.exec(masked); m !== null; m = regex.exec(masked)) {
      if (m[0] === '') regex.lastIndex++; // never loop on an empty match
      if (spec.accept && !spec.accept(m)) continue;
      if (unless && unless.test(sentenceAround(masked, m.index))) continue;
      if (needs && !needs.test(sentenceAround(masked, m.index))) continue;
      const kind = classifyMatch(masked, m.index, m[0], spec.kind, spec.negativeIsMeaning === true);
      offer({ category: spec.category, matched: m[0], rule: spec.id, kind, severity: severityOf(kind, spec.severity) });
    }
  }
  for (const local of options.localPhrases ?? []) {
    if (!local || typeof local.phrase !== 'string' || !CATEGORY_SET.has(local.category)) continue;
    const regex = localRegex(local.phrase);
    if (!regex) continue;
    for (const m of normal.matchAll(regex)) {
      const kind = classifyMatch(normal, m.index, m[0], 'local', false);
      const localKind = kind === 'negated' ? 'negated' : 'local';
      offer({ category: local.category, matched: m[0], rule: `local:${local.phrase.trim()}`, kind: localKind, severity: severityOf(localKind, undefined) });
    }
  }
  return masked;
}

export type { LocalPhrase };
