import { INSTRUMENTS, type InstrumentId } from '../instruments';
import type { Condition, Question, Script, Section } from './schema';
import { QUESTION } from '../question-ids';

/**
 * A script flattened into the ordered list of questions the engine asks. Instrument sections
 * are expanded from the locked instrument definitions here, so nothing else needs to know
 * where a question's wording came from.
 */
export interface ResolvedOption {
  value: string | number;
  label: string;
}

interface QuestionCommon {
  id: string;
  sectionId: string;
  sectionTitle: string;
  text: string;
  required: boolean;
  tip?: string;
  /** Both the section's and the question's own condition must hold for it to be asked. */
  conditions: Condition[];
  /** Set for validated-instrument items: wording and options are locked. */
  instrument?: { id: InstrumentId; key: string; citation: string; name: string };
  /** Shown once before the first question of a section. */
  sectionIntro?: string;
}

/** Answered by choosing: yes/no questions get their two options here, so every choice question has options. */
export interface ChoiceQuestion extends QuestionCommon {
  type: 'single' | 'likert' | 'multi' | 'yesno';
  options: ResolvedOption[];
}

export interface ScaleQuestion extends QuestionCommon {
  type: 'scale';
  min: number;
  max: number;
  minLabel?: string;
  maxLabel?: string;
}

export interface TextQuestion extends QuestionCommon {
  type: 'text';
  maxLength: number;
}

/**
 * A question as the engine asks it, one shape per answer kind. Every default (scale 0–10 for an
 * instrument that names none, the text length limit, yes/no options) is filled in here, in
 * compile, so no consumer needs a fallback.
 */
export type ResolvedQuestion = ChoiceQuestion | ScaleQuestion | TextQuestion;

/** The options a question offers: none for scale and text questions, which are answered by a number or words. */
export const optionsOf = (q: ResolvedQuestion | undefined): readonly ResolvedOption[] => (q && 'options' in q ? q.options : []);

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

const YES_NO: ResolvedOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function fromQuestion(q: Question, section: Section, sectionIntro: string | undefined): ResolvedQuestion {
  const common: QuestionCommon = {
    id: q.id,
    sectionId: section.id,
    sectionTitle: section.title,
    text: q.text,
    required: q.required,
    conditions: [section.when, q.when].filter((c): c is Condition => c !== undefined),
    ...(q.tip !== undefined ? { tip: q.tip } : {}),
    ...(sectionIntro !== undefined ? { sectionIntro } : {}),
  };
  switch (q.type) {
    case 'single':
    case 'likert':
    case 'multi':
      return { ...common, type: q.type, options: q.options };
    case 'yesno':
      return { ...common, type: 'yesno', options: YES_NO };
    case 'scale':
      return {
        ...common,
        type: 'scale',
        min: q.min,
        max: q.max,
        ...(q.minLabel !== undefined ? { minLabel: q.minLabel } : {}),
        ...(q.maxLabel !== undefined ? { maxLabel: q.maxLabel } : {}),
      };
    case 'text':
      return { ...common, type: 'text', maxLength: q.maxLength };
  }
}

/** Instruments that name no range use the usual 0–10. */
export const DEFAULT_SCALE = { min: 0, max: 10 } as const;

function expandInstrument(section: Extract<Section, { kind: 'instrument' }>): ResolvedQuestion[] {
  const inst = INSTRUMENTS[section.instrument as InstrumentId];
  const out: ResolvedQuestion[] = [];
  for (const group of inst.groups) {
    for (const item of group.items) {
      const r = group.response;
      const common: QuestionCommon = {
        id: `${inst.id}.${item.key}`,
        sectionId: section.id,
        sectionTitle: section.title,
        text: item.text,
        // Validated instruments are scored only when complete; the person may still decline
        // an item, so items are skippable and a subscale with a gap is reported "not scored".
        required: false,
        conditions: section.when ? [section.when] : [],
        instrument: { id: inst.id, key: item.key, citation: inst.citation, name: inst.name },
        ...(out.length === 0 && inst.intro !== undefined ? { sectionIntro: inst.intro } : {}),
      };
      if (r.kind === 'scale') {
        const anchors = group.anchors?.[item.key];
        const minLabel = anchors?.minLabel ?? r.minLabel;
        const maxLabel = anchors?.maxLabel ?? r.maxLabel;
        out.push({
          ...common,
          type: 'scale',
          min: r.min ?? DEFAULT_SCALE.min,
          max: r.max ?? DEFAULT_SCALE.max,
          ...(minLabel !== undefined ? { minLabel } : {}),
          ...(maxLabel !== undefined ? { maxLabel } : {}),
        });
      } else {
        out.push({ ...common, type: 'likert', options: r.options ?? [] });
      }
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
      } else if ('options' in target) {
        const values = [...(c.equals !== undefined ? [c.equals] : []), ...(c.in ?? [])];
        for (const v of values) {
          if (!target.options.some((o) => o.value === v)) issues.push({ path: where, message: `"${String(v)}" is not an option of "${c.question}"` });
        }
      }
    }
  });
  // Safeguarding is not optional: every completed assessment must state its risks explicitly.
  const risk = questions.find((q) => q.id === RISK_STATUS_ID);
  if (!risk || !optionsOf(risk).some((o) => o.value === 'no_known_risks') || risk.conditions.length > 0)
    issues.push({
      path: 'sections',
      message: `the unconditional "${RISK_STATUS_ID}" question (with a "no_known_risks" option) is part of safeguarding and cannot be removed`,
    });
  return issues;
}

/** The locked question that records risks — "no known risks" must be stated, never assumed. */
export const RISK_STATUS_ID = QUESTION.riskStatus;

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
