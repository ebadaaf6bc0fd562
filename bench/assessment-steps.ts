import type { Prompt } from '../dialogs/engine/types';
import { loadDefaultScript } from '../dialogs/scripts/load';
import { typedAnswerFor } from '../scripts/demo-answers';
import { EngineDriver } from '../test/helpers/engine-driver';
import type { Step } from './load/closed-loop';

/**
 * One link worker's whole assessment over HTTP, as load-generator steps: `start <NHS number>`,
 * a typed answer to every question of the default script (the same answers as the end-to-end
 * test), and `confirm` at the review. Each step names text its reply must contain — the next
 * question — so a silent re-ask or error counts as a failure, never as a fast turn. The
 * sequence comes from running the pure engine, so it follows the script as it changes.
 */
export const BENCH_NHS_NUMBER = '9434765919';

/** As it appears inside the JSON reply body (quotes and backslashes escaped). */
const inJson = (s: string) => JSON.stringify(s).slice(1, -1);

function nextQuestionText(prompts: readonly Prompt[]): string | null {
  const q = [...prompts].reverse().find((p): p is Extract<Prompt, { kind: 'question' }> => p.kind === 'question');
  return q ? q.text : null;
}

const expectFor = (prompts: readonly Prompt[], fallback: string): string => {
  const text = nextQuestionText(prompts);
  return inJson(text ? text.slice(0, 24) : fallback);
};

export function defaultAssessmentSteps(): Step[] {
  const script = loadDefaultScript();
  const driver = new EngineDriver(script, BENCH_NHS_NUMBER);
  // `start new`: a load user repeats the assessment for the same person (issue 18 would offer review).
  const steps: Step[] = [{ text: `start new ${BENCH_NHS_NUMBER}`, expect: expectFor(driver.last.prompts, 'Referral screening') }];
  for (let guard = 0; guard < 500 && driver.question; guard++) {
    const answer = typedAnswerFor(driver.question.question);
    driver.say(answer);
    steps.push({ text: answer, expect: expectFor(driver.last.prompts, 'Review — type a number') });
  }
  if (driver.question) throw new Error('defaultAssessmentSteps: the default answers never reach the review');
  steps.push({ text: 'confirm', expect: 'Assessment complete' });
  return steps;
}
