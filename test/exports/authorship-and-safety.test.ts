import { describe, expect, it } from 'vitest';
import { renderExport } from '../../exports';
import { safeText, toAscii } from '../../exports/safe-text';
import { ConfigError, loadGpRouteConfig } from '../../service/config';
import { loadExportSettings } from '../../service/export-service';
import { bundleOf, fhirErrors, fhirSchemaErrors, medplumErrors } from './helpers';
import { FHIR_BASE, FULL_ANSWERS, PLAN, makeInput, makeState } from './fixtures';

const of = (bundle: Awaited<ReturnType<typeof bundleOf>>, type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe('authorship and provenance', () => {
  it('the named link worker (Practitioner, with role) and the service (Organization, ODS code) author and attest the Composition', async () => {
    const bundle = await bundleOf(makeInput());
    const [composition] = of(bundle, 'Composition');
    const [practitioner] = of(bundle, 'Practitioner');
    const [role] = of(bundle, 'PractitionerRole');
    const service = of(bundle, 'Organization').find((o) => o.name === 'Leeds North Social Prescribing')!;
    expect(practitioner!.name).toEqual([{ use: 'official', text: 'Sam Patel' }]);
    expect(role).toMatchObject({
      code: [{ text: 'Social prescribing link worker' }],
      practitioner: { reference: `urn:uuid:${practitioner!.id}` },
      organization: { reference: `urn:uuid:${service.id}` },
    });
    expect(service.identifier).toEqual([{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'DXX01' }]);
    expect(service.telecom).toEqual([
      { system: 'phone', value: '0113 496 0000', use: 'work' },
      { system: 'email', value: 'leedsnorth.sp@nhs.net', use: 'work' },
    ]);
    expect(composition!.author.map((a: { reference: string }) => a.reference)).toEqual([`urn:uuid:${practitioner!.id}`, `urn:uuid:${service.id}`]);
    expect(composition!.attester.map((a: { mode: string; party: { reference: string } }) => [a.mode, a.party.reference])).toEqual([
      ['professional', `urn:uuid:${practitioner!.id}`],
      ['official', `urn:uuid:${service.id}`],
    ]);
    expect(composition!.custodian.reference).toBe(`urn:uuid:${service.id}`);
  });

  it('a message carrying a confirmed safeguarding concern is marked restricted (R), others normal (N)', async () => {
    const concern = {
      categories: ['domestic_abuse' as const],
      quote: 'q',
      questionId: null,
      flaggedAt: '2026-03-02T10:00:00Z',
      decision: 'confirmed' as const,
      note: 'IDVA',
      decidedAt: '2026-03-02T10:05:00Z',
      decidedBy: 'lw',
    };
    const restricted = of(await bundleOf(makeInput({ state: makeState(FULL_ANSWERS, { safeguarding: [concern] }) })), 'Composition')[0]!;
    expect([restricted.confidentiality, of(await bundleOf(makeInput()), 'Composition')[0]!.confidentiality]).toEqual(['R', 'N']);
  });

  it('Composition.type is text only: no verified SNOMED CT document-type concept is on our list', async () => {
    const [composition] = of(await bundleOf(makeInput()), 'Composition');
    expect(composition!.type).toEqual({ text: 'Social prescribing message back to GP and referrer' });
  });

  it('local code systems, extensions and identifiers live under the configured base URI; nothing ships on .example', async () => {
    const base = 'https://fhir.another-service.nhs.uk';
    const json = JSON.stringify(await bundleOf(makeInput({ fhirBaseUri: base })));
    expect(json).not.toMatch(/https?:\/\/[^"\/]*\.example\b/); // (the fixture's directory contact "lbf.example.org" is data, not a URI of ours)
    expect(json).not.toContain(FHIR_BASE);
    for (const path of ['/CodeSystem/scores', '/StructureDefinition/goal-importance', '/Id/export', '/Id/plan', '/Questionnaire/ons4'])
      expect(json).toContain(`${base}${path}`);
  });

  it('configuration: the base URI must be https and not a placeholder; MESH is off by default and all-or-nothing', () => {
    expect(() => loadGpRouteConfig({ WMA_FHIR_BASE_URI: 'https://what-matters.example/fhir' })).toThrow(/WMA_FHIR_BASE_URI: must be the service's own domain/);
    expect(() => loadGpRouteConfig({ WMA_FHIR_BASE_URI: 'http://fhir.leedsnorth-sp.org.uk' })).toThrow(/must be https/);
    expect(loadGpRouteConfig({}).mesh).toBeNull();
    expect(() => loadGpRouteConfig({ WMA_MESH_URL: 'https://mesh-sync.spineservices.nhs.uk' })).toThrow(ConfigError);
    try {
      loadGpRouteConfig({ WMA_MESH_URL: 'https://mesh-sync.spineservices.nhs.uk', WMA_MESH_MAILBOX: 'X26HC006' });
    } catch (e) {
      for (const v of [
        'WMA_MESH_PASSWORD',
        'WMA_MESH_SHARED_SECRET',
        'WMA_MESH_WORKFLOW_ID',
        'WMA_MESH_CLIENT_CERT',
        'WMA_MESH_CLIENT_KEY',
        'WMA_MESH_CA_CERT',
        'WMA_SERVICE_ODS',
      ])
        expect((e as Error).message).toContain(v);
    }
    const local = loadExportSettings({}, { localMode: true, host: '127.0.0.1', port: 3978 });
    expect([local.fhirBaseUri, local.mesh]).toEqual(['http://127.0.0.1:3978/fhir', null]);
  });
});

describe('strings made safe for FHIR', () => {
  const pasted = 'Getting\u00a0back to my\u2028allotment\u2029with\u202fmy\u2007grandson \u202eZephyrin\u202c\u2066!\u2069\ufeff';

  it('safeText maps look-alike spaces to spaces, separators to line breaks, and drops bidi controls', () => {
    expect(safeText(pasted)).toBe('Getting back to my\nallotment\nwith my grandson Zephyrin!');
    expect(toAscii('Zoë’s “café” – ok…')).toBe(`Zoe's "cafe" - ok...`);
  });

  it('a bundle built from pasted text passes both validators; the same text unsanitised fails the R4 schema (negative control)', async () => {
    const state = makeState({
      ...FULL_ANSWERS,
      'wmtm.matters_most': pasted,
      'risk.status': 'risks_identified',
      'risk.details': `Falls\u00a0at home\u2028twice`,
    });
    const plan = { ...PLAN, narrative: `Plan\u00a0agreed\u2028today`, goals: PLAN.goals.map((g) => ({ ...g, text: `${g.text}\u00a0\u200f` })) };
    const bundle = await bundleOf(makeInput({ state, plan })); // bundleOf asserts both validators pass
    const json = JSON.stringify(bundle);
    expect(json).not.toMatch(/[\u00a0\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff\u2007\u202f]/);
    expect(json).toContain('Getting back to my\\nallotment');
    const raw = structuredClone(bundle);
    raw.entry[0]!.resource.title = pasted;
    expect(fhirSchemaErrors(raw).length).toBeGreaterThan(0);
  });

  it('medplum really checks structure and invariants (negative controls)', async () => {
    const bundle = await bundleOf(makeInput());
    const broken = structuredClone(bundle);
    broken.entry[0]!.resource.statusOfThings = 'final';
    broken.entry[1]!.resource.birthDate = 19481103;
    const errors = (await medplumErrors(broken)).join('\n');
    expect(errors).toMatch(/Invalid additional property "statusOfThings"/);
    expect(errors).toMatch(/birthDate/);
    const noSubjectSection = structuredClone(bundle);
    noSubjectSection.entry[0]!.resource.section = [{ title: 'Empty' }]; // cmp-1: text, entries or sub-sections
    expect((await medplumErrors(noSubjectSection)).join('\n')).toMatch(/cmp-1|section/i);
    expect(await fhirErrors(bundle)).toEqual([]);
  });

  it('every export of pasted text is refused or rendered, never thrown', async () => {
    const state = makeState({ ...FULL_ANSWERS, 'wmtm.matters_most': pasted });
    for (const f of ['text', 'pdf', 'fhir', 'codes'] as const) expect((await renderExport(makeInput({ state }), f)).ok).toBe(true);
  });
});
