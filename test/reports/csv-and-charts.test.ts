import { describe, expect, it } from 'vitest';
import { decodePng, readPngHeader } from '../../manifest/png';
import { buildServiceReport, reportToCsv, reportToLongCsv } from '../../reports';
import { progressChartPng } from '../../reports/charts/progress-chart';
import { chartSvg, renderAllCharts, renderChart } from '../../reports/charts/report-charts';
import { csvField } from '../../reports/csv';
import { buildProgress } from '../../reports/progress';
import { seedDemoAssessments } from '../../scripts/seed-demo';

const all = seedDemoAssessments();
const { report } = buildServiceReport(all, { period: { from: '2026-01-01', to: '2026-12-31' }, generatedAt: '2026-12-31T00:00:00.000Z' });

/** Minimal RFC 4180 reader for the test: quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  return rows;
}

describe('report CSV (long layout: one line per cell)', () => {
  const rows = parseCsv(reportToLongCsv(report));

  it('has one line per published cell, with the published displays only', () => {
    expect(rows[0]).toEqual(['section', 'table', 'row', 'column', 'value']);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const cellCount = report.tables.reduce((n, t) => n + [...t.rows, ...(t.total ? [t.total] : [])].reduce((m, r) => m + r.cells.length, 0), 0);
    expect(rows.length).toBe(1 + 2 + report.headline.length + cellCount + report.notes.length);
    expect(rows).toContainEqual(['Referrals', 'Referrals by source', 'Self-referral', 'Referrals', '<5']);
    expect(rows).toContainEqual(['Referrals', 'Screening outcomes', 'Total', 'Referrals', '240']);
    const lonely = rows.find((r) => r[1] === 'Change from first assessment to latest review' && r[2] === 'Loneliness (UCLA 3-item)' && r[3] === 'Mean change');
    expect(lonely?.[4]).toMatch(/^-\d\.\d$/);
  });

  it('carries no identifiers or free text (either layout)', () => {
    expect(reportToLongCsv(report)).not.toMatch(/aad-demo|DEMO-\d|demo contact|walking group|allotment/);
    const text = reportToCsv(report);
    expect(text).not.toMatch(/aad-demo|DEMO-\d|demo contact|walking group|allotment/);
  });

  it('quotes separators and neutralises spreadsheet formulas, but keeps signed numbers', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1.3')).toBe('-1.3');
    expect(csvField('+0.5')).toBe('+0.5');
  });
});

describe('report charts (PNG rendered on the server)', () => {
  it('renders every chart as a valid PNG of a sensible size', () => {
    const charts = renderAllCharts(report);
    expect(charts.map((c) => c.id)).toContain('outcome-change');
    expect(charts.length).toBeGreaterThanOrEqual(10);
    for (const c of charts) {
      const header = readPngHeader(c.png);
      expect(header.width).toBe(640);
      expect(header.height).toBeGreaterThan(100);
      expect(header.height).toBeLessThan(600);
      expect(c.png.length).toBeGreaterThan(2_000);
      expect(c.png.length).toBeLessThan(120_000);
    }
  });

  it('actually draws bars and text (not a blank image)', () => {
    const png = renderChart(report, 'screening')!.png;
    const img = decodePng(png);
    let brand = 0;
    let dark = 0;
    for (let p = 0; p < img.pixels.length; p += 4) {
      const [r, g, b] = [img.pixels[p]!, img.pixels[p + 1]!, img.pixels[p + 2]!];
      if (Math.abs(r - 0x5b) < 8 && Math.abs(g - 0x5f) < 8 && Math.abs(b - 0xc7) < 8) brand++;
      if (r < 80 && g < 80 && b < 80) dark++;
    }
    expect(brand).toBeGreaterThan(2_000); // the bars
    expect(dark).toBeGreaterThan(300); // the labels
  });

  it('draws no bar for a suppressed value, only its "<5" or "[c]" label', () => {
    const table = report.tables.find((t) => t.id === 'screening')!;
    const svg = chartSvg(table.charts![0]!, table.rows);
    expect(svg).toContain('&lt;5');
    expect(svg).toContain('[c]');
    // Four rows, two suppressed: two bars (plus the white background rectangle).
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });

  it('renders the progress card chart small enough to travel inside a card', () => {
    const baseline = all.find((a) => a.id === 'demo-1')!;
    const reviews = all.filter((a) => a.id.startsWith('demo-1-review'));
    const png = progressChartPng(buildProgress(baseline, reviews, { used: 4, allowed: 6 }));
    expect(readPngHeader(png).width).toBe(440);
    expect(png.length).toBeLessThan(18_000);
  });
});
