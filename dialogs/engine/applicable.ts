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

/** A question is asked only while every condition on it (section's and its own) holds. */
function isApplicable(q: ResolvedQuestion, answers: Answers): boolean {
  for (const c of q.conditions) if (!holds(c, answers)) return false;
  return true;
}

/** The questions that apply for one set of answers, in script order, and where each sits in its section. */
export interface Applicable {
  readonly questions: readonly ResolvedQuestion[];
  /** 1-based index among the applicable questions of its section (0 when it does not apply), and their count. */
  placeIn(q: ResolvedQuestion): { index: number; count: number };
}

function compute(script: CompiledScript, answers: Answers): Applicable {
  const questions: ResolvedQuestion[] = [];
  for (const q of script.questions) if (isApplicable(q, answers)) questions.push(q);
  return {
    questions,
    // A scan of the list, not an index built up front: it is asked once or twice per list.
    placeIn(q) {
      let index = 0;
      let count = 0;
      for (const x of questions) {
        if (x.sectionId !== q.sectionId) continue;
        count++;
        if (x === q) index = count;
      }
      return { index, count };
    },
  };
}

// Keyed by the answers map itself; the entry remembers which compiled script it was worked out for.
const memo = new WeakMap<Answers, { script: CompiledScript; applicable: Applicable }>();

/**
 * The applicable questions for (script, answers), worked out once per answers map.
 *
 * What it buys: one turn asks "which questions apply now?" several times — the next pending
 * question, its position in the section, the reply header's position, the review list — and each
 * asking walked every question's conditions again (~70 KiB of garbage a turn). The memo is safe
 * because a frozen answers map cannot change: the store hands out deep-frozen snapshots, and the
 * engine never edits a map in place but records into a new frozen one (turn.ts). A map that is not
 * frozen (a hand-built test state, the state startAssessment is still filling in, fast entry's
 * scratch copy) is worked out afresh on every call, exactly as before.
 */
export function applicableFor(script: CompiledScript, answers: Answers): Applicable {
  if (!Object.isFrozen(answers)) return compute(script, answers);
  const hit = memo.get(answers);
  if (hit && hit.script === script) return hit.applicable;
  const applicable = compute(script, answers);
  memo.set(answers, { script, applicable });
  return applicable;
}
