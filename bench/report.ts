import type { BenchResult } from './run';
import type { MemoryRun } from './sections/memory';
import type { Summary } from './stats';

/**
 * The printed table: one row per figure, with its target and whether this run met it. The same
 * rows go into the JSON (`targets`), so BENCHMARKS.md and CI can read pass/miss without parsing text.
 */
export interface Row {
  section: string;
  metric: string;
  value: string;
  target: string;
  met: boolean | null;
}

const MIB_TO_MB = 1.048576;
const ms = (n: number) => (n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`);
const pq = (s: Summary) => `p50 ${ms(s.p50)} · p99 ${ms(s.p99)}`;
const int = (n: number) => Math.round(n).toLocaleString('en-GB');

export function rowsFor(r: BenchResult): Row[] {
  const rows: Row[] = [];
  const add = (section: string, metric: string, value: string, target = '', met: boolean | null = null) => rows.push({ section, metric, value, target, met });
  if (r.http) {
    const h = r.http;
    const line = (x: typeof h.echo) =>
      `${x.turnsPerSecond.toFixed(0)} turns/s · ${pq(x.latencyMs)} · ${x.serverCpuMsPerTurn.toFixed(2)} ms CPU/turn · ${int(x.meanReplyBytes ?? 0)} B/reply · ${x.errors + x.unexpected} failed of ${int(x.requests)}`;
    add('HTTP turns', `echo bot (floor), c=${h.concurrency}`, line(h.echo));
    add('HTTP turns', `real bot, c=${h.concurrency}`, line(h.real));
    // Issue 22: ≥ 50 % of the floor is the target, 60 % the stretch.
    add(
      'HTTP turns',
      'throughput real/echo',
      `${(h.throughputRatio * 100).toFixed(0)} %${h.throughputRatio >= 0.6 ? ' (stretch 60 % met)' : ''}`,
      '≥ 50 %',
      h.throughputRatio >= 0.5,
    );
    add('HTTP turns', 'p99 real/echo', `${h.p99Ratio.toFixed(2)}×`, '≤ 2×', h.p99Ratio <= 2);
    add('HTTP turns', 'p50 real/echo', `${h.p50Ratio.toFixed(2)}×`);
    // The opt-in (WMA_TURN_WORKER=1): shown beside the default, which the targets are judged on.
    if (h.realWorker) {
      add('HTTP turns', `real bot, turn worker (WMA_TURN_WORKER=1, opt-in), c=${h.concurrency}`, line(h.realWorker));
      add('HTTP turns', 'turn worker: throughput / p99 against echo', `${(h.workerThroughputRatio * 100).toFixed(0)} % · ${h.workerP99Ratio.toFixed(2)}×`);
    }
  }
  for (const m of r.match ?? []) {
    const target = m.services >= 100_000 ? 'p99 ≤ 10 ms' : '';
    add(
      'Matching',
      `${int(m.services)} services (index built in ${ms(m.indexBuildMs)})`,
      `${pq(m.perQueryMs)} · scan baseline p50 ${ms(m.scanPerQueryMs.p50)} (${m.speedupP50.toFixed(0)}× faster)${m.agreesWithScan ? '' : ' · DIFFERS from scan'}`,
    );
    // Issue 15: the target includes resolving the typed place (town, district or misspelt) first.
    add(
      'Matching',
      `${int(m.services)} services, place text resolved + matched (gazetteer built in ${ms(m.gazetteerBuildMs)})`,
      pq(m.withPlaceMs),
      target,
      target ? m.withPlaceMs.p99 <= 10 : null,
    );
    if (m.withPlaceCpuMs) add('Matching', `${int(m.services)} services, same path, CPU time per query (not waiting for a core)`, pq(m.withPlaceCpuMs));
  }
  if (r.draft) add('Plan drafting', `draftPlan, ${r.draft.people} people`, pq(r.draft.draftPlanMs), 'p99 ≤ 20 ms', r.draft.draftPlanMs.p99 <= 20);
  if (r.draft) add('Plan drafting', `insight + match (${int(r.draft.directoryServices)}) + draft`, pq(r.draft.insightMatchDraftMs));
  if (r.memory) {
    const m = r.memory;
    const run = (x: MemoryRun) =>
      `${(x.rssMiB * MIB_TO_MB).toFixed(0)} MB (idle ${(x.rssIdleMiB * MIB_TO_MB).toFixed(0)} MB, peak ${(x.peakRssMiB * MIB_TO_MB).toFixed(0)} MB)`;
    const mb = m.rssMiB * MIB_TO_MB;
    add('Memory', `RSS, npm start (built bundle), ${int(m.assessmentsInProgress)} assessments in progress`, run(m), '≤ 200 MB', mb <= 200);
    const p = m.precompiled;
    if (p) add('Memory', `RSS, start:prod bundle, ${int(p.assessmentsInProgress)} in progress`, run(p), '≤ 200 MB', p.rssMiB * MIB_TO_MB <= 200);
    else add('Memory', 'RSS, start:prod', 'the same command as npm start (node flags and bundle): the row above', '≤ 200 MB', mb <= 200);
    if (m.dev)
      add(
        'Memory',
        `RSS, npm run dev (tsx), ${int(m.dev.assessmentsInProgress)} in progress`,
        `${run(m.dev)}, with esbuild helper ${(m.dev.processTreeRssMiB * MIB_TO_MB).toFixed(0)} MB`,
      );
    if (m.worker)
      add('Memory', `RSS, npm start with the turn worker (WMA_TURN_WORKER=1, opt-in), ${int(m.worker.assessmentsInProgress)} in progress`, run(m.worker));
  }
  if (r.coldStart) {
    const c = r.coldStart;
    const med = (s: Summary) => `median ${ms(s.p50)} (max ${ms(s.max)})`;
    const b = `build median ${ms(c.npmStartBuildMs.p50)}`;
    add('Cold start', 'npm start (build + bundle), empty data folder', `${med(c.npmStartFirstStartMs)}; ${b}`, '≤ 2 s', c.npmStartFirstStartMs.p50 <= 2000);
    add('Cold start', 'npm start (build + bundle), restart', `${med(c.npmStartRestartMs)}; ${b}`, '≤ 2 s', c.npmStartRestartMs.p50 <= 2000);
    if (c.precompiledFirstStartMs && c.precompiledRestartMs) {
      add('Cold start', 'start:prod bundle, empty data folder', med(c.precompiledFirstStartMs), '≤ 2 s', c.precompiledFirstStartMs.p50 <= 2000);
      add(
        'Cold start',
        'start:prod bundle, restart',
        `${med(c.precompiledRestartMs)}; server CPU median ${ms(c.precompiledRestartCpuMs.p50)}`,
        '≤ 2 s',
        c.precompiledRestartMs.p50 <= 2000,
      );
    } else add('Cold start', 'start:prod bundle', `not measured: ${c.precompileError ?? 'unknown'}`);
    if (c.dev) {
      add('Cold start', 'npm run dev (tsx), empty data folder', med(c.dev.firstStartMs));
      add('Cold start', 'npm run dev (tsx), restart', `${med(c.dev.restartMs)}; server CPU median ${ms(c.dev.restartCpuMs.p50)}`);
    }
    const f = c.firstTurns;
    for (const name of Object.keys(f.steps))
      if (f.first[name] && f.warm[name])
        add('First turns', `start:prod, ${name}, first conversation after listening / warm`, `median ${ms(f.first[name].p50)} / ${ms(f.warm[name].p50)}`);
    add('First turns', 'start:prod, slowest turn of the conversation, first / warm', `median ${ms(f.firstSlowestMs.p50)} / ${ms(f.warmSlowestMs.p50)}`);
  }
  if (r.exports) {
    const e = r.exports;
    add('Exports', 'text summary', pq(e.textMs));
    add('Exports', 'PDF letter', `${pq(e.pdfMs)} · ${int(e.bytes.pdf / 1024)} KiB`);
    add('Exports', 'FHIR bundle', `${pq(e.fhirMs)} · ${int(e.bytes.fhir / 1024)} KiB`);
    add('Exports', 'text + PDF + FHIR, one plan', pq(e.allThreeMs));
  }
  if (r.llm) {
    const l = r.llm;
    add(
      'LLM prompt',
      `tokens per plan, ${l.ordinary.plans} people`,
      `p50 ${int(l.ordinary.tokens.p50)} · max ${int(l.ordinary.tokens.max)}`,
      '≤ 3,000',
      l.ordinary.tokens.max <= 3000,
    );
    add(
      'LLM prompt',
      `tokens, ${l.verbose.plans} verbose people (worst case)`,
      `p50 ${int(l.verbose.tokens.p50)} · max ${int(l.verbose.tokens.max)}`,
      '≤ 3,000',
      l.verbose.tokens.max <= 3000,
    );
  }
  if (r.safeguarding) {
    const g = r.safeguarding;
    add('Safeguarding', `rules, ms/message, ${int(g.statements)} corpus statements`, `mean ${ms(g.plainMs.mean)} · ${pq(g.plainMs)}`);
    add('Safeguarding', `rules, ms/message, ${int(g.disguised)} disguised variants`, `mean ${ms(g.disguisedMs.mean)} · ${pq(g.disguisedMs)}`);
    add('Safeguarding', 'disguised / plain time, same run', `${g.disguisedToPlain.toFixed(2)} ×`, '≤ 4 ×', g.disguisedToPlain <= 4);
    add(
      'Safeguarding',
      `second-opinion prompt tokens per message (${g.tokenizer})`,
      `p50 ${int(g.promptTokens.p50)} · max ${int(g.promptTokens.max)}`,
      '≤ 1,000',
      g.promptTokens.max <= 1000,
    );
  }
  for (const [section, error] of Object.entries(r.sectionErrors)) add(section, 'FAILED', (error ?? '').split('\n')[0] ?? '', '', false);
  return rows;
}

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.section, r.metric, r.value, r.target, r.met === null ? '' : r.met ? 'met' : 'MISSED']);
  const head = ['Section', 'Measure', 'Result', 'Target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
