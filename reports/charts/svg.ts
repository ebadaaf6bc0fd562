/**
 * Tiny SVG builders for the report and progress charts. Charts are drawn as SVG (exact, testable
 * text) and rasterised to PNG in png.ts; every text passes through escapeXml.
 */
export const COLOURS = {
  ink: '#242424',
  muted: '#616161',
  grid: '#e0e0e0',
  bar: '#5b5fc7',
  better: '#107c10',
  worse: '#b35900',
  same: '#8a8a8a',
  baseline: '#a0a0a0',
  background: '#ffffff',
};

export const FONT_FAMILY = 'DejaVu Sans';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Charts have little room: long category names are cut with an ellipsis. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function text(
  x: number,
  y: number,
  value: string,
  o: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold'; fill?: string } = {},
): string {
  const font = `font-family="${FONT_FAMILY}" font-size="${o.size ?? 12}"${o.weight ? ` font-weight="${o.weight}"` : ''}`;
  return `<text x="${num(x)}" y="${num(y)}" ${font} fill="${o.fill ?? COLOURS.ink}" text-anchor="${o.anchor ?? 'start'}">${escapeXml(value)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, w))}" height="${num(h)}" fill="${fill}"/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${width}"/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string): string {
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${fill}"/>`;
}

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    rect(0, 0, width, height, COLOURS.background),
    ...body,
    '</svg>',
  ].join('\n');
}

/** A round axis maximum (1, 2, 5 × 10ⁿ) at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= value) return m * p;
  return 10 * p;
}
