/**
 * Text made safe before any export is built. Pasted text (from Word, web pages, phones) carries
 * characters that look like spaces or line breaks but are not: FHIR's string type allows only
 * space, tab, CR and LF as whitespace, so one non-breaking space made a bundle fail the R4
 * schema. Bidi controls can also reorder what a reader sees (a "Trojan source" style risk in a
 * clinical record), so they are dropped rather than kept invisibly.
 */

/** Unicode space separators and odd whitespace that FHIR strings reject: shown as a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u000b\u000c]/g;
/** Line and paragraph separators, and NEL: a real line break. */
const LINE_BREAKS = /[\u2028\u2029\u0085]/g;
/** Bidi embedding/override/isolate controls, marks, and the byte-order mark / zero-width no-break space. */
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Patient and configuration text as every exporter receives it: verbatim apart from the above. */
export function safeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(LINE_BREAKS, '\n').replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, '').trim();
}

/** The same cleaning over every string in a JSON value (a whole FHIR bundle, last thing before output). */
export function safeDeep<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => safeDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, safeDeep(v)])) as T;
  return value;
}

const ASCII_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '*',
  '\u00b7': '.',
  '\u00d7': 'x',
  '\u00a3': 'GBP ',
  '\u20ac': 'EUR ',
  '\u00bd': '1/2',
  '\u00bc': '1/4',
  '\u00be': '3/4',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u00df': 'ss',
  '\u00e6': 'ae',
  '\u00c6': 'AE',
  '\u0153': 'oe',
  '\u0152': 'OE',
  '\u00f8': 'o',
  '\u00d8': 'O',
  '\u0142': 'l',
  '\u0141': 'L',
};

/**
 * ASCII for text meant to survive any text box (the consultation box of a GP system, an email,
 * a terminal). Accents are dropped (Zoë -> Zoe) so a name still reads; typographic quotes and
 * dashes become their ASCII forms; anything else becomes "?" — a visible gap, never a silently
 * different character.
 */
export function toAscii(value: string): string {
  return [...safeText(value).normalize('NFC')]
    .map((ch) => {
      if (ch <= '\u007e') return ch;
      const mapped = ASCII_MAP[ch];
      if (mapped !== undefined) return mapped;
      const stripped = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return /^[\x20-\x7e]+$/.test(stripped) ? stripped : '?';
    })
    .join('');
}
