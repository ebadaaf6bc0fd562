import { MHLC_MIDPOINT, MHLC_SUBSCALE_LABELS, type MhlcScores, type MhlcSubscale } from '../scoring';
import type { LocusOfControlInsight, MhlcLevel, SupportStyle } from './types';

/**
 * Turns the three MHLC subscales into a support-style steer. Every rule is written up in
 * RULES.md with its id (LOC-1…); the thresholds are heuristics relative to the scale midpoint,
 * not published cut-offs, and the subscales are never combined (Wallston).
 */

/** Half a scale point per item (6 items × 0.5): the heuristic gap for "clearly higher" (LOC-6). */
export const CLEARLY_HIGHER_BY = 3;

const ORDER: readonly MhlcSubscale[] = ['internal', 'powerfulOthers', 'chance'];

export function mhlcLevel(sum: number): MhlcLevel {
  if (sum > MHLC_MIDPOINT) return 'above_midpoint';
  if (sum < MHLC_MIDPOINT) return 'below_midpoint';
  return 'at_midpoint';
}

const BELIEF: Record<MhlcSubscale, string> = {
  internal: 'that their own actions shape their health',
  powerfulOthers: 'that other people, such as doctors, nurses and family, shape their health',
  chance: 'that their health is largely down to luck or chance',
};

const MEANING: Record<MhlcLevel, (s: MhlcSubscale) => string> = {
  above_midpoint: (s) => `tends to agree ${BELIEF[s]}`,
  at_midpoint: (s) => `is neither for nor against the idea ${BELIEF[s]}`,
  below_midpoint: (s) => `tends to disagree ${BELIEF[s]}`,
};

/** The practical steer when a subscale is above the midpoint (LOC-2, LOC-3, LOC-4). */
const WHEN_HIGH: Record<MhlcSubscale, { rule: string; text: string; style: Array<keyof SupportStyle> }> = {
  internal: {
    rule: 'LOC-2',
    text: 'May prefer self-directed actions and information they can act on themselves: consider offering choices and written or online information, and letting them lead on next steps.',
    style: ['selfDirected'],
  },
  powerfulOthers: {
    rule: 'LOC-3',
    text: 'May value guidance from people they trust: consider more structured, link-worker-supported steps with agreed check-ins, and offering a supported first attendance (going along the first time, or arranging a personal introduction).',
    style: ['structuredSupport', 'supportedFirstAttendance'],
  },
  chance: {
    rule: 'LOC-4',
    text: 'May feel their health is largely down to luck: consider small, quick wins that are very likely to succeed, to build confidence and self-efficacy, and point out their own part in each success.',
    style: ['quickWins'],
  },
};

/** How to start when one subscale leads but none is above the midpoint (LOC-7). */
const START_WITH: Record<MhlcSubscale, string> = {
  internal: 'self-directed options',
  powerfulOthers: 'more structured, supported steps',
  chance: 'small quick wins',
};

const CAVEAT =
  'The three MHLC subscales are reported separately and never combined into one score or an internal/external label (Wallston). "Above/below the midpoint" compares each sum with 21, the midpoint of 6–36; this is a heuristic, not a published cut-off. Suggestions are for the link worker to explore with the person, not a description of them.';

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** The locus-of-control profile and support-style suggestions for one set of MHLC scores. */
export function interpretMhlc(mhlc: MhlcScores): LocusOfControlInsight {
  const style: SupportStyle = { selfDirected: false, structuredSupport: false, quickWins: false, supportedFirstAttendance: false, agreeTogether: false };
  const rules: string[] = [];
  const suggestions: string[] = [];
  const subscales: LocusOfControlInsight['subscales'] = [];
  const notScored: LocusOfControlInsight['notScored'] = [];

  for (const key of ORDER) {
    const r = mhlc.subscales[key];
    const label = MHLC_SUBSCALE_LABELS[key];
    if (r.scored) subscales.push({ key, label, sum: r.sum, level: mhlcLevel(r.sum), meaning: MEANING[mhlcLevel(r.sum)](key) });
    else notScored.push({ key, label, missingItems: [...r.missingItems, ...r.invalidItems] });
  }

  // LOC-8: without a single scored subscale there is nothing to interpret.
  if (subscales.length === 0) {
    rules.push('LOC-8');
    style.agreeTogether = true;
    suggestions.push('Health locus of control was not scored: consider asking how they would like to be supported and agreeing the style together.');
    return { subscales, notScored, profile: ['Not scored: every subscale has a missing item.'], suggestions, supportStyle: style, rules, caveat: CAVEAT };
  }

  // LOC-1: each subscale against the midpoint, in plain words.
  rules.push('LOC-1');
  const profile = subscales.map((s) => `${s.label} ${s.sum} (${s.level.replace('_', ' the ')} of ${MHLC_MIDPOINT}): ${s.meaning}.`);
  if (notScored.length) {
    rules.push('LOC-8');
    profile.push(`${list(notScored.map((n) => n.label))} not scored (missing or invalid items), so this profile is partial.`);
  }

  // LOC-6: relative position — ranked, and whether the highest clearly leads.
  const ranked = [...subscales].sort((a, b) => b.sum - a.sum);
  const [top, second] = ranked;
  const clearLeader = top && (second === undefined || top.sum - second.sum >= CLEARLY_HIGHER_BY) ? top : undefined;
  if (ranked.length > 1) {
    rules.push('LOC-6');
    profile.push(`Highest to lowest: ${ranked.map((s) => `${s.label} ${s.sum}`).join(', ')}.`);
  }

  const high = subscales.filter((s) => s.level === 'above_midpoint');
  for (const s of high) {
    const steer = WHEN_HIGH[s.key];
    rules.push(steer.rule);
    suggestions.push(steer.text);
    for (const flag of steer.style) style[flag] = true;
  }

  if (high.length >= 2) {
    // LOC-5: several beliefs strong at once — offer a blend rather than pick one for them.
    rules.push('LOC-5');
    const lead =
      clearLeader && high.includes(clearLeader)
        ? ` ${clearLeader.label} is clearly the highest, so that approach may be the best place to start.`
        : ' None clearly leads, so consider asking which of these feels right to them.';
    suggestions.push(`Several beliefs are above the midpoint (${list(high.map((s) => s.label))}): consider combining these approaches.${lead}`);
    const internal = subscales.find((s) => s.key === 'internal');
    if (internal && internal.level !== 'above_midpoint') {
      suggestions.push(
        'Belief in their own actions (Internal) is not among the strong ones: consider noticing and naming what they did in each step that went well, to build a sense that their actions make a difference.',
      );
    }
  } else if (high.length === 0) {
    // LOC-7: no strong belief either way — agree the style together; a clear leader is a gentle hint.
    rules.push('LOC-7');
    style.agreeTogether = true;
    const hint =
      clearLeader && ranked.length > 1
        ? ` Of the three, ${clearLeader.label} is clearly the highest, so ${START_WITH[clearLeader.key]} may be a reasonable place to start.`
        : '';
    suggestions.push(
      `No subscale is above the midpoint: they may not hold strong views about what controls their health. Consider asking how they would like to be supported and agreeing the style together.${hint}`,
    );
  }

  return { subscales, notScored, profile, suggestions, supportStyle: style, rules, caveat: CAVEAT };
}
