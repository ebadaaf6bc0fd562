/**
 * How place names and postcodes are compared. Typed areas arrive as "St. Ives", "saint ives",
 * "Stoke-on-Trent" or "ls6 3hn"; one normal form makes the gazetteer, the directory's towns and
 * the link worker's answer meet.
 */
export function placeKey(text: string): string {
  const key = plainPlaceKey(text);
  const full = SHORT_FORMS[key];
  return full ? plainPlaceKey(full) : key;
}

/**
 * Short forms directories and link workers write for a whole county or city: the postal and
 * everyday county abbreviations ("Notts", "Derbys", "Hants"; round 6, s15d: set 7's addresses wrote
 * both forms) and a few more in everyday use ("Ryde, IOW", "Shirley, Soton"; round 6b, s15f). Only
 * a whole name is read this way, so no real place is renamed; placeKey applies it everywhere names
 * are compared (typed answers, addresses, service areas), counties.ts countyName when a region is
 * stored.
 */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  beds: 'Bedfordshire',
  berks: 'Berkshire',
  bucks: 'Buckinghamshire',
  cambs: 'Cambridgeshire',
  ches: 'Cheshire',
  derbys: 'Derbyshire',
  glos: 'Gloucestershire',
  gloucs: 'Gloucestershire',
  hants: 'Hampshire',
  herts: 'Hertfordshire',
  lancs: 'Lancashire',
  leics: 'Leicestershire',
  lincs: 'Lincolnshire',
  northants: 'Northamptonshire',
  northd: 'Northumberland',
  northumb: 'Northumberland',
  notts: 'Nottinghamshire',
  oxon: 'Oxfordshire',
  salop: 'Shropshire',
  shrops: 'Shropshire',
  staffs: 'Staffordshire',
  warks: 'Warwickshire',
  wilts: 'Wiltshire',
  worcs: 'Worcestershire',
  'n yorks': 'North Yorkshire',
  'w yorks': 'West Yorkshire',
  's yorks': 'South Yorkshire',
  'e yorks': 'East Riding of Yorkshire',
  'e sussex': 'East Sussex',
  'w sussex': 'West Sussex',
  'w midlands': 'West Midlands',
  iow: 'Isle of Wight',
  'i o w': 'Isle of Wight',
  soton: 'Southampton',
};

/** placeKey without the short forms: the name as written, normalised. */
export function plainPlaceKey(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/['’.]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .replace(/\bsaint\b/g, 'st')
      // "Co. Antrim", "Co Durham": the county, as directories also write it in full.
      .replace(/\bco\b/g, 'county')
      .trim()
  );
}

/** A full UK postcode ("IP24 1QF") or an outward code alone ("CO10", "ls6"). */
const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
/** An outward code, or one with the sector digit ("SR2 8", "LS6 3"): the district is what we use. */
const OUTWARD = /^([A-Z]{1,2}\d[A-Z\d]?)(?:\s+\d[A-Z]?)?$/;

export interface PostcodeParts {
  outward: string;
  /** "IP24 1QF" when the whole postcode was given. */
  full?: string;
  /** "BT34 4" when the sector digit was given (a full postcode, or "SR2 8"). */
  sector?: string;
}

export function parsePostcode(text: string): PostcodeParts | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, ' ');
  const full = FULL.exec(t);
  if (full) return { outward: full[1]!, full: `${full[1]} ${full[2]}`, sector: `${full[1]} ${full[2]![0]}` };
  const out = OUTWARD.exec(t);
  if (!out) return null;
  const digit = /\s(\d)[A-Z]?$/.exec(t)?.[1];
  return digit ? { outward: out[1]!, sector: `${out[1]} ${digit}` } : { outward: out[1]! };
}

/** The sector of a full postcode inside an address line ("Newry BT34 1EU" → "BT34 1"). */
export function sectorIn(text: string): string | null {
  const m = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d)[A-Z]{2}\b/i.exec(text);
  return m ? `${m[1]!.toUpperCase()} ${m[2]}` : null;
}

/**
 * A typed area with a postcode beside the name, in either order ("Byker NE6", "berwick upon tweed
 * TD15", "NE6 Byker"): the name and the postcode apart. Only a trailing or leading token counts, so
 * a name is never cut in the middle; null when there is no such token or nothing else.
 */
export function splitNameAndPostcode(text: string): { name: string; postcode: string } | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const tail = /^(.*?[A-Za-z].*?)\s+([A-Za-z]{1,2}\d[A-Za-z\d]?(?:\s*\d(?:[A-Za-z]{2})?)?)$/.exec(t);
  if (tail && parsePostcode(tail[2]!)) return { name: tail[1]!, postcode: tail[2]! };
  const head = /^([A-Za-z]{1,2}\d[A-Za-z\d]?(?:\s*\d[A-Za-z]{2})?)\s+(.*[A-Za-z].*)$/.exec(t);
  if (head && parsePostcode(head[1]!) && !parsePostcode(head[2]!)) return { name: head[2]!, postcode: head[1]! };
  return null;
}

/** The outward code of a postcode somewhere inside an address line ("Norwich NR2 1TF" → NR2). */
export function outwardIn(text: string): string | null {
  const m = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b/i.exec(text);
  return m ? m[1]!.toUpperCase() : null;
}

/**
 * The names a directory's town field gives: "Southwick, Sunderland" is Southwick (the rest says
 * where it is); "Derry/Londonderry", "Derry~Londonderry" or "Abertawe / Swansea" is one town
 * written with both its names, so each is a name for it.
 */
export function townNames(town: string | undefined): string[] {
  const first = town?.split(',')[0]?.trim();
  if (!first) return [];
  return first
    .split(/\s*[/~]\s*/)
    .map((t) => t.trim())
    .filter((t) => placeKey(t).length > 1);
}
