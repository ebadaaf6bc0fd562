import type { ProgressSummary } from '../progress';
import { svgToPng } from './png';
import { circle, clip, COLOURS, line, rect, svgDocument, text } from './svg';

/**
 * The progress card's small chart: one row per scored measure, each on its own scale, a grey dot
 * at the first assessment and a coloured dot at the latest review (green better, amber worse).
 * Kept small (and flat-coloured, so it compresses) because it travels inside the card as a data URI.
 */
const WIDTH = 440;
const LABEL_W = 150;
const TRACK_X = LABEL_W + 14;
const TRACK_W = WIDTH - TRACK_X - 40;
const ROW_H = 30;
const TOP = 14;

const SHORT: Record<string, string> = {
  'ons4.life_satisfaction': 'Life satisfaction',
  'ons4.worthwhile': 'Worthwhile',
  'ons4.happiness': 'Happiness',
  'ons4.anxiety': 'Anxiety',
  'ucla3.total': 'Loneliness (UCLA)',
};

export function progressChartSvg(p: ProgressSummary): string {
  const rows = p.measures.filter((m) => m.range && (m.baselineValue !== null || m.latestValue !== null));
  const height = TOP + rows.length * ROW_H + 28;
  const body: string[] = [];
  rows.forEach((m, i) => {
    const [lo, hi] = m.range!;
    const y = TOP + i * ROW_H + 12;
    const x = (v: number) => TRACK_X + ((v - lo) / (hi - lo)) * TRACK_W;
    body.push(text(LABEL_W, y + 4, clip(SHORT[m.measure] ?? m.label, 22), { anchor: 'end' }));
    body.push(rect(TRACK_X, y - 1, TRACK_W, 2, COLOURS.grid));
    body.push(
      text(TRACK_X, y + 15, String(lo), { size: 9, fill: COLOURS.muted, anchor: 'middle' }),
      text(TRACK_X + TRACK_W, y + 15, String(hi), { size: 9, fill: COLOURS.muted, anchor: 'middle' }),
    );
    const colour = m.direction === 'improved' ? COLOURS.better : m.direction === 'worse' ? COLOURS.worse : COLOURS.same;
    if (m.baselineValue !== null && m.latestValue !== null) body.push(line(x(m.baselineValue), y, x(m.latestValue), y, colour, 3));
    if (m.baselineValue !== null) body.push(circle(x(m.baselineValue), y, 6, COLOURS.baseline));
    if (m.latestValue !== null) body.push(circle(x(m.latestValue), y, 6, colour));
    body.push(text(WIDTH - 6, y + 4, `${m.baselineValue ?? '–'}→${m.latestValue ?? '–'}`, { size: 11, anchor: 'end' }));
  });
  const foot = TOP + rows.length * ROW_H + 16;
  body.push(circle(16, foot - 4, 5, COLOURS.baseline), text(26, foot, 'first assessment', { size: 11, fill: COLOURS.muted }));
  body.push(circle(150, foot - 4, 5, COLOURS.better), text(160, foot, 'latest (green better, amber worse)', { size: 11, fill: COLOURS.muted }));
  return svgDocument(WIDTH, height, body);
}

export function progressChartPng(p: ProgressSummary): Buffer {
  return svgToPng(progressChartSvg(p));
}

export function progressChartDataUri(p: ProgressSummary): string {
  return `data:image/png;base64,${progressChartPng(p).toString('base64')}`;
}
