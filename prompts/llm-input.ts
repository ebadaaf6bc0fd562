import { NEED_AREAS } from '../dialogs/vocabulary';
import { barrierLabel, stepsForHbmBarriers } from '../plans/barrier-steps';
import type { ResourceSuggestion } from '../plans/directory/query';
import { wantsSupportedFirstAttendance, type DraftInput } from '../plans/draft-plan';
import { readPlanFacts, type PlanFacts } from '../plans/plan-input';
import { quoteForPrompt } from './pseudonymise';

/**
 * What the LLM is given — the minimum to write a plan, and nothing that identifies the person:
 * no patient reference, no names, no dates of birth, no address or area (matching has already
 * used the location), no risk answers. Free text is pseudonymised and quoted.
 */
export const MAX_CANDIDATES = 8;
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
/** Directory text is data too: keep it from closing or opening tags. */
const safe = (s: string) => s.replace(/</g, '‹').replace(/>/g, '›');

export interface PromptVariables {
  personWords: string;
  facts: string;
  candidates: string;
}

/**
 * The barrier keys the LLM may address, in the same order as the rules draft's barriers:
 * checklist ids, then one key for the person's own "what might get in the way" answer.
 */
export const OWN_WORDS_BARRIER = 'what_might_get_in_the_way';
export function barrierKeys(facts: PlanFacts): Array<{ key: string; label: string }> {
  const themes = stepsForHbmBarriers(facts.hbm.barriers).map((s) => s.theme);
  return [
    ...facts.barriers.map((b) => ({ key: b, label: barrierLabel(b) })),
    ...(themes.length ? [{ key: OWN_WORDS_BARRIER, label: `their own words (${themes.join(', ').toLowerCase()})` }] : []),
  ];
}

function personWords(f: PlanFacts): string {
  const lines: Array<[string, string | null]> = [
    ['what_matters_most', f.whatMatters],
    ['good_day', f.goodDay],
    ['strengths', f.strengths],
    ['worries', f.worries],
    ...f.goals.map((g, i): [string, string] => [`goal_${i + 1}`, g.text]),
    ['benefits_of_goal_1', f.hbm.benefits],
    ['what_might_get_in_the_way', f.hbm.barriers],
    ['reminders_that_work', f.hbm.cues],
    ['how_sure_and_what_would_help', f.hbm.self_efficacy],
  ];
  return lines
    .filter((l): l is [string, string] => l[1] !== null)
    .map(([k, v]) => `${k}: "${clip(quoteForPrompt(v), 400).replace(/"/g, "'")}"`)
    .join('\n');
}

function candidateLine(r: ResourceSuggestion): string {
  const s = r.service;
  const how = [s.attendance.inPerson && 'in person', s.attendance.phone && 'phone', s.attendance.online && 'online'].filter(Boolean).join('/');
  const slot = s.schedules[0];
  return JSON.stringify({
    id: s.id,
    name: safe(s.name),
    about: safe(clip(s.description, 160)),
    cost: s.cost,
    how,
    ...(slot ? { when: `${slot.day}${slot.opens ? ` ${slot.opens}` : ''}${slot.frequency === 'monthly' ? ' monthly' : ''}` } : {}),
    firstVisitSupport: s.supportedFirstVisit,
    why: r.reasons.slice(0, 3).map((x) => safe(clip(x, 80))),
  });
}

export function candidatesFor(input: DraftInput): readonly ResourceSuggestion[] {
  return input.suggestions.slice(0, MAX_CANDIDATES);
}

export function buildPromptVariables(input: DraftInput): PromptVariables {
  const f = readPlanFacts(input.assessment);
  const style = input.insight.supportStyle;
  const facts = {
    goals: f.goals.map((g, i) => ({ goal: i + 1, importance: g.importance, confidence: g.confidence })),
    needs: f.needs.map((n) => NEED_AREAS[n]),
    barriers: barrierKeys(f),
    style: { supported: wantsSupportedFirstAttendance(f, style), selfDirected: style.selfDirected, quickWins: style.quickWins },
  };
  return {
    personWords: personWords(f) || '(nothing recorded)',
    facts: JSON.stringify(facts),
    candidates: candidatesFor(input).map(candidateLine).join('\n') || '(none: use link_worker actions to find options)',
  };
}
