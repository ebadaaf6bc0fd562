import { INSTRUMENTS, type InstrumentId } from '../instruments';
import type { ChoiceQuestion, CompiledScript, ResolvedQuestion } from './compile';
import type { Condition } from './schema';

/**
 * A script as a FHIR R4 SDC Questionnaire, so a service can load its conversation into other
 * SDC-aware tools. Sections become groups, questions become items (linkId = question id),
 * conditions become enableWhen. Validated-instrument items carry their exact wording and
 * answer options from dialogs/instruments, and the instruments' citations go in `copyright`.
 * No codes are attached: we never invent SNOMED codes. Pure: no I/O.
 */
export interface QuestionnaireMeta {
  version: number;
  status: 'draft' | 'published' | 'retired';
  /** ISO date-time of the version (published or last saved). */
  date: string;
  /** Canonical URL base; the script id is appended. */
  canonicalBase?: string;
}

type Json = Record<string, unknown>;

const SDC_PROFILE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const SLIDER_STEP = 'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue';

const STATUS = { draft: 'draft', published: 'active', retired: 'retired' } as const;

const itemControl = (code: string): Json => ({
  url: ITEM_CONTROL,
  valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
});

/** Code system for a question's own answer values, so codes stay unique per question. */
export const answerSystem = (scriptId: string, questionId: string): string => `urn:wma:script:${scriptId}:answers:${questionId}`;

function display(linkId: string, text: string, control?: string): Json {
  return { linkId, type: 'display', text, ...(control ? { extension: [itemControl(control)] } : {}) };
}

function answerOptions(scriptId: string, q: ChoiceQuestion): Json[] {
  return q.options.map((o) => ({
    valueCoding: { system: answerSystem(scriptId, q.id), code: String(o.value), display: o.label },
    // Numeric instrument values are their scores; ordinalValue keeps them machine-readable.
    ...(typeof o.value === 'number' ? { extension: [{ url: ORDINAL_VALUE, valueDecimal: o.value }] } : {}),
  }));
}

/** One enableWhen per accepted value; several values (from `in`) are combined with "any". */
function enableWhen(scriptId: string, c: Condition, target: ResolvedQuestion | undefined): Json[] {
  if (c.answered !== undefined) return [{ question: c.question, operator: 'exists', answerBoolean: c.answered }];
  const values = c.equals !== undefined ? [c.equals] : (c.in ?? []);
  return values.map((v) => {
    const base = { question: c.question, operator: '=' };
    if (target?.type === 'yesno') return { ...base, answerBoolean: v === 'yes' || v === true };
    if (target && 'options' in target) return { ...base, answerCoding: { system: answerSystem(scriptId, c.question), code: String(v) } };
    if (typeof v === 'number') return { ...base, answerInteger: v };
    if (typeof v === 'boolean') return { ...base, answerBoolean: v };
    return { ...base, answerString: v };
  });
}

function withConditions(item: Json, scriptId: string, conditions: Condition[], compiled: CompiledScript): Json {
  if (conditions.length === 0) return item;
  const ew = conditions.flatMap((c) => enableWhen(scriptId, c, compiled.byId.get(c.question)));
  // Two conditions (none today) or an `in` list: the SDC rendering needs enableBehavior.
  const anyOf = conditions.length === 1 && ew.length > 1;
  return { ...item, enableWhen: ew, ...(ew.length > 1 ? { enableBehavior: anyOf ? 'any' : 'all' } : {}) };
}

function questionItem(compiled: CompiledScript, q: ResolvedQuestion, ownConditions: Condition[]): Json {
  const scriptId = compiled.script.id;
  const children: Json[] = [];
  if (q.tip) children.push(display(`${q.id}#tip`, q.tip, 'help'));
  const item: Json = { linkId: q.id, text: q.text, required: q.required };
  switch (q.type) {
    case 'single':
    case 'likert':
    case 'multi':
      Object.assign(item, { type: 'choice', answerOption: answerOptions(scriptId, q) }, q.type === 'multi' ? { repeats: true } : {});
      break;
    case 'yesno':
      item.type = 'boolean';
      break;
    case 'text':
      Object.assign(item, { type: 'text', maxLength: q.maxLength });
      break;
    case 'scale':
      item.type = 'integer';
      item.extension = [
        itemControl('slider'),
        { url: MIN_VALUE, valueInteger: q.min },
        { url: MAX_VALUE, valueInteger: q.max },
        { url: SLIDER_STEP, valueInteger: 1 },
      ];
      // Anchor labels are part of the validated wording (ONS4): the SDC way is lower/upper display items.
      if (q.minLabel) children.push(display(`${q.id}#lower`, `${q.min} = ${q.minLabel}`, 'lower'));
      if (q.maxLabel) children.push(display(`${q.id}#upper`, `${q.max} = ${q.maxLabel}`, 'upper'));
      break;
  }
  if (children.length > 0) item.item = children;
  return withConditions(item, scriptId, ownConditions, compiled);
}

const fhirName = (id: string): string => {
  const words = id.split(/[^a-zA-Z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
};

export function toFhirQuestionnaire(compiled: CompiledScript, meta: QuestionnaireMeta): Json {
  const script = compiled.script;
  const instruments = new Set<InstrumentId>();
  const groups = script.sections.map((section) => {
    const intro = section.kind === 'questions' ? section.intro : INSTRUMENTS[section.instrument as InstrumentId].intro;
    if (section.kind === 'instrument') instruments.add(section.instrument as InstrumentId);
    const ownQuestionWhen = new Map(section.questions.map((q) => [q.id, q.when]));
    const items = compiled.questions
      .filter((q) => q.sectionId === section.id)
      .map((q) => {
        const own = ownQuestionWhen.get(q.id);
        return questionItem(compiled, q, own ? [own] : []);
      });
    const group: Json = {
      linkId: section.id,
      type: 'group',
      text: section.title,
      item: [...(intro ? [display(`${section.id}#intro`, intro)] : []), ...items],
    };
    return withConditions(group, script.id, section.when ? [section.when] : [], compiled);
  });
  const base = (meta.canonicalBase ?? 'urn:wma:questionnaire:').replace(/\/?$/, meta.canonicalBase ? '/' : '');
  const copyright = [...instruments].map((id) => `${INSTRUMENTS[id].name}: ${INSTRUMENTS[id].citation}`).join('\n\n');
  return {
    resourceType: 'Questionnaire',
    id: `${script.id.replace(/[^A-Za-z0-9.-]/g, '-')}-v${meta.version}`.slice(0, 64),
    meta: { profile: [SDC_PROFILE] },
    url: `${base}${script.id}`,
    version: String(meta.version),
    name: fhirName(script.id),
    title: script.title,
    status: STATUS[meta.status],
    date: meta.date,
    ...(script.description ? { description: script.description } : {}),
    ...(copyright ? { copyright } : {}),
    subjectType: ['Patient'],
    item: groups,
  };
}
