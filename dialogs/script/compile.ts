import { INSTRUMENTS, type InstrumentId } from '../instruments';
import type { Condition, Question, Script, Section } from './schema';

/**
 * A script flattened into the ordered list of questions the engine asks. Instrument sections
 * are expanded from the locked instrument definitions here, so nothing else needs to know
 * where a question's wording came from.
 */
export interface ResolvedOption {
  value: string | number;
  label: string;
}

export interface ResolvedQuestion {
  id: string;
  sectionId: string;
  sectionTitle: string;
  type: Question['type'];
  text: string;
  required: boolean;
  options?: ResolvedOption[];
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  maxLength?: number;
  tip?: string;
  /** Both the section's and the question's own condition must hold for it to be asked. */
  conditions: Condition[];
  /** Set for validated-instrument items: wording and options are locked. */
  instrument?: { id: InstrumentId; key: string; citation: string; name: string };
  /** Shown once before the first question of a section. */
  sectionIntro?: string;
}

export interface CompiledSection {
  id: string;
  title: string;
  questionIds: string[];
}

export interface CompiledScript {
  script: Script;
  questions: ResolvedQuestion[];
  sections: CompiledSection[];
  byId: Map<string, ResolvedQuestion>;
}

export interface ScriptIssue {
  path: string;
  message: string;
}

function fromQuestion(q: Question, section: Section, sectionIntro: string | undefined): ResolvedQuestion {
  const base: ResolvedQuestion = {
    id: q.id,
    sectionId: section.id,
    sectionTitle: section.title,
    type: q.type,
    text: q.text,
    required: q.required,
    conditions: [section.when, q.when].filter((c): c is Condition => c !== undefined),
  };
  if (q.tip !== undefined) base.tip = q.tip;
  if (sectionIntro !== undefined) base.sectionIntro = sectionIntro;
  if (q.type === 'single' || q.type === 'likert' || q.type === 'multi') base.options = q.options;
  if (q.type === 'yesno')
    base.options = [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ];
  if (q.type === 'scale') {
    base.min = q.min;
    base.max = q.max;
    if (q.minLabel !== undefined) base.minLabel = q.minLabel;
    if (q.maxLabel !== undefined) base.maxLabel = q.maxLabel;
  }
  if (q.type === 'text') base.maxLength = q.maxLength;
  return base;
}

function expandInstrument(section: Extract<Section, { kind: 'instrument' }>): ResolvedQuestion[] {
  const inst = INSTRUMENTS[section.instrument as InstrumentId];
  const out: ResolvedQuestion[] = [];
  for (const group of inst.groups) {
    for (const item of group.items) {
      const r = group.response;
      const q: ResolvedQuestion = {
        id: `${inst.id}.${item.key}`,
        sectionId: section.id,
        sectionTitle: section.title,
        type: r.kind === 'scale' ? 'scale' : 'likert',
        text: item.text,
        // Validated instruments are scored only when complete; the person may still decline
        // an item, so items are skippable and a subscale with a gap is reported "not scored".
        required: false,
        conditions: section.when ? [section.when] : [],
        instrument: { id: inst.id, key: item.key, citation: inst.citation, name: inst.name },
      };
      if (out.length === 0 && inst.intro !== undefined) q.sectionIntro = inst.intro;
      if (r.kind === 'scale') {
        const anchors = group.anchors?.[item.key];
        q.min = r.min ?? 0;
        q.max = r.max ?? 10;
        const minLabel = anchors?.minLabel ?? r.minLabel;
        const maxLabel = anchors?.maxLabel ?? r.maxLabel;
        if (minLabel !== undefined) q.minLabel = minLabel;
        if (maxLabel !== undefined) q.maxLabel = maxLabel;
      } else {
        q.options = r.options ?? [];
      }
      out.push(q);
    }
  }
  return out;
}

/**
 * Cross-field rules zod cannot see: ids unique across the whole expanded script, and every
 * condition pointing at an *earlier* question with a value that question can take. Requiring
 * "earlier" is what rules out cycles.
 */
function checkReferences(script: Script, questions: ResolvedQuestion[], paths: Map<ResolvedQuestion, string>): ScriptIssue[] {
  const issues: ScriptIssue[] = [];
  const seen = new Map<string, number>();
  const sectionIds = new Set<string>();
  script.sections.forEach((s, si) => {
    if (sectionIds.has(s.id)) issues.push({ path: `sections[${si}].id`, message: `duplicate section id "${s.id}"` });
    sectionIds.add(s.id);
  });
  const pathOf = (q: ResolvedQuestion): string => paths.get(q) ?? 'sections';
  questions.forEach((q, index) => {
    if (seen.has(q.id)) issues.push({ path: `${pathOf(q)}.id`, message: `duplicate question id "${q.id}"` });
    else seen.set(q.id, index);
  });
  questions.forEach((q, index) => {
    for (const c of q.conditions) {
      const targetIndex = seen.get(c.question);
      const target = targetIndex === undefined ? undefined : questions[targetIndex];
      const where = `${pathOf(q)}.when.question`;
      if (!target) {
        issues.push({ path: where, message: `refers to unknown question "${c.question}"` });
      } else if (targetIndex! >= index) {
        issues.push({
          path: where,
          message: `refers to "${c.question}", which is not asked before "${q.id}" (conditions may only look back; this also prevents cycles)`,
        });
      } else if (target.options) {
        const values = [...(c.equals !== undefined ? [c.equals] : []), ...(c.in ?? [])];
        for (const v of values) {
          if (!target.options.some((o) => o.value === v))
            issues.push({ path: where, message: `"${String(v)}" is not an option of "${c.question}"` });
        }
      }
    }
  });
  // Safeguarding is not optional: every completed assessment must state its risks explicitly.
  const risk = questions.find((q) => q.id === RISK_STATUS_ID);
  if (!risk || !risk.options?.some((o) => o.value === 'no_known_risks') || risk.conditions.length > 0)
    issues.push({
      path: 'sections',
      message: `the unconditional "${RISK_STATUS_ID}" question (with a "no_known_risks" option) is part of safeguarding and cannot be removed`,
    });
  return issues;
}

/** The locked question that records risks — "no known risks" must be stated, never assumed. */
export const RISK_STATUS_ID = 'risk.status';

export function compileScript(script: Script): { compiled?: CompiledScript; issues: ScriptIssue[] } {
  const questions: ResolvedQuestion[] = [];
  // Where each question sits in the document, so errors point at what the manager edited.
  const paths = new Map<ResolvedQuestion, string>();
  script.sections.forEach((section, si) => {
    const own = section.questions.map((q, i) => {
      const r = fromQuestion(q, section, i === 0 && section.kind === 'questions' ? section.intro : undefined);
      paths.set(r, `sections[${si}].questions[${i}]`);
      return r;
    });
    const locked = section.kind === 'instrument' ? expandInstrument(section) : [];
    for (const r of locked) paths.set(r, `sections[${si}]`);
    questions.push(...locked, ...own);
  });
  const issues = checkReferences(script, questions, paths);
  if (issues.length > 0) return { issues };
  const sections = script.sections.map((s) => ({
    id: s.id,
    title: s.title,
    questionIds: questions.filter((q) => q.sectionId === s.id).map((q) => q.id),
  }));
  return { compiled: { script, questions, sections, byId: new Map(questions.map((q) => [q.id, q])) }, issues: [] };
}
