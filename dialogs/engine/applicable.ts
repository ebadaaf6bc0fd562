import type { CompiledScript, ResolvedQuestion } from '../script/compile';
import type { Condition } from '../script/schema';
import type { AnswerValue, AssessmentState } from './types';

type Answers = AssessmentState['answers'];

const matches = (v: AnswerValue, target: unknown): boolean => (Array.isArray(v) ? v.includes(target as string) : v === target);

function holds(c: Condition, answers: Answers): boolean {
  const a = answers[c.question]?.value;
  if (c.answered !== undefined) return (a !== undefined) === c.answered;
  if (a === undefined) return false;
  if (c.equals !== undefined) return matches(a, c.equals === true ? 'yes' : c.equals === false ? 'no' : c.equals);
  return (c.in ?? []).some((t) => matches(a, t));
}

/** The questions that apply for one set of answers, in script order, and where each sits in its section. */
export interface Applicable {
  readonly questions: readonly ResolvedQuestion[];
  /** 1-based index among the applicable questions of its section (0 when it does not apply), and their count. */
  placeIn(q: ResolvedQuestion): { index: number; count: number };
}

/**
 * What applicability depends on, worked out once per compiled script (scripts are immutable once
 * compiled): the script's distinct conditions, and for each question the conditions it needs.
 * A question is asked only while every condition on it (section's and its own) holds, so the
 * applicable list is a function of which distinct conditions hold — in the default script 4
 * conditions for 69 questions, of which 63 carry one.
 */
interface ScriptConditions {
  readonly conditions: readonly Condition[];
  /** Per question, in script order: indexes into `conditions`. */
  readonly needs: ReadonlyArray<readonly number[]>;
  /** The applicable list per outcome (a bit per distinct condition), filled as outcomes are met. */
  readonly byOutcome: Map<number | string, Applicable>;
}

/** At most this many outcomes are kept per script; a script with more combinations works the rest out on each call. */
const MAX_OUTCOMES_PER_SCRIPT = 64;

const plans = new WeakMap<CompiledScript, ScriptConditions>();

/** Scalars kept apart by type ("1", 1 and true; undefined and null): two conditions share a key only if `holds` reads them alike. */
const scalarKey = (v: unknown): string => (v === undefined ? 'u' : `${typeof v}:${typeof v === 'string' ? v : String(v)}`);
const conditionKey = (c: Condition): string =>
  JSON.stringify([c.question, scalarKey(c.equals), scalarKey(c.answered), c.in === undefined ? 'u' : c.in.map(scalarKey)]);

function conditionsOf(script: CompiledScript): ScriptConditions {
  const known = plans.get(script);
  if (known) return known;
  const conditions: Condition[] = [];
  const indexOf = new Map<string, number>();
  const needs = script.questions.map((q) =>
    q.conditions.map((c) => {
      // Structurally equal conditions hold or fail together: one bit for each.
      const key = conditionKey(c);
      let i = indexOf.get(key);
      if (i === undefined) {
        i = conditions.push(c) - 1;
        indexOf.set(key, i);
      }
      return i;
    }),
  );
  const plan: ScriptConditions = { conditions, needs, byOutcome: new Map() };
  plans.set(script, plan);
  return plan;
}

function compute(script: CompiledScript, plan: ScriptConditions, holding: (i: number) => boolean): Applicable {
  const questions: ResolvedQuestion[] = [];
  script.questions.forEach((q, n) => {
    if (plan.needs[n]!.every(holding)) questions.push(q);
  });
  Object.freeze(questions);
  let places: { index: Map<ResolvedQuestion, number>; count: Map<string, number> } | undefined;
  return {
    questions,
    // Counted once, on the first asking; the list is shared by every turn with the same outcome.
    placeIn(q) {
      if (!places) {
        places = { index: new Map(), count: new Map() };
        for (const x of questions) {
          const count = (places.count.get(x.sectionId) ?? 0) + 1;
          places.count.set(x.sectionId, count);
          places.index.set(x, count);
        }
      }
      return { index: places.index.get(q) ?? 0, count: places.count.get(q.sectionId) ?? 0 };
    },
  };
}

/**
 * The applicable questions for (script, answers): each of the script's distinct conditions is
 * checked against the answers, and the list for that outcome is worked out once per script and
 * shared (read-only) from then on.
 *
 * What it buys: a turn asks "which questions apply now?" several times — the next pending
 * question, its position in the section, the reply header's position, the review list. Until
 * issue 22 round 8 the list was worked out once per answers map (every question's conditions
 * walked again on each turn, since each recorded answer makes a new map, plus a WeakMap entry and a
 * scan of the list per position); now a turn checks the few distinct conditions and looks the list
 * up. The answers are read on every call, so a map that is not frozen (a hand-built test state, the
 * state startAssessment is still filling in, fast entry's scratch copy) is seen as it is now.
 */
export function applicableFor(script: CompiledScript, answers: Answers): Applicable {
  const plan = conditionsOf(script);
  const outcome = outcomeOf(plan.conditions, answers);
  const hit = plan.byOutcome.get(outcome);
  if (hit) return hit;
  const holding = typeof outcome === 'number' ? (i: number) => (outcome & (1 << i)) !== 0 : (i: number) => outcome[i] === '1';
  const applicable = compute(script, plan, holding);
  if (plan.byOutcome.size < MAX_OUTCOMES_PER_SCRIPT) plan.byOutcome.set(outcome, applicable);
  return applicable;
}

/** Which distinct conditions hold: a bit each (a number up to 30 conditions, a string of 0s and 1s beyond). */
function outcomeOf(conditions: readonly Condition[], answers: Answers): number | string {
  if (conditions.length > 30) return conditions.map((c) => (holds(c, answers) ? '1' : '0')).join('');
  let bits = 0;
  for (let i = 0; i < conditions.length; i++) if (holds(conditions[i]!, answers)) bits |= 1 << i;
  return bits;
}
