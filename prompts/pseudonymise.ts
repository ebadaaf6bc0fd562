/**
 * Removes likely identifiers from the person's free text before it leaves the service for an
 * LLM. Structured identifiers (NHS number, patient reference, names, dates of birth, addresses)
 * are never put in the prompt at all; this catches what people say in passing: phone numbers,
 * emails, postcodes, NHS-number-like digits, dates, street addresses and the names that follow
 * "my grandson …" or a title. It is deliberately greedy — a lost word costs little, a leaked
 * identifier costs a lot — and it cannot be perfect, so the LLM path stays opt-in.
 */
const RELATIONS =
  'husband|wife|partner|son|daughter|grandson|granddaughter|grandchild|grandma|grandad|granddad|nan|mum|mam|mother|dad|father|sister|brother|aunt|auntie|uncle|cousin|niece|nephew|friend|neighbour|neighbor|carer|boyfriend|girlfriend|fiancee?|dog|cat';
const STREET =
  'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Cres|Court|Ct|Grove|Gr|Terrace|Place|Pl|Gardens|Gdns|Walk|Mews|Row|Hill|Square|Sq|Park|View|Rise|Green|Parade';
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const NAME = "[A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’-]+)?";

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/\bhttps?:\/\/\S+/gi, '[link]'],
  // NHS number (3-3-4, spaced or not) before phone numbers, which it would otherwise resemble.
  [/\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g, '[number]'],
  [/(?:\+44\s?\(?0?\)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g, '[phone]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  [/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]'],
  [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\\.?(?: \\d{4})?\\b`, 'gi'), '[date]'],
  [new RegExp(`\\b(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, 'gi'), '[date]'],
  [/\bborn (?:in |on )?(?:19|20)\d{2}\b/gi, 'born [date]'],
  [new RegExp(`\\b(?:flat |apartment )?\\d+[a-z]?,? (?:[A-Z][a-z]+ ){1,3}(?:${STREET})\\b\\.?`, 'g'), '[address]'],
  [new RegExp(`\\b(?:[A-Z][a-z]+ ){1,3}(?:${STREET})\\b`, 'g'), '[street]'],
  // Postcode districts on their own ("LS6") — an area, but easy to drop.
  [/\b[A-Z]{1,2}\d{1,2}[A-Z]?\b/g, '[area]'],
  [/\b\d{6,}\b/g, '[number]'],
  [new RegExp(`\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Doctor)\\.? ${NAME}`, 'g'), '$1 [name]'],
  // Case-sensitive on purpose: the name must be capitalised, or "my sister and" would lose "and".
  [
    new RegExp(
      `\\b((?:[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir) (?:late |little |older |younger |eldest |youngest |best )?(?:${RELATIONS})(?:,| called| named|)) ${NAME}`,
      'g',
    ),
    '$1 [name]',
  ],
  [new RegExp(`\\b([Mm]y name is|I am called|I'm called|[Cc]all me) ${NAME}`, 'g'), '$1 [name]'],
];

export function pseudonymiseText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Person's words are quoted data inside tags; angle brackets are replaced so the text can
 * never close the tag it sits in or open a new instruction block.
 */
export function quoteForPrompt(text: string): string {
  return pseudonymiseText(text)
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ');
}
