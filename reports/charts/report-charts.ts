import type { Cell } from '../suppress';
import type { ChartSpec, PublishedReport, ReportRow, ReportTable } from '../types';
import { svgToPng } from './png';
import { clip, COLOURS, line, niceMax, rect, svgDocument, text } from './svg';

/**
 * Report charts, drawn only from the published (suppressed) cells: a suppressed value has no
 * bar and reads "<5" or "[c]", so a chart can never reveal more than the table beside it.
 */
const WIDTH = 640;
const LABEL_W = 230;
const BAR_X = LABEL_W + 16;
const BAR_W = WIDTH - BAR_X - 70;
const ROW_H = 26;
const TOP = 44;

function rowColour(kind: ChartSpec['kind'], better: 'higher' | 'lower' | undefined, value: number): string {
  if (kind === 'bar') return COLOURS.bar;
  if (value === 0 || !better) return COLOURS.same;
  return value > 0 === (better === 'higher') ? COLOURS.better : COLOURS.worse;
}

export function chartSvg(spec: ChartSpec, rows: ReportRow[]): string {
  const cells: Array<{ label: string; cell: Cell; better: 'higher' | 'lower' | undefined }> = rows.map((r) => ({
    label: r.label,
    cell: r.cells[spec.column] ?? { display: '–', value: null },
    better: r.better ?? spec.better,
  }));
  const height = TOP + cells.length * ROW_H + 46;
  const values = cells.map((c) => c.cell.value).filter((v): v is number => v !== null);
  const body: string[] = [text(16, 26, spec.title, { size: 16, weight: 'bold' })];
  const change = spec.kind === 'change';
  const max = niceMax(Math.max(0, ...values.map((v) => Math.abs(v))));
  const zeroX = change ? BAR_X + BAR_W / 2 : BAR_X;
  // Room for the value label beyond the longest bar on either side.
  const scale = (change ? BAR_W / 2 - 44 : BAR_W) / max;
  body.push(line(zeroX, TOP - 6, zeroX, TOP + cells.length * ROW_H, COLOURS.grid));
  cells.forEach((c, i) => {
    const y = TOP + i * ROW_H;
    body.push(text(LABEL_W, y + 17, clip(c.label, 34), { anchor: 'end' }));
    const v = c.cell.value;
    if (v === null) {
      body.push(text(zeroX + (change ? 6 : 4), y + 17, c.cell.display, { fill: COLOURS.muted }));
      return;
    }
    const w = Math.abs(v) * scale;
    const x = change && v < 0 ? zeroX - w : zeroX;
    body.push(rect(x, y + 5, w, ROW_H - 10, rowColour(spec.kind, c.better, v)));
    const labelX = change && v < 0 ? x - 4 : x + w + 4;
    body.push(text(labelX, y + 17, c.cell.display, { anchor: change && v < 0 ? 'end' : 'start' }));
  });
  const foot = TOP + cells.length * ROW_H + 20;
  const axis = change ? `${spec.unit}: −${max} to +${max}; green = change in the better direction` : `${spec.unit} (axis 0–${max})`;
  body.push(text(16, foot, axis, { size: 11, fill: COLOURS.muted }));
  body.push(text(16, foot + 16, 'Counts under 5 shown as <5; [c] hidden so small counts cannot be worked out.', { size: 11, fill: COLOURS.muted }));
  return svgDocument(WIDTH, height, body);
}

export interface RenderedChart {
  id: string;
  title: string;
  tableId: string;
  png: Buffer;
}

export function chartsOf(report: PublishedReport): Array<{ spec: ChartSpec; table: ReportTable }> {
  return report.tables.flatMap((table) => (table.charts ?? []).map((spec) => ({ spec, table })));
}

export function renderChart(report: PublishedReport, id: string): RenderedChart | null {
  const found = chartsOf(report).find((c) => c.spec.id === id);
  if (!found) return null;
  return { id, title: found.spec.title, tableId: found.table.id, png: svgToPng(chartSvg(found.spec, found.table.rows)) };
}

export function renderAllCharts(report: PublishedReport): RenderedChart[] {
  return chartsOf(report).map(({ spec, table }) => ({ id: spec.id, title: spec.title, tableId: table.id, png: svgToPng(chartSvg(spec, table.rows)) }));
}
