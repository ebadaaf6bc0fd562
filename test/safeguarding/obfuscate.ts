/**
 * Obfuscations a disclosure may arrive in: pasted from Word (soft hyphens), from a phone (zero-width
 * joiners, bidi marks), deliberately disguised (look-alike letters, fullwidth, split or held-down
 * letters). Each turns one statement into its disguised variants; the corpus test checks that every
 * explicit statement still flags under every one.
 */
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ' };
const GREEK: Record<string, string> = { a: 'α', o: 'ο', i: 'ι', k: 'κ', v: 'ν', t: 'τ', u: 'υ', e: 'ε' };

const everyWord = (text: string, f: (word: string) => string) => text.replace(/[A-Za-z]{3,}/g, f);
const between = (sep: string) => (w: string) => [...w].join(sep);
const swap = (table: Record<string, string>) => (text: string) => [...text].map((c) => table[c] ?? c).join('');

/** Whole-statement disguises. */
export const WHOLE_TEXT: Record<string, (text: string) => string> = {
  'zero-width space': (t) => everyWord(t, between('\u200b')),
  'zero-width joiner': (t) => everyWord(t, between('\u200d')),
  'soft hyphen': (t) => everyWord(t, (w) => `${w.slice(0, 2)}\u00ad${w.slice(2)}`),
  'bidi controls': (t) => everyWord(t, (w) => `\u202a${w[0]}\u2066${w.slice(1)}\u2069\u202c`),
  'right-to-left mark': (t) => everyWord(t, (w) => `\u200f${w}\u200e`),
  'Cyrillic look-alikes': swap(CYRILLIC),
  'Greek look-alikes': swap(GREEK),
  fullwidth: (t) => [...t].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
};

/** Disguises applied to one word at a time (a person splits the word that matters, not all of them). */
export const ONE_WORD: Record<string, (word: string) => string> = {
  'split by spaces': between(' '),
  'split by hyphens': between('-'),
  'split by dots': between('.'),
  'held-down letters': (w) => w.replace(/[aeiou]/i, (v) => v.repeat(4)),
};

/** Every variant of a statement: [obfuscation name, disguised text]. */
export function variants(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = Object.entries(WHOLE_TEXT).map(([name, f]) => [name, f(text)]);
  const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
  for (const [name, f] of Object.entries(ONE_WORD)) {
    for (const m of words) out.push([`${name}: ${m[0]}`, text.slice(0, m.index) + f(m[0]) + text.slice(m.index + m[0].length)]);
  }
  return out;
}
