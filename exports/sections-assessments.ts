import type { MhlcSubscale, NotScored, Ons4Key, Scores } from '../dialogs/scoring';
import { MHLC_SUBSCALE_LABELS, MHLC_SUBSCALE_MAX, MHLC_SUBSCALE_MIN, ONS4_KEYS } from '../dialogs/scoring';
import { ONS4_BAND_LABELS, anxietyBand, positiveBand } from '../dialogs/scoring/ons4';
import { bullet, line, type Line, type Section } from './layout';

/**
 * The assessments section: each instrument with its results as dialogs/scoring computed them,
 * its reading rules (ONS4 items separately, MHLC subscales never combined) and its citation.
 */

const ONS4_LABELS: Record<Ons4Key, string> = {
  life_satisfaction: 'Life satisfaction',
  worthwhile: 'Worthwhile',
  happiness: 'Happiness yesterday',
  anxiety: 'Anxiety yesterday (higher is worse)',
};

export function notScoredText(r: NotScored): string {
  const parts: string[] = [];
  if (r.missingItems.length) parts.push(`${r.missingItems.length} item(s) not answered`);
  if (r.invalidItems.length) parts.push(`${r.invalidItems.length} item(s) with a value out of range`);
  return `not scored (${parts.join(', ') || 'no answers'})`;
}

const source = (citation: string): Line => line(`Source: ${citation}`, 1);

/** "0-4 Low, 5-6 Medium, ..." derived from the scoring functions, so the legend cannot drift from the bands. */
export function bandLegend(band: (v: number) => keyof typeof ONS4_BAND_LABELS): string {
  const runs: Array<{ from: number; to: number; label: string }> = [];
  for (let v = 0; v <= 10; v++) {
    const label = ONS4_BAND_LABELS[band(v)];
    const last = runs.at(-1);
    if (last && last.label === label) last.to = v;
    else runs.push({ from: v, to: v, label });
  }
  return runs.map((r) => `${r.from === r.to ? r.from : `${r.from}-${r.to}`} ${r.label.toLowerCase()}`).join(', ');
}

/**
 * What each MHLC subscale measures, in words a GP can use (after the item wording in
 * shared/reference/instruments.md §2). Higher means a stronger belief; there are no cut-offs.
 */
export const MHLC_MEANING: Record<MhlcSubscale, string> = {
  internal: "belief that the person's own actions decide their health",
  chance: 'belief that health is down to luck, fate or chance',
  powerfulOthers: 'belief that doctors, other professionals or family control their health',
};

function ons4(scores: Scores): Line[] {
  const lines: Line[] = [line(`${scores.ons4.name} - each item 0-10, reported separately (ONS publishes no total)`)];
  for (const key of ONS4_KEYS) {
    const r = scores.ons4.items[key];
    lines.push(bullet(`${ONS4_LABELS[key]}: ${r.scored ? `${r.value}/10, ${r.bandLabel} (ONS band)` : notScoredText(r)}`, 1));
  }
  lines.push(line(`ONS bands: ${bandLegend(positiveBand)}; anxiety (higher is worse): ${bandLegend(anxietyBand)}.`, 1));
  lines.push(source(scores.ons4.citation));
  return lines;
}

function ucla3(scores: Scores): Line[] {
  const u = scores.ucla3;
  const total = u.total.scored ? `${u.total.total} (range 3-9, higher is lonelier)` : notScoredText(u.total);
  return [
    line(u.name),
    bullet(`UCLA 3-item total: ${total}`, 1),
    bullet(`Direct question "How often do you feel lonely?": ${u.direct ? u.direct.label : 'not answered'} (reported on its own, not added to the total)`, 1),
    ...(u.lonelinessType ? [bullet(`Type of loneliness (link worker's classification, not a scored scale): ${u.lonelinessType.label}`, 1)] : []),
    source(u.citation),
  ];
}

function mhlc(scores: Scores): Line[] {
  const subscales: MhlcSubscale[] = ['internal', 'chance', 'powerfulOthers'];
  return [
    line(`${scores.mhlc.name} - three subscales, ${MHLC_SUBSCALE_MIN}-${MHLC_SUBSCALE_MAX} each, never combined`),
    ...subscales.map((s) => {
      const r = scores.mhlc.subscales[s];
      return bullet(`${MHLC_SUBSCALE_LABELS[s]}: ${r.scored ? `${r.sum} of ${MHLC_SUBSCALE_MAX}` : notScoredText(r)} - ${MHLC_MEANING[s]}`, 1);
    }),
    line(`Higher means a stronger belief. Beliefs about health, not a diagnosis: there are no cut-offs, and the three are never added together.`, 1),
    source(scores.mhlc.citation),
  ];
}

function rulers(scores: Scores): Line[] {
  if (scores.goals.goals.length === 0) return [];
  const n = (v: number | null) => (v === null ? 'not answered' : `${v}/10`);
  return [
    line(`${scores.goals.name} (1-10)`),
    ...scores.goals.goals.map((g) => bullet(`Goal ${g.number} "${g.text}": importance ${n(g.importance)}, confidence ${n(g.confidence)}`, 1)),
    source(scores.goals.citation),
  ];
}

export function assessmentsSection(scores: Scores): Section {
  return {
    key: 'assessments',
    title: 'Assessments',
    lines: [
      ...ons4(scores),
      ...ucla3(scores),
      ...mhlc(scores),
      ...rulers(scores),
      line('These scales have no SNOMED CT concept: the scores are recorded here as text.'),
    ],
  };
}
