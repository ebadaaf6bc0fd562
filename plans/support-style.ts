/**
 * The support style the plan is drafted in, as dialogs/insight works it out from the health
 * locus-of-control profile. The drafter only needs these four switches; it never reads MHLC
 * scores itself (scores and their interpretation live in one place).
 */
export interface SupportStyle {
  /** Strong Internal: information and self-led actions, signposts. */
  selfDirected: boolean;
  /** Strong Powerful Others: link-worker-supported steps, referrals. */
  structuredSupport: boolean;
  /** Strong Chance: small early steps that show change is possible. */
  quickWins: boolean;
  /** The link worker goes along the first time. */
  supportedFirstAttendance: boolean;
}

/** What the drafter reads from the insight — structurally a subset of buildInsight's result. */
export interface PlanInsight {
  supportStyle: SupportStyle;
  /** The insight's own worded suggestions ("May prefer…"), carried into the plan when given. */
  locusOfControl?: { suggestions: readonly string[] };
}

export const NEUTRAL_STYLE: SupportStyle = { selfDirected: false, structuredSupport: false, quickWins: false, supportedFirstAttendance: false };

/** Lines for the plan's "support style" so the link worker sees why the plan is shaped as it is. */
export function describeSupportStyle(style: SupportStyle, anxietyBarrier: boolean, insightLines: readonly string[] = []): string[] {
  const lines: string[] = [];
  if (style.structuredSupport) lines.push('Structured support: the link worker makes referrals and supports the first steps (Powerful Others profile).');
  if (style.selfDirected) lines.push('Self-directed: information and contact details to follow up independently (Internal profile).');
  if (style.quickWins) lines.push('Quick wins: small first steps early on, to show change is possible (Chance profile).');
  if (style.supportedFirstAttendance || anxietyBarrier)
    lines.push(`Supported first attendance: the link worker goes along the first time${anxietyBarrier ? ' (anxiety about new places)' : ''}.`);
  if (lines.length === 0) lines.push('No strong preference in the locus-of-control profile: agree the level of support together.');
  // The insight's wording is the interpretation of record; ours only says how the plan applied it.
  return [...insightLines.map((l) => l.slice(0, 400)), ...lines].slice(0, 8);
}
