/**
 * How place names and postcodes are compared. Typed areas arrive as "St. Ives", "saint ives",
 * "Stoke-on-Trent" or "ls6 3hn"; one normal form makes the gazetteer, the directory's towns and
 * the link worker's answer meet.
 */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}

/** A full UK postcode ("IP24 1QF") or an outward code alone ("CO10", "ls6"). */
const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
const OUTWARD = /^([A-Z]{1,2}\d[A-Z\d]?)$/;

export interface PostcodeParts {
  outward: string;
  /** "IP24 1QF" when the whole postcode was given. */
  full?: string;
}

export function parsePostcode(text: string): PostcodeParts | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, ' ');
  const full = FULL.exec(t);
  if (full) return { outward: full[1]!, full: `${full[1]} ${full[2]}` };
  const out = OUTWARD.exec(t);
  return out ? { outward: out[1]! } : null;
}

/** The outward code of a postcode somewhere inside an address line ("Norwich NR2 1TF" → NR2). */
export function outwardIn(text: string): string | null {
  const m = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b/i.exec(text);
  return m ? m[1]!.toUpperCase() : null;
}
