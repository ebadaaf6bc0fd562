import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng, type RgbaImage } from './png';

/**
 * Draws the two app icons (an NHS-blue rounded square with a white speech bubble holding a
 * heart — "what matters to me" is a conversation) and writes them as PNGs.
 * Run `npx tsx manifest/make-icons.ts` after changing the drawing; the PNGs are committed so
 * packaging needs no drawing step. Shapes are implicit functions sampled 4×4 per pixel, which
 * gives smooth edges without a graphics library.
 */

type Rgb = readonly [number, number, number];
/** A point test in icon pixel coordinates (x right, y down). */
type Shape = (x: number, y: number) => boolean;

const NHS_BLUE: Rgb = [0x00, 0x5e, 0xb8];
const WHITE: Rgb = [255, 255, 255];
const SUPERSAMPLE = 4;

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
  };
}

/** The classic heart curve (x²+y²−1)³ ≤ x²y³, centred at (cx, cy), roughly 2.3·size wide. */
function heart(cx: number, cy: number, size: number): Shape {
  return (x, y) => {
    const u = (x - cx) / size;
    const v = -(y - cy) / size + 0.15; // flip y (curve is y-up) and nudge to optical centre
    const k = u * u + v * v - 1;
    return k * k * k - u * u * v * v * v <= 0;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

/**
 * Renders with a per-sample colour function (null = transparent) and averages the samples in
 * premultiplied form, so edges blend correctly whatever sits behind the icon in Teams.
 */
function render(size: number, colourAt: (x: number, y: number) => Rgb | null): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered === 0) continue; // stays transparent black (0,0,0,0)
      pixels[i] = Math.round(r / covered);
      pixels[i + 1] = Math.round(g / covered);
      pixels[i + 2] = Math.round(b / covered);
      pixels[i + 3] = Math.round((255 * covered) / samples);
    }
  }
  return { width: size, height: size, pixels };
}

/** 192×192 full-colour icon. */
export function drawColorIcon(): RgbaImage {
  const tile = roundedRect(0, 0, 192, 192, 36);
  const bubble = union(roundedRect(34, 40, 158, 136, 28), triangle(58, 128, 98, 128, 48, 166));
  const love = heart(96, 88, 30);
  return render(192, (x, y) => (love(x, y) ? NHS_BLUE : bubble(x, y) ? WHITE : tile(x, y) ? NHS_BLUE : null));
}

/** 32×32 outline icon: white strokes and a filled heart on transparent, as Teams requires. */
export function drawOutlineIcon(): RgbaImage {
  const outer = union(roundedRect(2, 4, 30, 24, 6), triangle(7, 22, 14, 22, 5, 30));
  const inner = roundedRect(4.25, 6.25, 27.75, 21.75, 4);
  const ring = minus(outer, inner);
  const love = heart(16, 14, 4.6);
  return render(32, (x, y) => (ring(x, y) || love(x, y) ? WHITE : null));
}

export function writeIcons(directory: string): { color: string; outline: string } {
  const color = join(directory, 'color.png');
  const outline = join(directory, 'outline.png');
  writeFileSync(color, encodePng(drawColorIcon()));
  writeFileSync(outline, encodePng(drawOutlineIcon()));
  return { color, outline };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = writeIcons(dirname(fileURLToPath(import.meta.url)));
  console.log(`Wrote ${written.color} and ${written.outline}`);
}
