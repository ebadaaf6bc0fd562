import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentState } from '../../dialogs/engine/types';
import { buildServiceReport, reportToCsv, type PublishedReport } from '../../reports';
import { seedDemoAssessments } from '../../scripts/seed-demo';

/**
 * The commissioner's figures (issue 20) on the seeded demo data, against expectations computed
 * here straight from the assessments — no reports/ code — including the t quantile (numerical
 * integration) and the Wilson interval (solved by bisection).
 */
const all = seedDemoAssessments();
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const { report } = buildServiceReport(all, { period: Q2, generatedAt: '2026-07-01T00:00:00.000Z' });

const table = (r: PublishedReport, id: string) => {
  const t = r.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const cell = (id: string, row: string, col = 0) =>
  table(report, id)
    .rows.concat(table(report, id).total ?? [])
    .find((r) => r.label === row)?.cells[col]?.display;

const day = (iso: string) => iso.slice(0, 10);
const isReview = (a: AssessmentState) => Boolean((a.features as Record<string, unknown> | undefined)?.['review']);
const baselines = (p: { from: string; to: string }) =>
  all.filter((a) => !isReview(a) && a.status !== 'cancelled' && day(a.createdAt) >= p.from && day(a.createdAt) <= p.to);
const answer = (a: AssessmentState, q: string) => a.answers[q]?.value;
const accepted = (p: { from: string; to: string }) => baselines(p).filter((a) => answer(a, 'screen.outcome') === 'accept');
const count = <T>(xs: T[], key: (x: T) => string) => xs.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
/** What the published cell must be for an exact count n (primary suppression; "[c]" allowed for complements). */
const okCell = (shown: string | undefined, n: number) => (n < 5 ? shown === '<5' : shown === String(n) || shown === '[c]');

const reviewsOf = (a: AssessmentState, to: string) =>
  all
    .filter(
      (r) =>
        (r.features as { review?: { baselineId?: string } } | undefined)?.review?.baselineId === a.id &&
        r.status === 'completed' &&
        day(r.completedAt ?? r.updatedAt) <= to,
    )
    .sort((x, y) => (x.completedAt ?? '').localeCompare(y.completedAt ?? ''));

describe('commissioner figures, checked independently (Q2 2026)', () => {
  it('referrals by GP practice and PCN, from the ODS code and the practice table', () => {
    const ods = (a: AssessmentState) =>
      typeof answer(a, 'screen.practice_ods') === 'string' ? String(answer(a, 'screen.practice_ods')).trim().toUpperCase() : 'none';
    const byPractice = count(baselines(Q2), ods);
    const pcnOf = new Map(
      readFileSync('reports/practice-pcn.sample.csv', 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map(([c, , p]) => [c!, p!]),
    );
    for (const [code, n] of Object.entries(byPractice)) {
      const label = table(report, 'referrals-by-practice').rows.find((r) => (code === 'none' ? r.label === 'Not recorded' : r.label.startsWith(code)))?.cells[0]
        ?.display;
      expect(okCell(label, n), `${code}: ${label} vs ${n}`).toBe(true);
    }
    const byPcn = count(baselines(Q2), (a) => (ods(a) === 'none' ? 'Not recorded' : (pcnOf.get(ods(a)) ?? 'Practice not in the PCN table')));
    for (const [pcn, n] of Object.entries(byPcn)) expect(okCell(cell('referrals-by-pcn', pcn), n), pcn).toBe(true);
    expect(cell('referrals-by-pcn', 'Total')).toBe(String(baselines(Q2).length));
  });

  it('age band, gender and ethnic category among accepted people, "not stated" apart from "not asked"', () => {
    const people = accepted(Q2);
    const checks: Array<[string, string, Record<string, string>]> = [
      ['age-band', 'about.age_band', { age_55_64: '55 to 64', age_65_74: '65 to 74', not_stated: 'Not stated (prefer not to say)' }],
      ['gender', 'about.sex', { female: 'Female', male: 'Male' }],
      ['ethnic-category', 'about.ethnicity', { a_white_british: 'White: British', z_not_stated: 'Not stated (prefer not to say)' }],
    ];
    for (const [id, q, labels] of checks) {
      const counts = count(people, (a) => String(answer(a, q) ?? 'none'));
      for (const [value, label] of Object.entries(labels)) expect(okCell(cell(id, label), counts[value] ?? 0), `${id} ${label}`).toBe(true);
      expect(okCell(cell(id, 'Not asked or skipped'), counts['none'] ?? 0), `${id} skipped`).toBe(true);
      expect(cell(id, 'Total')).toBe(String(people.length));
    }
  });

  it('monthly trend and the comparison with the previous period of the same length', () => {
    const months = count(baselines(Q2), (a) => a.createdAt.slice(0, 7));
    expect(table(report, 'monthly-trend').rows.map((r) => [r.label, r.cells[0]!.display])).toEqual([
      ['Apr 2026', String(months['2026-04'])],
      ['May 2026', String(months['2026-05'])],
      ['Jun 2026', String(months['2026-06'])],
    ]);
    // 91 days: the previous period is 2025-12-31 to 2026-03-31.
    const previous = { from: '2025-12-31', to: '2026-03-31' };
    expect(table(report, 'previous-period').title).toBe(`This period and ${previous.from} to ${previous.to}`);
    const before = baselines(previous).length;
    const now = baselines(Q2).length;
    expect(table(report, 'previous-period').rows[0]!.cells.map((c) => c.display)).toEqual([
      String(now),
      String(before),
      `${now - before > 0 ? '+' : ''}${now - before}`,
    ]);
  });

  it('wait from referral received to first contact, and exit reasons', () => {
    const waits: number[] = [];
    let waiting = 0;
    for (const a of accepted(Q2)) {
      const first = (a.features!['sessions'] as { contacts: Array<{ date: string }> }).contacts
        .map((c) => c.date)
        .filter((d) => d <= Q2.to)
        .sort()[0];
      if (first) waits.push((Date.parse(first) - Date.parse(day(a.createdAt))) / 86_400_000);
      else waiting += 1;
    }
    const sorted = [...waits].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    expect(report.headline.find((h) => h.label === 'Median days to first contact')?.cell.display).toBe(String(median));
    expect(okCell(cell('wait-first-contact', 'Within a week (0–7 days)'), waits.filter((w) => w <= 7).length)).toBe(true);
    expect(okCell(cell('wait-first-contact', 'Not contacted yet'), waiting)).toBe(true);
    expect(table(report, 'wait-first-contact').note).toContain(`mean ${(waits.reduce((a, b) => a + b, 0) / waits.length).toFixed(1)} days`);
    const discharged = accepted(Q2).filter((a) =>
      reviewsOf(a, Q2.to).some((r) => (r.features as { review: { kind: string } }).review.kind === 'discharge'),
    ).length;
    expect(okCell(cell('exit-reasons', 'Discharged after a review'), discharged)).toBe(true);
  });

  it('counts matching the national codes, and the script version and cap in force', () => {
    const reviews = baselines(Q2).reduce((n, a) => n + reviewsOf(a, Q2.to).length, 0);
    expect(cell('national-codes', '871731000000106 Referral to social prescribing service (procedure)')).toBe(String(baselines(Q2).length));
    expect(
      okCell(
        cell('national-codes', '871711000000103 Social prescribing declined (situation)'),
        baselines(Q2).filter((a) => answer(a, 'screen.outcome') === 'decline').length,
      ),
    ).toBe(true);
    expect(cell('national-codes', '425268008 Review of care plan (procedure)')).toBe(String(reviews));
    expect(table(report, 'script-versions').rows.map((r) => [r.label, r.cells[0]!.display])).toEqual([
      ['what_matters_default v1 · cap 6 sessions', String(baselines(Q2).length)],
    ]);
  });

  it('mean change with a 95% t interval, and the share moving out of low wellbeing with a Wilson interval', () => {
    const pairs = accepted(Q2)
      .map((a) => [a, reviewsOf(a, Q2.to).at(-1)] as const)
      .filter((p): p is readonly [AssessmentState, AssessmentState] => p[1] !== undefined);
    const changes = pairs.map(([b, r]) => Number(answer(r, 'ons4.life_satisfaction')) - Number(answer(b, 'ons4.life_satisfaction')));
    const n = changes.length;
    const mean = changes.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(changes.reduce((a, c) => a + (c - mean) ** 2, 0) / (n - 1));
    const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
    const fmt = (x: number) => {
      const r = Math.round(x * 10) / 10;
      return r > 0 ? `+${r.toFixed(1)}` : r.toFixed(1);
    };
    const row = table(report, 'outcome-change-ci').rows.find((r) => r.label === 'Life satisfaction (ONS4)')!;
    expect(row.cells.map((c) => c.display)).toEqual([String(n), fmt(mean), fmt(mean - half), fmt(mean + half)]);

    // Out of low wellbeing (ONS bands): life satisfaction low at 0–4, anxiety high at 6–10.
    const bands: Array<[string, string, (v: number) => boolean]> = [
      ['Life satisfaction', 'ons4.life_satisfaction', (v) => v <= 4],
      ['Anxiety', 'ons4.anxiety', (v) => v >= 6],
    ];
    let fullyChecked = 0;
    for (const [label, q, isLow] of bands) {
      const low = pairs.filter(([b]) => isLow(Number(answer(b, q))));
      const out = low.filter(([, r]) => !isLow(Number(answer(r, q)))).length;
      const cells = table(report, 'low-wellbeing')
        .rows.find((r) => r.label.startsWith(label))!
        .cells.map((c) => c.display);
      if (out < 5 || low.length - out < 5) {
        // Small numbers: the count and the share are hidden, never shown exactly.
        expect(cells[1] === '<5' || cells[1] === '[c]').toBe(true);
        expect(cells[3]).toBe('–');
        continue;
      }
      const [lo, hi] = wilsonByBisection(out, low.length);
      expect(cells).toEqual([
        String(low.length),
        String(out),
        `${Math.round((out / low.length) * 100)}%`,
        `${Math.round(lo * 100)}% to ${Math.round(hi * 100)}%`,
      ]);
      fullyChecked += 1;
    }
    expect(fullyChecked).toBeGreaterThan(0);
  });

  it('the wide CSV has each table as a block with its own columns', () => {
    const lines = reportToCsv(report).split('\r\n');
    const at = lines.indexOf('Monthly trend: Month by month');
    expect(lines[at + 1]).toBe(',Referrals received,Accepted,First contacts,Reviews completed');
    expect(lines[at + 2]).toMatch(/^Apr 2026,\d+,\d+,\d+,(\d+|<5|\[c\])$/);
    expect(lines).toContain('Who the service reached: Ethnic category');
  });
});

/** t(0.975, df) by integrating Student's t density (Simpson's rule) and bisecting on the CDF. */
function tQuantile975(df: number): number {
  const lgamma = (x: number): number => {
    // Lanczos approximation.
    const g = 7;
    const c = [
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
      9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
    x -= 1;
    let a = c[0]!;
    const t = x + g + 0.5;
    for (let i = 1; i < g + 2; i++) a += c[i]! / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  };
  const k = Math.exp(lgamma((df + 1) / 2) - lgamma(df / 2)) / Math.sqrt(df * Math.PI);
  const density = (x: number) => k * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const area = (b: number) => {
    const steps = 2000;
    const h = b / steps;
    let s = density(0) + density(b);
    for (let i = 1; i < steps; i++) s += density(i * h) * (i % 2 ? 4 : 2);
    return (s * h) / 3;
  };
  let lo = 0;
  let hi = 20;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (area(mid) < 0.475) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The Wilson interval's ends are the p with |k/n − p| = 1.96·√(p(1−p)/n); found by bisection. */
function wilsonByBisection(k: number, n: number): [number, number] {
  const z = 1.959964;
  const f = (p: number) => Math.abs(k / n - p) - z * Math.sqrt((p * (1 - p)) / n);
  const root = (a: number, b: number) => {
    for (let i = 0; i < 80; i++) {
      const m = (a + b) / 2;
      if (Math.sign(f(m)) === Math.sign(f(a))) a = m;
      else b = m;
    }
    return (a + b) / 2;
  };
  const p = k / n;
  return [k === 0 ? 0 : root(0, p), k === n ? 1 : root(p, 1)];
}
