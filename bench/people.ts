import type { AssessmentState } from '../dialogs/engine/types';
import { optionsOf, type CompiledScript, type ResolvedQuestion } from '../dialogs/script/compile';
import { typedAnswerFor } from '../scripts/demo-answers';
import { EngineDriver } from '../test/helpers/engine-driver';
import { seededRng } from '../scripts/seeded-rng';

/**
 * Varied, deterministic completed assessments for the drafting, export and prompt benchmarks:
 * each person is taken through the real default script by the pure engine, so the stored
 * answers are exactly what the bot would store. Needs, barriers, area, goals, confidence and
 * MHLC answers vary; `verbose` people give long free-text answers (the prompt-size worst case).
 * All text is recognisably fictional.
 */
const MATTERS = [
  'I miss my wife and want to get out of the house and meet people',
  'Getting back to my allotment and seeing my grandson',
  'worried about bills and debts since losing my job',
  'caring for my mum is exhausting, I need a break',
  'want to get fitter after my heart attack, maybe swimming',
  'learning to use a tablet to video call my grandchildren',
  'singing and crafts, anything creative really',
  'my landlord keeps putting the rent up and I might lose the flat',
  'feeling low and anxious, I want someone to talk to',
  'I want to volunteer and feel useful again',
];
const GOALS = [
  'get back to my allotment',
  'join a walking group',
  'sort out my money',
  'meet people who have lost someone',
  'have a break from caring',
  'learn to use my tablet',
  'find some volunteering',
  'go swimming once a week',
  'join a choir',
  'talk to someone about feeling low',
  'get help with my housing',
  'do some gentle exercise',
];
const HBM_BARRIERS = [
  'The bus fare and my knee',
  'I get nervous going somewhere new on my own',
  'Nothing really',
  'I keep putting it off and forget to ring',
  'Money is tight and I have my mum to look after',
];
const SELF_EFFICACY = ['Fairly sure if someone came with me the first time', 'Very sure, I just need the details', 'Not very sure at all'];
const AREAS = ['LS6', 'LS12', 'LS7 3AB', 'BD3', 'Headingley', 'York', 'WF1', 'M14', ''];
const FILLER =
  ' It has been like this for a long while now and I do not really know where to start, my sister says I should ask someone but I never seem to get round to it, and the days go by.';

function answerFor(q: ResolvedQuestion, rand: () => number, verbose: boolean): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const long = (s: string) => (verbose ? `${s}.${FILLER.repeat(8)}`.slice(0, 1500) : s);
  const optionNumbers = (max: number, from: number) => {
    const n = Math.min(max, from + Math.floor(rand() * 3));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(1 + Math.floor(rand() * (optionsOf(q).length || 1)));
    return [...chosen].join(', ');
  };
  if (q.id === 'wmtm.matters_most') return long(pick(MATTERS));
  if (/^goal\.\d$/.test(q.id)) return long(pick(GOALS));
  if (/^goal\.\d\.(importance|confidence)$/.test(q.id)) return String(1 + Math.floor(rand() * 10));
  if (/^mhlc_a\.\d+$/.test(q.id)) return String(1 + Math.floor(rand() * 6));
  if (q.id === 'needs.areas') return optionNumbers(3, 1);
  if (q.id === 'needs.barriers') return rand() < 0.2 ? 'skip' : optionNumbers(3, 1);
  if (q.id === 'needs.area_home') return pick(AREAS) || 'skip';
  if (q.id === 'hbm.barriers') return long(pick(HBM_BARRIERS));
  if (q.id === 'hbm.self_efficacy') return long(pick(SELF_EFFICACY));
  const fixed = typedAnswerFor(q);
  return q.type === 'text' ? long(fixed) : fixed;
}

export function benchPeople(script: CompiledScript, count: number, options: { seed?: number; verbose?: boolean } = {}): AssessmentState[] {
  const rand = seededRng(options.seed ?? 7);
  const people: AssessmentState[] = [];
  for (let i = 0; i < count; i++) {
    const driver = new EngineDriver(script);
    let lastAsked = '';
    for (let guard = 0; guard < 300 && driver.question; guard++) {
      const q = driver.question.question;
      // A re-ask means our varied answer was refused: fall back to the known-good typed answer.
      driver.say(q.id === lastAsked ? typedAnswerFor(q) : answerFor(q, rand, options.verbose ?? false));
      lastAsked = q.id;
    }
    driver.say('confirm');
    if (driver.state.status !== 'completed') throw new Error(`benchPeople: person ${i} did not complete (${driver.state.mode.kind})`);
    people.push({ ...driver.state, id: `bench-${options.verbose ? 'v' : 'p'}-${i}` });
  }
  return people;
}
