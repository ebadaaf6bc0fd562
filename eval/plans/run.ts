import { fittingInDirectory, judgePlan, type PlanVerdict } from './score-plan';
import { importForEval, planFor } from './pipeline';
import { evalSets } from './sets';
import type { EvalSet } from './data';

/**
 * `npm run eval:plans`: drafts a plan for every person in every committed set through the
 * product's own path and scores it against the labels. One line per directory; the held-out set
 * on its own line. `--details` lists every suggestion for the TUNING sets only (held-out misses
 * are not printed, so nobody tunes on them by accident); `--details=heldout` shows them too.
 */
export interface SetScore {
  name: string;
  heldOut: boolean;
  people: number;
  services: number;
  rejected: number;
  /** Import warnings and location problems reported to the manager (records kept). */
  warnings: number;
  plansWithTwoFitting: number;
  /** People for whom the directory holds at least two fitting services (labels), and how many of their plans have two. */
  holdsTwo: number;
  plansWithTwoWhereHeld: number;
  suggestions: number;
  outOfReach: number;
  unaffordable: number;
  inactive: number;
  ageIneligible: number;
  wrongNeed: number;
  mistakes: number;
  unknown: number;
  goals: number;
  goalsAnswered: number;
  goalsWithUnfitService: number;
  expectedHit: number;
  verdicts: PlanVerdict[];
}

export function scoreSet(set: EvalSet): SetScore {
  const dir = importForEval(set.directoryPath);
  const verdicts = set.people.map((p) => judgePlan(planFor(p, dir), p, set.labels, set.areaContains));
  const holds = set.people.map((p) => fittingInDirectory(p, set.labels, set.areaContains) >= 2);
  const all = verdicts.flatMap((v) => v.suggestions);
  const count = (f: (s: (typeof all)[number]) => boolean) => all.filter((s) => s.known && f(s)).length;
  return {
    name: set.name,
    heldOut: set.heldOut,
    people: set.people.length,
    services: dir.services,
    rejected: dir.rejected,
    warnings: dir.warnings,
    plansWithTwoFitting: verdicts.filter((v) => v.fitting >= 2).length,
    holdsTwo: holds.filter(Boolean).length,
    plansWithTwoWhereHeld: verdicts.filter((v, i) => holds[i] && v.fitting >= 2).length,
    suggestions: all.length,
    outOfReach: count((s) => !s.inReach),
    unaffordable: count((s) => !s.withinMeans),
    inactive: count((s) => !s.active),
    ageIneligible: count((s) => !s.ageOk),
    wrongNeed: count((s) => !s.forNeeds),
    mistakes: count((s) => !s.notMistake),
    unknown: all.filter((s) => !s.known).length,
    goals: verdicts.reduce((n, v) => n + v.goals, 0),
    goalsAnswered: verdicts.reduce((n, v) => n + v.goalsAnswered, 0),
    goalsWithUnfitService: verdicts.reduce((n, v) => n + v.goalsWithUnfitService, 0),
    expectedHit: verdicts.filter((v) => v.expectedHit).length,
    verdicts,
  };
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${Math.round((100 * a) / b)}%`);

export function formatScore(s: SetScore): string {
  return [
    `${s.heldOut ? 'HELD-OUT ' : ''}${s.name}: ${s.people} people, ${s.services} services (${s.rejected} rejected, ${s.warnings} import warnings)`,
    `plans with >=2 fitting ${s.plansWithTwoFitting}/${s.people} (${pct(s.plansWithTwoFitting, s.people)}); where the directory holds 2: ${s.plansWithTwoWhereHeld}/${s.holdsTwo} (${pct(s.plansWithTwoWhereHeld, s.holdsTwo)})`,
    `suggestions ${s.suggestions}: out of reach ${s.outOfReach}, unaffordable ${s.unaffordable}, inactive ${s.inactive}, age-ineligible ${s.ageIneligible}, wrong need ${s.wrongNeed}, clear mistakes ${s.mistakes}`,
    `goals answered ${s.goalsAnswered}/${s.goals}, goals given an unfit service ${s.goalsWithUnfitService}`,
    `an expected service offered ${s.expectedHit}/${s.people}`,
  ].join(' | ');
}

function details(s: SetScore): string[] {
  return s.verdicts.map((v) => {
    const items = v.suggestions.map(
      (x) =>
        `${x.fits ? '+' : '-'} ${x.name}${x.fits ? '' : ` [${[!x.known && 'unlabelled', x.known && !x.inReach && 'reach', x.known && !x.withinMeans && 'cost', x.known && !x.forNeeds && 'need', x.known && !x.active && 'inactive', x.known && !x.ageOk && 'age', x.known && !x.notMistake && 'mistake'].filter(Boolean).join(',')}]`}`,
    );
    return `  ${v.personId}: ${v.fitting} fitting, goals ${v.goalsAnswered}/${v.goals}\n    ${items.join('\n    ') || '(no suggestions)'}`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv.find((a) => a.startsWith('--details'));
  // --tuning: score the tuning sets only (the held-out sets are not even loaded), for tuning runs.
  const scores = evalSets(process.argv.includes('--tuning')).map(scoreSet);
  for (const s of scores.filter((x) => !x.heldOut)) {
    console.log(formatScore(s));
    if (arg) console.log(details(s).join('\n'));
  }
  const tuned = scores.filter((x) => !x.heldOut);
  if (tuned.length) {
    const sum = (k: 'plansWithTwoFitting' | 'people' | 'outOfReach' | 'unaffordable' | 'inactive') => tuned.reduce((n, x) => n + x[k], 0);
    console.log(
      `TUNING total: plans with >=2 fitting ${sum('plansWithTwoFitting')}/${sum('people')} (${pct(sum('plansWithTwoFitting'), sum('people'))}), out of reach ${sum('outOfReach')}, unaffordable ${sum('unaffordable')}, inactive ${sum('inactive')}`,
    );
  }
  for (const s of scores.filter((x) => x.heldOut)) {
    console.log(formatScore(s));
    if (arg === '--details=heldout') console.log(details(s).join('\n'));
  }
}
