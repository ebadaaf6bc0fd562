import { describe, expect, it } from 'vitest';
import { buildServiceReport, type PublishedReport } from '../../reports';
import { seedDemoAssessments } from '../../scripts/seed-demo';
import { expected } from './seed-expectations';

const all = seedDemoAssessments();
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const build = (period: { from: string; to: string }) => buildServiceReport(all, { period, generatedAt: '2026-12-31T00:00:00.000Z' });
const table = (r: PublishedReport, id: string) => r.tables.find((t) => t.id === id)!;
const shown = (r: PublishedReport, id: string, row: string, col = 0) => table(r, id).rows.find((x) => x.label === row)?.cells[col]?.display;

describe('service report aggregates on the seeded dataset (240 referrals, five link workers)', () => {
  const { raw, report } = build(YEAR);
  const e = expected(YEAR.from, YEAR.to);

  it('counts referrals and screening outcomes (hand-checked)', () => {
    // 240 in 2026 (three 2025 referrals and three cancelled starts are left out).
    expect(raw.referrals).toBe(240);
    // i % 10 = 0 → 24 declines; i % 10 = 5 → 24 redirects; i % 80 = 79 → 79, 159, 239 not yet screened.
    expect(raw.screening).toEqual({ accept: 189, decline: 24, redirect: 24, not_screened: 3 });
    expect(raw.accepted).toBe(240 - 24 - 24 - 3);
    expect(raw.screening).toEqual(e.screening);
  });

  it('counts referral sources, with the rare self-referrals suppressed', () => {
    // Self-referral only for i % 60 = 7 (i = 7, 67, 127, 187, all accepted) → 4 → "<5".
    expect(raw.bySource['self']).toBe(4);
    expect(shown(report, 'referrals-by-source', 'Self-referral')).toBe('<5');
    expect(shown(report, 'referrals-by-source', 'Other')).toBe('<5');
    // Not accepted at screening (51) have no source recorded.
    expect(shown(report, 'referrals-by-source', 'Not recorded')).toBe('51');
    const gp = [...Array(240).keys()].filter((i) => i % 80 !== 79 && i % 10 !== 0 && i % 10 !== 5 && i % 60 !== 7 && i % 6 <= 1).length;
    expect(raw.bySource['gp']).toBe(gp);
    expect(shown(report, 'referrals-by-source', 'GP')).toBe(String(gp));
  });

  it('counts needs and barriers, suppressing the three people needing language support', () => {
    expect(raw.barriers['language']).toBe(3);
    expect(shown(report, 'barriers', 'Language')).toBe('<5');
    expect(shown(report, 'barriers', 'Hearing or sight')).toBe('<5');
  });

  it('counts sessions per person against the cap', () => {
    expect(raw.sessions.perPerson.slice().sort()).toEqual(e.perPerson.slice().sort());
    expect({ none: raw.sessions.none, below: raw.sessions.belowCap, at: raw.sessions.atCap, above: raw.sessions.aboveCap }).toEqual(e.buckets);
    const mean = e.perPerson.reduce((a, b) => a + b, 0) / e.perPerson.length;
    expect(report.headline.find((h) => h.label === 'Mean sessions per person')?.cell.display).toBe(mean.toFixed(1));
  });

  it('counts signposts separately from referrals, and safeguarding concerns (hand-checked)', () => {
    // Plans for accepted people with i % 4 ≠ 3; referrals for i % 4 = 0; signposts 1 + i % 3.
    const withPlan = [...Array(240).keys()].filter((i) => i % 80 !== 79 && i % 10 !== 0 && i % 10 !== 5 && i % 4 !== 3);
    expect(raw.resources.withPlan).toBe(withPlan.length);
    expect(raw.resources.signposts).toBe(withPlan.reduce((n, i) => n + 1 + (i % 3), 0));
    expect(raw.resources.referrals).toBe(withPlan.filter((i) => i % 4 === 0).length);
    // i % 37 = 1 → 1, 38, 75, 112, 149, 186, 223 confirmed; i % 53 = 2 → 2, 55, 108, 161, 214 dismissed.
    expect(raw.safeguarding).toEqual({ confirmed: 7, dismissed: 5, people: 7 });
  });

  it('measures change from baseline to the latest review for people with both, per measure with n', () => {
    expect(raw.outcomes.people).toBe(e.outcomesPeople);
    const byId = Object.fromEntries(raw.outcomes.measures.map((m) => [m.measure, [m.n, m.sumChange, m.improved]]));
    expect(byId['ons4.life_satisfaction']).toEqual(e.measures['ls']);
    expect(byId['ons4.worthwhile']).toEqual(e.measures['ww']);
    expect(byId['ons4.happiness']).toEqual(e.measures['hap']);
    expect(byId['ons4.anxiety']).toEqual(e.measures['anx']);
    expect(byId['ucla3.total']).toEqual(e.measures['ucla']);
    const [n, sum, improved] = e.measures['ucla']!;
    const row = table(report, 'outcome-change').rows.find((r) => r.label.startsWith('Loneliness'))!;
    expect(row.cells.map((c) => c.display)).toEqual([
      String(n),
      (Math.round((sum / n) * 10) / 10).toFixed(1),
      String(improved),
      `${Math.round((improved / n) * 100)}%`,
    ]);
  });

  it('shows variation between link workers, as letters, hiding the small caseload and one complement', () => {
    const workers = table(report, 'link-workers');
    expect(workers.rows.map((r) => r.label).sort()).toEqual(['Link worker A', 'Link worker B', 'Link worker C', 'Link worker D', 'Link worker E']);
    const accepted = workers.rows.map((r) => r.cells[0]!.display).sort();
    // Worker E has 3 accepted (i = 236–238) → "<5"; exactly one other caseload is hidden as "[c]".
    expect(accepted.filter((d) => d === '<5')).toHaveLength(1);
    expect(accepted.filter((d) => d === '[c]')).toHaveLength(1);
    const expectedMeans = e.workers.filter((w) => w.accepted >= 5).map((w) => (w.sessions / w.accepted).toFixed(1));
    const shownMeans = workers.rows.map((r) => r.cells[1]!.display).filter((d) => /\d/.test(d));
    expect(shownMeans.every((m) => expectedMeans.includes(m))).toBe(true);
    expect(shownMeans).toHaveLength(3);
    expect(JSON.stringify(report)).not.toMatch(/aad-demo|DEMO-\d|demo contact|walking group/);
  });

  it('follows a shorter period up only to its end (Q1 2026)', () => {
    const q1 = build({ from: '2026-01-01', to: '2026-03-31' }).raw;
    const eq = expected('2026-01-01', '2026-03-31');
    expect(q1.referrals).toBe(90);
    expect(q1.accepted).toBe(eq.accepted);
    expect(q1.sessions.perPerson.slice().sort()).toEqual(eq.perPerson.slice().sort());
    expect(q1.outcomes.people).toBe(eq.outcomesPeople);
    const ls = q1.outcomes.measures.find((m) => m.measure === 'ons4.life_satisfaction')!;
    expect([ls.n, ls.sumChange, ls.improved]).toEqual(eq.measures['ls']);
  });
});
