import { INSTRUMENTS, INSTRUMENT_IDS, type InstrumentId } from '../dialogs/instruments';
import { DEFAULT_SCALE, RISK_STATUS_ID, type ScriptIssue } from '../dialogs/script/compile';

/**
 * What a manager may not change, and why, in words the editor shows next to the locked field.
 * The schema already makes these edits impossible (instrument sections hold an id, not wording);
 * this module turns "Unrecognized key" into the reason, so nobody has to guess.
 */

/** Short attribution per instrument, as shown on the lock badge. */
const ATTRIBUTION: Record<InstrumentId, string> = {
  ons4: 'ONS4, ONS, Crown copyright',
  mhlc_a: 'MHLC Form A, Wallston et al. 1978, public domain',
  ucla3: 'UCLA 3-item loneliness scale, Hughes et al. 2004, with the GSS harmonised direct question',
};

export function instrumentLockReason(id: InstrumentId): string {
  return `Validated instrument (${ATTRIBUTION[id]}): wording and scoring cannot be changed; you can include or remove it`;
}

export const SAFEGUARDING_LOCK_REASON =
  `Safeguarding: every assessment must record risks explicitly, so the "${RISK_STATUS_ID}" question (with its "no_known_risks" option) ` +
  'cannot be removed or made conditional; you can reword it. The national safeguarding check always runs; you can add local phrases and contacts.';

export interface InstrumentLockInfo {
  id: InstrumentId;
  name: string;
  reason: string;
  citation: string;
  intro?: string;
  /** The locked items exactly as asked, for read-only display in the editor. */
  items: Array<{ questionId: string; text: string; answers: string }>;
}

function answersLine(r: (typeof INSTRUMENTS)[InstrumentId]['groups'][number]['response']): string {
  if (r.kind === 'scale') return `${r.min ?? DEFAULT_SCALE.min} (${r.minLabel ?? ''}) to ${r.max ?? DEFAULT_SCALE.max} (${r.maxLabel ?? ''})`;
  return (r.options ?? []).map((o) => o.label).join(' / ');
}

export function instrumentLocks(): InstrumentLockInfo[] {
  return INSTRUMENT_IDS.map((id) => {
    const inst = INSTRUMENTS[id];
    return {
      id,
      name: inst.name,
      reason: instrumentLockReason(id),
      citation: inst.citation,
      ...(inst.intro ? { intro: inst.intro } : {}),
      items: inst.groups.flatMap((g) =>
        g.items.map((item) => {
          const anchors = g.anchors?.[item.key];
          const response = anchors ? { ...g.response, ...anchors } : g.response;
          return { questionId: `${id}.${item.key}`, text: item.text, answers: answersLine(response) };
        }),
      ),
    };
  });
}

const INSTRUMENT_SECTION_KEYS = new Set(['kind', 'id', 'title', 'instrument', 'when', 'questions']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Edits that try to reword or rescore a validated instrument: extra keys on an instrument
 * section (items, options, text, scoring…) or an editable question that reuses an instrument's
 * question id. Each gets the lock reason at the exact path.
 */
export function lockedEditIssues(doc: unknown): ScriptIssue[] {
  if (!isObj(doc) || !Array.isArray(doc.sections)) return [];
  const issues: ScriptIssue[] = [];
  doc.sections.forEach((section: unknown, si) => {
    if (!isObj(section)) return;
    const inst =
      typeof section.instrument === 'string' && (INSTRUMENT_IDS as string[]).includes(section.instrument) ? (section.instrument as InstrumentId) : null;
    if (section.kind === 'instrument' && inst) {
      for (const key of Object.keys(section))
        if (!INSTRUMENT_SECTION_KEYS.has(key)) issues.push({ path: `sections[${si}].${key}`, message: instrumentLockReason(inst) });
    }
    if (!Array.isArray(section.questions)) return;
    section.questions.forEach((q: unknown, qi) => {
      if (!isObj(q) || typeof q.id !== 'string') return;
      const owner = INSTRUMENT_IDS.find((id) => (q.id as string).startsWith(`${id}.`));
      if (owner)
        issues.push({
          path: `sections[${si}].questions[${qi}].id`,
          message: `"${q.id}" belongs to a validated instrument and cannot be an editable question. ${instrumentLockReason(owner)}`,
        });
    });
  });
  return issues;
}

/** zod's defaults are written for developers; these are the ones managers meet most. */
export function friendlyMessage(message: string): string {
  if (/expected (string|number|boolean|array|object), received undefined/.test(message)) return 'is required';
  const unknown = /^Unrecognized keys?: (.+)$/.exec(message);
  if (unknown) return `${unknown[1]} is not a setting a script can have here (check the spelling)`;
  const expected = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (expected) return `should be ${expected[1] === 'int' ? 'a whole number' : `a ${expected[1]}`}, not a ${expected[2]}`;
  return message;
}

/** Lock reasons first; schema complaints about the same locked keys are dropped as duplicates. */
export function mergeIssues(locks: ScriptIssue[], schema: ScriptIssue[]): ScriptIssue[] {
  const lockedSections = new Set(locks.map((l) => l.path.replace(/\.[^.[\]]+$/, '')));
  const rest = schema
    .filter((i) => !(lockedSections.has(i.path) && /^Unrecognized key/.test(i.message)))
    .map((i) => ({ path: i.path, message: friendlyMessage(i.message) }));
  return [...locks, ...rest];
}
