import { decodePng } from './png';

/**
 * Teams' own icon rules, which the JSON schema cannot express: the colour icon is 192×192,
 * the outline icon is 32×32 and uses only white on a transparent background (Teams tints it).
 * Checked before packaging so a bad icon fails here, not at upload in the Teams admin centre.
 */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** True when a pixel is fully transparent or pure white (any alpha — anti-aliased edges are fine). */
export function isWhiteOrTransparent(r: number, g: number, b: number, a: number): boolean {
  return a === 0 || (r === 255 && g === 255 && b === 255);
}

export function checkColorIcon(png: Uint8Array): string[] {
  try {
    const { width, height } = decodePng(png);
    return width === COLOR_ICON_SIZE && height === COLOR_ICON_SIZE ? [] : [`color.png must be ${COLOR_ICON_SIZE}x${COLOR_ICON_SIZE}, found ${width}x${height}`];
  } catch (err) {
    return [`color.png: ${(err as Error).message}`];
  }
}

export function checkOutlineIcon(png: Uint8Array): string[] {
  try {
    const { width, height, pixels } = decodePng(png);
    const errors: string[] = [];
    if (width !== OUTLINE_ICON_SIZE || height !== OUTLINE_ICON_SIZE) {
      errors.push(`outline.png must be ${OUTLINE_ICON_SIZE}x${OUTLINE_ICON_SIZE}, found ${width}x${height}`);
    }
    let offending = 0;
    let visible = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0, pixels[i + 3] ?? 0];
      if (!isWhiteOrTransparent(r, g, b, a)) offending++;
      if (a > 0) visible++;
    }
    if (offending > 0) errors.push(`outline.png must be white on transparent only; ${offending} pixel(s) have another colour`);
    if (visible === 0) errors.push('outline.png is fully transparent, so Teams would show nothing');
    return errors;
  } catch (err) {
    return [`outline.png: ${(err as Error).message}`];
  }
}
