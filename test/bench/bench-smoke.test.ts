import { describe, expect, it } from 'vitest';
import { formatTable, rowsFor } from '../../bench/report';
import { runBench, SMOKE, type BenchResult, type Section } from '../../bench/run';
import { isWellFormed, percentile, summarise } from '../../bench/stats';

/**
 * Keeps `npm run bench` from rotting: every section runs at toy size and must produce
 * well-formed figures (finite, not negative, nothing empty) with no failed turns. Nothing here
 * asserts speed — the bench is where speed lives, and CI machines vary.
 */

/** Every number anywhere in the result, with its path, for the well-formedness check. */
function numbers(value: unknown, path = '$'): Array<[string, unknown]> {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

function expectWellFormed(result: BenchResult, sections: readonly Section[]): void {
  expect(result.sectionErrors).toEqual({});
  for (const s of sections) expect(result[s], `section ${s} produced nothing`).toBeDefined();
  const bad = numbers(result).filter(([, v]) => !isWellFormed(v));
  expect(bad).toEqual([]);
  // The table renders a row per figure, and every section appears in it.
  const table = formatTable(rowsFor(result));
  expect(table.split('\n').length).toBeGreaterThan(sections.length);
}

describe('bench statistics', () => {
  it('uses nearest-rank percentiles, so p99 is a latency that really happened', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(Float64Array.from(samples), 50)).toBe(50);
    expect(percentile(Float64Array.from(samples), 99)).toBe(99);
    expect(summarise([3, 1, 2])).toMatchObject({ count: 3, p50: 2, max: 3, mean: 2 });
    expect(summarise([]).count).toBe(0);
    expect(isWellFormed(summarise([]).p50)).toBe(false);
  });
});

describe('bench harness in smoke mode', () => {
  it('in-process sections: matching, drafting, exports and prompt size give well-formed numbers', async () => {
    const sections: Section[] = ['match', 'draft', 'exports', 'llm', 'safeguarding'];
    const r = await runBench(SMOKE, sections);
    expectWellFormed(r, sections);
    expect(r.match!.map((m) => m.services)).toEqual(SMOKE.match.sizes);
    expect(r.match!.every((m) => m.perQueryMs.count === SMOKE.match.queries)).toBe(true);
    // The fake model's reply went through the real LLM drafter, and the tokens it was sent were counted.
    expect(r.llm!.llmDraftsUsed).toBe(SMOKE.llm.people + SMOKE.llm.verbosePeople);
    expect(r.llm!.agreesWithCountPromptTokens).toBe(true);
    expect(r.exports!.bytes.pdf).toBeGreaterThan(0);
  }, 120_000);

  it('HTTP and memory: both bots answer every turn over HTTP, real assessments stay in progress', async () => {
    const sections: Section[] = ['http', 'memory'];
    const r = await runBench(SMOKE, sections);
    expectWellFormed(r, sections);
    // The real bot both ways: turns in the server's thread (the default) and in the turn worker (opt-in).
    for (const bot of [r.http!.echo, r.http!.real, r.http!.realWorker]) {
      expect(bot.errors + bot.unexpected, bot.firstProblem).toBe(0);
      expect(bot.requests).toBeGreaterThanOrEqual(SMOKE.http.maxRequestsPerRound);
    }
    expect(r.memory!.errors + r.memory!.unexpected, r.memory!.firstProblem).toBe(0);
    expect(r.memory!.assessmentsInProgress).toBe(SMOKE.memory.assessments);
    expect(r.memory!.worker!.errors + r.memory!.worker!.unexpected, r.memory!.worker!.firstProblem).toBe(0);
    expect(r.memory!.worker!.assessmentsInProgress).toBe(SMOKE.memory.assessments);
  }, 180_000);

  it('cold start: the tsx start and the precompiled bundle both answer a first turn', async () => {
    const r = await runBench(SMOKE, ['coldStart']);
    expectWellFormed(r, ['coldStart']);
    expect(r.coldStart!.precompileError).toBeUndefined();
    expect(r.coldStart!.precompiledRestartMs?.count).toBe(SMOKE.coldStart.runs);
  }, 240_000);
});
