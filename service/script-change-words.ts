import { instrumentLocks } from './script-locks';
import { RISK_CATEGORIES } from '../dialogs/vocabulary';
import type { Question, Script, Section } from '../dialogs/script/schema';

/**
 * What changed between two script versions, in the words a manager used: question wording,
 * option labels, contacts, phrases and the cap — never ids or JSON. Used by the diff view and
 * stored in the audit log beside the id-based summaries, so history reads as sentences.
 * Pure: no I/O.
 */
export interface ChangeInWords {
  kind: 'added' | 'removed' | 'reworded' | 'changed' | 'moved';
  /** One sentence, e.g. `Reworded “Did you know…?” (Referral screening)`. */
  text: string;
  before?: string;
  after?: string;
}

const q = (s: string) => `“${s}”`;
const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function sectionName(s: Section): string {
  if (s.kind !== 'instrument') return s.title;
  const lock = instrumentLocks().find((l) => l.id === s.instrument);
  return lock ? lock.name : s.title;
}

function questionsOf(script: Script): Map<string, { question: Question; section: Section }> {
  const out = new Map<string, { question: Question; section: Section }>();
  for (const section of script.sections) for (const question of section.questions ?? []) out.set(question.id, { question, section });
  return out;
}

const optionsOf = (x: Question) => ('options' in x ? x.options : []);

function questionChanges(before: Question, after: Question, where: string): ChangeInWords[] {
  const out: ChangeInWords[] = [];
  const name = q(short(after.text));
  if (before.text !== after.text) out.push({ kind: 'reworded', text: `Reworded a question in ${where}`, before: before.text, after: after.text });
  if (before.type !== after.type) out.push({ kind: 'changed', text: `${name}: answer type changed from ${before.type} to ${after.type}` });
  if (before.required !== after.required) out.push({ kind: 'changed', text: `${name} is now ${after.required ? 'required' : 'optional'}` });
  if ((before.tip ?? '') !== (after.tip ?? ''))
    out.push({
      kind: 'changed',
      text: `${name}: coaching tip ${after.tip ? (before.tip ? 'changed' : 'added') : 'removed'}`,
      ...(before.tip ? { before: before.tip } : {}),
      ...(after.tip ? { after: after.tip } : {}),
    });
  if (JSON.stringify(before.when ?? null) !== JSON.stringify(after.when ?? null)) out.push({ kind: 'changed', text: `${name}: when it is asked changed` });
  const bo = new Map(optionsOf(before).map((o) => [String(o.value), o.label]));
  const ao = new Map(optionsOf(after).map((o) => [String(o.value), o.label]));
  for (const [v, label] of ao) {
    const old = bo.get(v);
    if (old === undefined) out.push({ kind: 'added', text: `${name}: answer ${q(label)} added` });
    else if (old !== label) out.push({ kind: 'reworded', text: `${name}: answer relabelled`, before: old, after: label });
  }
  for (const [v, label] of bo) if (!ao.has(v)) out.push({ kind: 'removed', text: `${name}: answer ${q(label)} removed` });
  if (before.type === 'scale' && after.type === 'scale' && (before.min !== after.min || before.max !== after.max))
    out.push({ kind: 'changed', text: `${name}: scale changed from ${before.min}–${before.max} to ${after.min}–${after.max}` });
  return out;
}

const category = (id: string) => (RISK_CATEGORIES as Record<string, string>)[id] ?? id;

function safeguardingChanges(a: Script, b: Script): ChangeInWords[] {
  const out: ChangeInWords[] = [];
  const phrase = (p: { phrase: string; category: string }) => `${q(p.phrase)} (${category(p.category)})`;
  const beforeP = new Set(a.safeguarding.localPhrases.map(phrase));
  const afterP = new Set(b.safeguarding.localPhrases.map(phrase));
  for (const p of afterP) if (!beforeP.has(p)) out.push({ kind: 'added', text: `Local safeguarding phrase added: ${p}` });
  for (const p of beforeP) if (!afterP.has(p)) out.push({ kind: 'removed', text: `Local safeguarding phrase removed: ${p}` });
  const contact = (c: { name: string; detail: string }) => `${c.name} — ${c.detail}`;
  const beforeC = new Set(a.safeguarding.localContacts.map(contact));
  const afterC = new Set(b.safeguarding.localContacts.map(contact));
  for (const c of afterC) if (!beforeC.has(c)) out.push({ kind: 'added', text: `Local safeguarding contact added: ${c}` });
  for (const c of beforeC) if (!afterC.has(c)) out.push({ kind: 'removed', text: `Local safeguarding contact removed: ${c}` });
  if (a.safeguarding.escalationSteps !== b.safeguarding.escalationSteps)
    out.push({
      kind: 'reworded',
      text: 'What to do when a risk is flagged: reworded',
      before: a.safeguarding.escalationSteps,
      after: b.safeguarding.escalationSteps,
    });
  return out;
}

