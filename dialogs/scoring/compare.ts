import { MHLC_SUBSCALE_LABELS } from './mhlc';
import { ONS4_KEYS } from './ons4';
import type { GoalRulers, MhlcSubscale, Ons4ItemResult, Ons4Key, Scores, UclaTotalResult } from './types';
import { directRank } from './ucla3';

/**
 * improved / worse for measures with a better direction (ONS4 items, UCLA, confidence);
 * higher / lower for beliefs and priorities that have none (MHLC subscales, goal importance).
 */
export type ChangeDirection = 'improved' | 'worse' | 'no change' | 'higher' | 'lower' | 'not comparable';

export interface ScoreChange {
  /** Stable id: 'ons4.anxiety', 'mhlc.internal', 'ucla3.total', 'ucla3.direct', 'goal.confidence:<text>'. */
  measure: string;
  label: string;
  baseline: { value: number | string; label: string } | null;
  latest: { value: number | string; label: string } | null;
  /** latest − baseline for numeric measures; null for categories or when either side is missing. */
  change: number | null;
  direction: ChangeDirection;
  betterWhen: 'higher' | 'lower' | 'neither';
  /** One line for cards and letters, e.g. "Anxiety: 7 (High) to 3 (Low), -4, improved" (plain ASCII so PDF fonts render it). */
  summary: string;
}

const ONS4_LABELS: Record<Ons4Key, string> = {
  life_satisfaction: 'Life satisfaction',
  worthwhile: 'Worthwhile',
  happiness: 'Happiness',
  anxiety: 'Anxiety',
};

type Side = ScoreChange['baseline'];

function numericDirection(change: number, betterWhen: ScoreChange['betterWhen']): ChangeDirection {
  if (change === 0) return 'no change';
  if (betterWhen === 'neither') return change > 0 ? 'higher' : 'lower';
  return change > 0 === (betterWhen === 'higher') ? 'improved' : 'worse';
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `-${-n}` : '0';
}

function describe(label: string, baseline: Side, latest: Side, change: number | null, direction: ChangeDirection): string {
  const from = baseline?.label ?? 'not scored';
  const to = latest?.label ?? 'not scored';
  const delta = change !== null && change !== 0 ? `, ${signed(change)}` : '';
  return `${label}: ${from} to ${to}${delta}, ${direction}`;
}

function numericChange(measure: string, label: string, baseline: Side, latest: Side, betterWhen: ScoreChange['betterWhen']): ScoreChange {
  const a = typeof baseline?.value === 'number' ? baseline.value : null;
  const b = typeof latest?.value === 'number' ? latest.value : null;
  const change = a !== null && b !== null ? b - a : null;
  const direction = change === null ? 'not comparable' : numericDirection(change, betterWhen);
  return { measure, label, baseline, latest, change, direction, betterWhen, summary: describe(label, baseline, latest, change, direction) };
}

const onsSide = (r: Ons4ItemResult): Side => (r.scored ? { value: r.value, label: `${r.value} (${r.bandLabel})` } : null);
const uclaSide = (r: UclaTotalResult): Side => (r.scored ? { value: r.total, label: String(r.total) } : null);

function directChange(baseline: Scores, latest: Scores): ScoreChange {
  const a = baseline.ucla3.direct;
  const b = latest.ucla3.direct;
  const ra = a ? directRank(a.value) : null;
  const rb = b ? directRank(b.value) : null;
  // Categories run from most to least frequent, so a higher rank means feeling lonely less often.
  const direction: ChangeDirection = ra === null || rb === null ? 'not comparable' : ra === rb ? 'no change' : rb > ra ? 'improved' : 'worse';
  const side = (c: typeof a): Side => (c ? { value: c.value, label: c.label } : null);
  const label = 'How often lonely (direct question)';
  return {
    measure: 'ucla3.direct',
    label,
    baseline: side(a),
    latest: side(b),
    change: null,
    direction,
    betterWhen: 'lower',
    summary: describe(label, side(a), side(b), null, direction),
  };
}

const goalKey = (g: GoalRulers) => g.text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Rulers are compared only for a goal with the same wording at both times: numbers alone say nothing. */
function goalChanges(baseline: Scores, latest: Scores): ScoreChange[] {
  const out: ScoreChange[] = [];
  for (const now of latest.goals.goals) {
    const before = baseline.goals.goals.find((g) => goalKey(g) === goalKey(now));
    if (!before) continue;
    const side = (n: number | null): Side => (n === null ? null : { value: n, label: String(n) });
    out.push(numericChange(`goal.importance:${goalKey(now)}`, `Importance of "${now.text}"`, side(before.importance), side(now.importance), 'neither'));
    out.push(numericChange(`goal.confidence:${goalKey(now)}`, `Confidence for "${now.text}"`, side(before.confidence), side(now.confidence), 'higher'));
  }
  return out;
}

/**
 * Per-item change between a baseline and a later assessment's scores. Anxiety and UCLA are
 * better when lower; MHLC has no better direction (it describes beliefs), so it reads higher/lower.
 * Never a composite change: each item stands alone, as each score does.
 */
export function compareScores(baseline: Scores, latest: Scores): ScoreChange[] {
  const changes: ScoreChange[] = ONS4_KEYS.map((key) =>
    numericChange(`ons4.${key}`, ONS4_LABELS[key], onsSide(baseline.ons4.items[key]), onsSide(latest.ons4.items[key]), key === 'anxiety' ? 'lower' : 'higher'),
  );
  changes.push(numericChange('ucla3.total', 'Loneliness (UCLA 3-item, 3–9)', uclaSide(baseline.ucla3.total), uclaSide(latest.ucla3.total), 'lower'));
  changes.push(directChange(baseline, latest));
  for (const key of Object.keys(MHLC_SUBSCALE_LABELS) as MhlcSubscale[]) {
    const side = (s: Scores): Side => {
      const r = s.mhlc.subscales[key];
      return r.scored ? { value: r.sum, label: String(r.sum) } : null;
    };
    changes.push(numericChange(`mhlc.${key}`, `${MHLC_SUBSCALE_LABELS[key]} health locus of control`, side(baseline), side(latest), 'neither'));
  }
  return [...changes, ...goalChanges(baseline, latest)];
}
