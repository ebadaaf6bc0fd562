import { describe, expect, it } from 'vitest';
import { NHS_NUMBER_SYSTEM, SNOMED_SYSTEM } from '../../exports/terminology';
import { bundleOf, fhirSchemaErrors, referencesIn } from './helpers';
import { FHIR_BASE, FULL_ANSWERS, makeInput, makeState, decidedFlags } from './fixtures';

const LOCAL_SCORE_SYSTEM = `${FHIR_BASE}/CodeSystem/scores`;

const UK = (n: string) => `https://fhir.hl7.org.uk/StructureDefinition/UKCore-${n}`;
const codesOnlyInput = () => makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) });
const withConcern = () =>
  makeInput({
    state: makeState(FULL_ANSWERS, {
      safeguarding: decidedFlags('Referred to IDVA', 'no'),
    }),
  });
const screenedOut = () =>
  makeInput({
    plan: null,
    state: makeState({ 'screen.outcome': 'decline', 'screen.decline_reason': 'Already supported by a carer group', 'risk.status': 'no_known_risks' }),
  });

const variants = { full: () => makeInput(), codesOnly: codesOnlyInput, concern: withConcern, screenedOut };

describe('FHIR R4 document bundle', () => {
  it.each(Object.entries(variants))('%s: valid against the official FHIR R4 JSON schema (independent validator)', async (_name, make) => {
    const bundle = await bundleOf(make());
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    for (const e of bundle.entry)
      expect({ type: e.resource.resourceType, errors: fhirSchemaErrors(e.resource) }).toEqual({ type: e.resource.resourceType, errors: [] });
  });

  it('the validator really rejects invalid resources (negative control)', async () => {
    const bundle = await bundleOf(makeInput());
    const obs = structuredClone(bundle.entry.find((e) => e.resource.resourceType === 'Observation')!.resource);
    obs.status = 'finished-ish';
    expect(fhirSchemaErrors(obs).length).toBeGreaterThan(0);
    expect(fhirSchemaErrors({ ...bundle, type: 'letter' }).length).toBeGreaterThan(0);
    expect(fhirSchemaErrors({ ...obs, status: 'final', valueInteger: 'eight' }).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(variants))('%s: every reference resolves to a fullUrl in the bundle; ids are unique', async (_name, make) => {
    const bundle = await bundleOf(make());
    const fullUrls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    for (const e of bundle.entry) expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    const refs = referencesIn(bundle.entry.map((e) => e.resource));
    expect(refs.length).toBeGreaterThan(3);
    for (const r of refs) expect(fullUrls).toContain(r);
  });

  it('is a document with the Composition first, UK Core profiles, and PRSB sections', async () => {
    const bundle = await bundleOf(withConcern());
    expect(bundle.type).toBe('document');
    const [first] = bundle.entry;
    expect(first!.resource.resourceType).toBe('Composition');
    const profiles = Object.fromEntries(bundle.entry.map((e) => [e.resource.resourceType, e.resource.meta?.profile?.[0] ?? null]));
    expect(profiles).toMatchObject({
      Composition: UK('Composition'),
      CarePlan: UK('CarePlan'),
      QuestionnaireResponse: UK('QuestionnaireResponse'),
      Observation: UK('Observation'),
      ServiceRequest: UK('ServiceRequest'),
      Flag: UK('Flag'),
      Consent: UK('Consent'),
      Patient: UK('Patient'),
      Goal: null, // no UK Core Goal: base R4
    });
    const titles = first!.resource.section.map((s: { title: string }) => s.title);
    expect(titles).toEqual([
      'Summary for the GP',
      'Plan and requested actions',
      "What matters to me (in the person's own words)",
      'Care and support plan: strengths, needs and concerns',
      'Assessments',
      'Risks and safeguarding',
      'Signposting and referrals',
      'Contacts with the service',
      'Review',
      'SNOMED CT codes to enter',
      'Consent',
    ]);
  });

  it('carries the patient NHS number, goals with importance, one QuestionnaireResponse per instrument and one Observation per score', async () => {
    const bundle = await bundleOf(makeInput());
    const of = (t: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === t);
    expect(of('Patient')[0]!.identifier).toEqual([{ system: NHS_NUMBER_SYSTEM, value: '9434765919' }]);
    const goals = of('Goal');
    expect(goals.map((g) => [g.description.text, g.extension[0].valueInteger])).toEqual([
      ['get back to my allotment', 9],
      ['join a bereavement group', 7],
    ]);
    expect(of('QuestionnaireResponse').map((q) => q.questionnaire.split('/').pop())).toEqual(['ons4', 'ucla3', 'mhlc_a']);
    const ons4 = of('QuestionnaireResponse')[0]!;
    expect(ons4.item[0]).toEqual({
      linkId: 'ons4.life_satisfaction',
      text: 'Overall, how satisfied are you with your life nowadays?',
      answer: [{ valueInteger: 4 }],
    });
    const scores = Object.fromEntries(of('Observation').map((o) => [o.code.coding[0].code, o.valueInteger ?? o.valueCodeableConcept?.text]));
    expect(scores).toEqual({
      ons4_life_satisfaction: 4,
      ons4_worthwhile: 5,
      ons4_happiness: 6,
      ons4_anxiety: 7,
      ucla3_total: 8,
      loneliness_direct: 'Some of the time',
      mhlc_a_internal: 31,
      mhlc_a_chance: 11,
      mhlc_a_powerful_others: 21,
    });
    // Scores use the local code system, never SNOMED.
    for (const o of of('Observation')) expect(o.code.coding.map((c: { system: string }) => c.system)).toEqual([LOCAL_SCORE_SYSTEM]);
  });

  it('codes only the referral into social prescribing, flags only confirmed safeguarding concerns, records consent', async () => {
    const bundle = await bundleOf(withConcern());
    const of = (t: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === t);
    const requests = of('ServiceRequest');
    // The onward referral to a community group is text: 871731000000106 means a referral INTO social prescribing.
    expect(requests.map((r) => [r.code.coding?.[0]?.code ?? null, r.code.text])).toEqual([
      ['871731000000106', 'Referral to social prescribing service'],
      [null, 'Referral to Leeds Bereavement Forum'],
    ]);
    expect(of('Flag').map((f) => f.code.text)).toEqual(['Safeguarding concern: Domestic abuse / coercive control']);
    expect(of('Consent')[0]!.provision.code[0].text).toBe('Full summary and plan');
    const review = of('CarePlan')[0]!.activity.at(-1).detail;
    expect(review.code.coding[0]).toMatchObject({ system: SNOMED_SYSTEM, code: '425268008' });
    expect(review.scheduledPeriod.start).toBe('2026-06-01');
  });

  it('codes-only bundle: no free text, no goals, scores or questionnaire responses', async () => {
    const bundle = await bundleOf(codesOnlyInput());
    const types = bundle.entry.map((e) => e.resource.resourceType).sort();
    expect(types).toEqual([
      'CarePlan',
      'Composition',
      'Consent',
      'Organization',
      'Organization',
      'Patient',
      'Practitioner',
      'PractitionerRole',
      'ServiceRequest',
    ]);
    const json = JSON.stringify(bundle);
    for (const fragment of ['allotment', 'Zephyrin', 'Large print', 'Citizens Advice', 'Bereavement Forum', 'Good with plants', 'baking'])
      expect(json).not.toContain(fragment);
    expect(fhirSchemaErrors(bundle)).toEqual([]);
  });

  it('screened out: the declined code with the reason, no plan, no consent resource', async () => {
    const bundle = await bundleOf(screenedOut());
    const declined = bundle.entry.find((e) => e.resource.resourceType === 'Observation')!.resource;
    expect(declined.code.coding[0].code).toBe('871711000000103');
    expect(declined.note.map((n: { text: string }) => n.text)).toContain('Reason: Already supported by a carer group');
    expect(bundle.entry.some((e) => ['CarePlan', 'Consent', 'Goal'].includes(e.resource.resourceType))).toBe(false);
  });

  it('is deterministic for the same export id (re-download gives the same document)', async () => {
    expect(JSON.stringify(await bundleOf(makeInput()))).toBe(JSON.stringify(await bundleOf(makeInput())));
  });
});