export function describeChanges(a: Script, b: Script): ChangeInWords[] {
  const out: ChangeInWords[] = [];
  if (a.title !== b.title) out.push({ kind: 'reworded', text: 'Script title changed', before: a.title, after: b.title });
  if (a.sessionCap !== b.sessionCap) out.push({ kind: 'changed', text: `Session cap changed from ${a.sessionCap} to ${b.sessionCap} sessions` });
  if ((a.description ?? '') !== (b.description ?? '')) out.push({ kind: 'reworded', text: 'Script description changed' });
  out.push(...safeguardingChanges(a, b));

  const sa = new Map(a.sections.map((s) => [s.id, s]));
  const sb = new Map(b.sections.map((s) => [s.id, s]));
  for (const s of b.sections) if (!sa.has(s.id)) out.push({ kind: 'added', text: `Section ${q(sectionName(s))} added` });
  for (const s of a.sections) if (!sb.has(s.id)) out.push({ kind: 'removed', text: `Section ${q(sectionName(s))} removed` });
  const keptA = a.sections.filter((s) => sb.has(s.id)).map((s) => s.id);
  const keptB = b.sections.filter((s) => sa.has(s.id)).map((s) => s.id);
  keptB.forEach((id, i) => {
    if (keptA[i] !== id)
      out.push({ kind: 'moved', text: `Section ${q(sectionName(sb.get(id)!))} moved to position ${b.sections.findIndex((s) => s.id === id) + 1}` });
  });
  for (const s of b.sections) {
    const old = sa.get(s.id);
    if (old && old.title !== s.title) out.push({ kind: 'reworded', text: 'Section renamed', before: old.title, after: s.title });
    if (old && JSON.stringify(old.when ?? null) !== JSON.stringify(s.when ?? null))
      out.push({ kind: 'changed', text: `Section ${q(s.title)}: when it is asked changed` });
  }

  const qa = questionsOf(a);
  const qb = questionsOf(b);
  for (const [id, { question, section }] of qb) {
    const old = qa.get(id);
    if (!old)
      out.push({ kind: 'added', text: `Question added to ${q(sectionName(section))}: ${q(short(question.text))}${question.required ? '' : ' (optional)'}` });
    else out.push(...questionChanges(old.question, question, q(sectionName(section))));
  }
  for (const [id, { question, section }] of qa)
    if (!qb.has(id)) out.push({ kind: 'removed', text: `Question removed from ${q(sectionName(section))}: ${q(short(question.text))}` });
  // Moves inside one section: the relative order of questions kept in both.
  for (const s of b.sections) {
    const old = sa.get(s.id);
    if (!old) continue;
    const keptOld = (old.questions ?? []).map((x) => x.id).filter((id) => qb.has(id) && qb.get(id)!.section.id === s.id);
    const keptNew = (s.questions ?? []).map((x) => x.id).filter((id) => keptOld.includes(id));
    const moved = keptNew.filter((id, i) => keptOld[i] !== id);
    if (moved.length) out.push({ kind: 'moved', text: `Questions reordered in ${q(sectionName(s))}` });
  }
  return out;
}

/** One line per change for the audit log (wording shortened so an entry stays small). */
export const changeLine = (c: ChangeInWords): string =>
  c.before !== undefined || c.after !== undefined ? `${c.text}: ${q(short(c.before ?? '—', 120))} → ${q(short(c.after ?? '—', 120))}` : c.text;
