import { WEEKDAYS, type DirectorySchedule, type Weekday } from './model';

/**
 * Facts that Open Referral only carries as free text (attending_type, accessibility descriptions)
 * turned into flags. Patterns are deliberately conservative: a missing flag means "not stated",
 * which the matcher treats as unknown, never as "no".
 */

/** homeVisit and text are only present when true, so records without them read as before. */
export interface Attendance {
  inPerson: boolean;
  online: boolean;
  phone: boolean;
  homeVisit?: true;
  text?: true;
}

const IN_PERSON = /in[- ]person|face[- ]to[- ]face|drop[- ]in|at our (centre|office|venue)|come along|visit us/;
const ONLINE = /online|video|zoom|microsoft teams|remotely|remote (session|support|access|group)|virtual|web ?chat/;
const PHONE =
  /telephone|phone line|helpline|by phone|over the phone|on the phone|phone (befriending|support|call)|(we|volunteers?) (will )?(call|phone)|phones? you|calls? you|text message/;
/** Someone comes to you: the venue on record is an office, not a place to go. */
const HOME_VISIT =
  /home visit|visits? (you )?(at|in) (your )?(own )?home|visits? your home|come to your home|comes? to you|(bring|deliver)\w* [^.]{0,30}to your (home|door)|sitter (visits|stays)|stays with the person you care for at home|we visit you|visit you at home/;
const TEXT = /text messag|by text|sms|text relay|relay uk|textphone|minicom/;

export function detectAttendance(texts: readonly string[], hasPhysicalLocation: boolean, hasVirtualLocation: boolean): Attendance {
  const t = texts.join(' ').toLowerCase();
  const phone = PHONE.test(t);
  const homeVisit = HOME_VISIT.test(t);
  // ORUK "virtual" covers phone lines too: only call it online if the text does not say phone.
  const online = ONLINE.test(t) || (hasVirtualLocation && !phone);
  const statedInPerson = IN_PERSON.test(t);
  // A physical venue means people can turn up — unless the text says it is remote-only, or the
  // service comes to the person (the address is then its office, not somewhere to go).
  const remoteOnly = /(online|phone|telephone) only|remote only|all support is by (tele)?phone/.test(t);
  const inPerson = statedInPerson || (hasPhysicalLocation && !remoteOnly && !(homeVisit || phone || online)) || (!online && !phone && !homeVisit);
  return { inPerson, online, phone, ...(homeVisit ? { homeVisit: true as const } : {}), ...(phone && TEXT.test(t) ? { text: true as const } : {}) };
}

/** "By text message" in any of the service's words: a phone service a deaf person can use. */
export function detectTextContact(texts: readonly string[]): boolean {
  return TEXT.test(texts.join(' ').toLowerCase());
}

const WHEELCHAIR_NEGATED = /\b(no|not|isn'?t|without)\b[^.]{0,30}(wheelchair|step[- ]free|level access)/;
const WHEELCHAIR = /wheelchair|step[- ]free|level access|ramp(ed)? access|accessible toilet|\blift\b/;
const HEARING_LOOP = /hearing loop|induction loop|loop system|t-?coil/;

export function detectAccessibility(texts: readonly string[]): { wheelchair: boolean; hearingLoop: boolean } {
  const t = texts.join(' ').toLowerCase();
  return { wheelchair: WHEELCHAIR.test(t) && !WHEELCHAIR_NEGATED.test(t), hearingLoop: HEARING_LOOP.test(t) };
}

const FIRST_VISIT =
  /first (visit|session|time)|meet you (at|on|outside)|meets? (newcomers|new members|new people)|come (along )?with you|accompan|buddy|someone will meet|welcome(d)? at the door|bring a friend/;

export function detectSupportedFirstVisit(texts: readonly string[]): boolean {
  return FIRST_VISIT.test(texts.join(' ').toLowerCase());
}

/** ISO 639-1 codes seen in UK directories → the name a link worker would use. */
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  cy: 'Welsh',
  gd: 'Scottish Gaelic',
  ur: 'Urdu',
  pa: 'Punjabi',
  bn: 'Bengali',
  gu: 'Gujarati',
  hi: 'Hindi',
  ar: 'Arabic',
  pl: 'Polish',
  ro: 'Romanian',
  so: 'Somali',
  ps: 'Pashto',
  fa: 'Persian',
  ku: 'Kurdish',
  ti: 'Tigrinya',
  zh: 'Chinese',
  yue: 'Cantonese',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  lt: 'Lithuanian',
  tr: 'Turkish',
  uk: 'Ukrainian',
  ru: 'Russian',
  sgn: 'British Sign Language',
  bfi: 'British Sign Language',
  bsl: 'British Sign Language',
};

/** "ur", "URDU", "urdu " → "Urdu"; unknown names are title-cased as given. */
export function normaliseLanguage(value: string): string {
  const v = value.trim();
  const byCode = LANGUAGE_NAMES[v.toLowerCase()];
  if (byCode) return byCode;
  return v
    .replace(/\s+/g, ' ')
    .replace(/\b\w/g, (c) => c.toUpperCase())
    .replace(/\B\w+/g, (w) => w.toLowerCase());
}

const ICAL_DAYS: Record<string, Weekday> = { MO: 'monday', TU: 'tuesday', WE: 'wednesday', TH: 'thursday', FR: 'friday', SA: 'saturday', SU: 'sunday' };

/** "10:00:00" → "10:00"; anything else is dropped rather than guessed. */
export function normaliseTime(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{1,2}):(\d{2})(:\d{2})?$/);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
}

/** iCal byday ("TH,FR", "2MO", "-1FR") → one schedule entry per weekday. */
export function schedulesFromByday(byday: string, freq: string | undefined, opens?: string, closes?: string): DirectorySchedule[] {
  const frequency = freq?.toUpperCase() === 'MONTHLY' ? 'monthly' : 'weekly';
  const out: DirectorySchedule[] = [];
  for (const part of byday.split(/[,;\s]+/)) {
    const day = ICAL_DAYS[part.replace(/^[+-]?\d+/, '').toUpperCase()];
    if (day && !out.some((s) => s.day === day)) out.push(scheduleEntry(day, frequency, opens, closes));
  }
  return out;
}

/** ORUK v2 regular_schedules weekday: "Tuesday", "TU" or 1–7 (Monday = 1). */
export function weekdayFrom(value: string | number): Weekday | undefined {
  if (typeof value === 'number') return WEEKDAYS[value - 1];
  const v = value.trim().toLowerCase();
  return v.length >= 2 ? WEEKDAYS.find((d) => d.startsWith(v)) : undefined;
}

export function scheduleEntry(day: Weekday, frequency: 'weekly' | 'monthly', opens?: string, closes?: string): DirectorySchedule {
  const s: DirectorySchedule = { day, frequency };
  const o = normaliseTime(opens);
  const c = normaliseTime(closes);
  if (o) s.opens = o;
  if (c) s.closes = c;
  return s;
}
