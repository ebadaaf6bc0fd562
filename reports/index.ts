import type { AssessmentState } from '../dialogs/engine/types';
import { optionsOf, type CompiledScript } from '../dialogs/script/compile';
import { loadDefaultScript } from '../dialogs/scripts/load';
import { aggregate, type RawReport } from './aggregate';
import { selectEpisodes, type ReportPeriod } from './cohort';
import { publishReport } from './publish';
import type { OptionLabels, PublishedReport } from './types';

export type { PublishedReport, ReportTable, ReportRow, ChartSpec } from './types';
export type { ReportPeriod } from './cohort';
export { parsePeriod } from './period';
export { reportToCsv } from './csv';

export interface ReportOptions {
  period: ReportPeriod;
  /** Session cap of the baseline's script version (default 6 as in the default script). */
  capOf?: (a: AssessmentState) => number;
  generatedAt: string;
  /** Where option labels come from; the shipped default script unless given. */
  labelsFrom?: CompiledScript;
}

/** Category names from the script's options: values are script-defined, never free text. */
export function optionLabelsFrom(script: CompiledScript): { labels: OptionLabels; order: (q: string) => string[] } {
  const options = (q: string) => optionsOf(script.byId.get(q));
  return {
    labels: (q, value) => options(q).find((o) => String(o.value) === value)?.label ?? value.replace(/_/g, ' '),
    order: (q) => options(q).map((o) => String(o.value)),
  };
}

let defaultScript: CompiledScript | null = null;

/** All assessments (decrypted, as listAssessments({}) returns them) → the exact and published report. */
export function buildServiceReport(assessments: readonly AssessmentState[], o: ReportOptions): { raw: RawReport; report: PublishedReport } {
  const script = o.labelsFrom ?? (defaultScript ??= loadDefaultScript());
  const episodes = selectEpisodes(assessments, o.period, o.capOf ?? (() => script.script.sessionCap));
  const raw = aggregate(episodes, o.period);
  const { labels, order } = optionLabelsFrom(script);
  return { raw, report: publishReport(raw, { labels, optionOrder: order, generatedAt: o.generatedAt }) };
}
