import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { FONT_FAMILY } from './svg';

/**
 * SVG → PNG with resvg (a self-contained Rust rasteriser: no browser, no network). Fonts are
 * loaded from explicit files, never "whatever the system has", so every machine draws the same
 * chart. Debian/Ubuntu: `apt-get install fonts-dejavu-core`; elsewhere set WMA_CHART_FONT_DIR.
 * Without either, the copy npm installs (dejavu-fonts-ttf) is used, so a fresh machine needs nothing else.
 */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF', '/usr/local/share/fonts/dejavu', npmFontDir()];

function npmFontDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    return '';
  }
}

export class ChartFontMissing extends Error {}

let fontFiles: string[] | null = null;

export function chartFonts(): string[] {
  if (fontFiles) return fontFiles;
  const dirs = [process.env['WMA_CHART_FONT_DIR'], ...FONT_DIRS].filter((d): d is string => Boolean(d));
  for (const dir of dirs) {
    const files = FONT_FILES.map((f) => `${dir}/${f}`);
    if (existsSync(files[0]!)) return (fontFiles = files.filter((f) => existsSync(f)));
  }
  throw new ChartFontMissing(
    `Charts need the DejaVu Sans font (${FONT_FILES[0]}), looked in ${dirs.join(', ')}. ` +
      `Install the Debian package fonts-dejavu-core or set WMA_CHART_FONT_DIR.`,
  );
}

/**
 * resvg is a 4 MB native module (~4.5 MB resident once loaded). Required on the first chart, not
 * at import: the progress card imports this file, so a static import loaded it at every start
 * although most processes never draw a chart (issue 22). `require` keeps svgToPng synchronous.
 */
let resvg: typeof ResvgClass | null = null;
const loadResvg = (): typeof ResvgClass => (resvg ??= (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: typeof ResvgClass }).Resvg);

export function svgToPng(svg: string, width?: number): Buffer {
  const Resvg = loadResvg();
  const r = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: chartFonts(), defaultFontFamily: FONT_FAMILY },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  });
  return Buffer.from(r.render().asPng());
}
