import type { AssessmentState } from '../dialogs/engine/types';
import { collectHbm, scoreGoals, type GoalRulers, type HbmPrompts } from '../dialogs/scoring';
import { readChoice, readMulti, readText } from '../dialogs/scoring/read-answers';
import { BARRIER_IDS, NEED_AREA_IDS, type Barrier, type NeedArea } from '../dialogs/vocabulary';
import { QUESTION } from '../dialogs/question-ids';
import { ageBandOf, type AgeBand } from './age-band';

/**
 * The facts a plan is drafted from, read once from the assessment's answers. Both drafters and
 * the resource query read this, so "what did the person say" is decided in one place. Goals and
 * HBM answers come from dialogs/scoring (the one place rulers are read and range-checked).
 */
export interface PlanFacts {
  whatMatters: string | null;
  goodDay: string | null;
  people: string | null;
  strengths: string | null;
  worries: string | null;
  needs: NeedArea[];
  barriers: Barrier[];
  areaHome: string | null;
  /** The optional About-you age group, for services' age limits (null: not known). */
  ageBand: AgeBand | null;
  adjustments: string | null;
  /** Goals in the person's words with their 1–10 rulers (goal.1..3). */
  goals: GoalRulers[];
  /** Health Belief Model prompts, the person's words per construct (about goal 1). */
  hbm: HbmPrompts['answers'];
}

const isNeed = (v: string): v is NeedArea => (NEED_AREA_IDS as string[]).includes(v);
const isBarrier = (v: string): v is Barrier => (BARRIER_IDS as string[]).includes(v);

export function readPlanFacts(assessment: Pick<AssessmentState, 'answers'>): PlanFacts {
  const a = assessment.answers;
  const goals = scoreGoals(a).goals;
  const whatMatters = readText(a, QUESTION.mattersMost);
  return {
    whatMatters,
    goodDay: readText(a, QUESTION.goodDay),
    people: readText(a, QUESTION.people),
    strengths: readText(a, QUESTION.strengths),
    worries: readText(a, QUESTION.worries),
    needs: readMulti(a, QUESTION.needAreas).filter(isNeed),
    barriers: readMulti(a, QUESTION.barriers).filter(isBarrier),
    areaHome: readText(a, QUESTION.areaHome),
    ageBand: ageBandOf(readChoice(a, QUESTION.ageBand)),
    adjustments: readText(a, QUESTION.adjustments),
    // Without a chosen goal, what matters most is the goal (importance not asked, so null).
    goals: goals.length > 0 || whatMatters === null ? goals : [{ number: 1, text: whatMatters, importance: null, confidence: null }],
    hbm: collectHbm(a).answers,
  };
}
