import type { Script } from './schema';

/**
 * What changed between two versions of a script, in the terms a manager edits: sections and
 * questions are matched by id (so a reorder reads as "moved", not as delete + add), and each
 * changed field is listed with its before and after values. Pure: no I/O.
 */
export interface ScriptChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /** Where, by id: "script", "section wellbeing", "question screen.reason". */
  subject: string;
  /** The field that changed, for 'changed' entries ("text", "options", "sessionCap"…). */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** One line a manager can read, e.g. `question screen.reason: text changed`. */
  summary: string;
}

type Obj = Record<string, unknown>;

/** Structural equality for JSON-like values (scripts are parsed YAML/JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ao = a as Obj;
  const bo = b as Obj;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? 'nothing'));

function fieldChanges(subject: string, before: Obj, after: Obj, skip: ReadonlySet<string>): ScriptChange[] {
  const out: ScriptChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k));
  for (const field of keys) {
    const b = before[field];
    const a = after[field];
    if (sameValue(b, a)) continue;
    const verb = b === undefined ? 'set' : a === undefined ? 'cleared' : 'changed';
    out.push({
      kind: 'changed',
      subject,
      field,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
      summary: typeof a === 'object' || typeof b === 'object' ? `${subject}: ${field} ${verb}` : `${subject}: ${field} ${verb} from ${show(b)} to ${show(a)}`,
    });
  }
  return out;
}

/** Matches two id-keyed lists: added, removed, moved (relative order changed) and per-item field changes. */
function listChanges<T extends { id: string }>(
  label: string,
  before: readonly T[],
  after: readonly T[],
  inner: (subject: string, b: T, a: T) => ScriptChange[],
): ScriptChange[] {
  const out: ScriptChange[] = [];
  const beforeIds = before.map((x) => x.id);
  const afterIds = after.map((x) => x.id);
  const byIdBefore = new Map(before.map((x) => [x.id, x]));
  const byIdAfter = new Map(after.map((x) => [x.id, x]));
  for (const x of before) if (!byIdAfter.has(x.id)) out.push({ kind: 'removed', subject: `${label} ${x.id}`, before: x, summary: `${label} ${x.id} removed` });
  // Only the relative order of items present in both versions counts as a move.
  const keptBefore = beforeIds.filter((id) => byIdAfter.has(id));
  const keptAfter = afterIds.filter((id) => byIdBefore.has(id));
  keptAfter.forEach((id, i) => {
    const j = keptBefore.indexOf(id);
    if (j !== i)
      out.push({ kind: 'moved', subject: `${label} ${id}`, before: j + 1, after: i + 1, summary: `${label} ${id} moved from position ${j + 1} to ${i + 1}` });
  });
  for (const x of after) {
    const old = byIdBefore.get(x.id);
    if (!old) out.push({ kind: 'added', subject: `${label} ${x.id}`, after: x, summary: `${label} ${x.id} added` });
    else out.push(...inner(`${label} ${x.id}`, old, x));
  }
  return out;
}

type SectionLike = Script['sections'][number];
type QuestionLike = SectionLike['questions'][number];

export function diffScripts(before: Script, after: Script): ScriptChange[] {
  const out = fieldChanges('script', before as unknown as Obj, after as unknown as Obj, new Set(['sections']));
  out.push(
    ...listChanges<SectionLike>('section', before.sections, after.sections, (subject, b, a) => [
      ...fieldChanges(subject, b as unknown as Obj, a as unknown as Obj, new Set(['questions'])),
      ...listChanges<QuestionLike>('question', b.questions, a.questions, (qs, qb, qa) =>
        fieldChanges(qs, qb as unknown as Obj, qa as unknown as Obj, new Set()),
      ),
    ]),
  );
  return out;
}
