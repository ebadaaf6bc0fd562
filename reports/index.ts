import type { AssessmentState } from '../dialogs/engine/types';
import { optionsOf, type CompiledScript } from '../dialogs/script/compile';
import { loadDefaultScript } from '../dialogs/scripts/load';
import { aggregate, type RawReport } from './aggregate';
import { breakdowns, type Breakdowns } from './breakdowns';
import { selectEpisodes, type ReportPeriod } from './cohort';
import { loadPracticeTable, type PracticeTable } from './practice-pcn';
import { publishReport } from './publish';
import type { OptionLabels, PublishedReport } from './types';

export type { PublishedReport, ReportTable, ReportRow, ChartSpec } from './types';
export type { ReportPeriod } from './cohort';
export { parsePeriod } from './period';
export { reportToCsv, reportToLongCsv } from './csv';

export interface ReportOptions {
  period: ReportPeriod;
  /** Session cap of the baseline's script version (default 6 as in the default script). */
  capOf?: (a: AssessmentState) => number;
  generatedAt: string;
  /** Where option labels come from; the shipped default script unless given. */
  labelsFrom?: CompiledScript;
  /** Practice → PCN; the configured table (WMA_PRACTICE_PCN_FILE) or the demo one unless given. */
  practices?: PracticeTable;
}

/** The period of the same length that ends the day before `p` starts. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  const day = 86_400_000;
  const from = Date.parse(`${p.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${p.to}T00:00:00Z`) - from) / day) + 1;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(from - days * day), to: iso(from - day) };
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
export function buildServiceReport(assessments: readonly AssessmentState[], o: ReportOptions): { raw: RawReport; extra: Breakdowns; report: PublishedReport } {
  const script = o.labelsFrom ?? (defaultScript ??= loadDefaultScript());
  const capOf = o.capOf ?? (() => script.script.sessionCap);
  const practices = o.practices ?? loadPracticeTable();
  const figures = (period: ReportPeriod) => {
    const episodes = selectEpisodes(assessments, period, capOf);
    return { raw: aggregate(episodes, period), extra: breakdowns(episodes, period, practices) };
  };
  const { raw, extra } = figures(o.period);
  const before = previousPeriod(o.period);
  const { labels, order } = optionLabelsFrom(script);
  const report = publishReport(raw, {
    labels,
    optionOrder: order,
    generatedAt: o.generatedAt,
    extra,
    practices,
    previous: { ...figures(before), period: before },
  });
  return { raw, extra, report };
}
