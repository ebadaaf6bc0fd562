import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderExport } from '../../exports';
import type { AssessmentState } from '../../dialogs/engine/types';
import { parseBirthDate, parseIdentity } from '../../service/export-record';
import { createExportLinkSigner } from '../../service/export-links';
import type { ExportSettings } from '../../service/export-service';
import { createExportFeature } from '../../service/features/export';
import { createLogger } from '../../service/logger';
import { ScriptRegistry } from '../../service/script-registry';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import type { Store } from '../../store/types';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { FULL_ANSWERS, PLAN, makeInput, makeState, replyText, seedOpen } from './fixtures';
import { bundleOf } from './helpers';

const OWNER = 'lw-aad-0001';
const NOW = new Date('2026-03-09T14:30:00.000Z');
const settings: ExportSettings = {
  practice: { name: 'Meanwood Health Centre', odsCode: 'B86999' },
  serviceName: 'Leeds North Social Prescribing',
  service: { odsCode: 'DXX01' },
  fhirBaseUri: 'https://fhir.leedsnorth-sp.org.uk',
  delegates: new Set(),
  linkSecret: 'test-secret-test-secret-test-secret-123',
  linkTtlMs: 15 * 60_000,
  publicBaseUrl: 'https://wma.leedsnorth-sp.org.uk',
};

describe('the right person', () => {
  it('a GP export for someone known only by a local reference is refused in every format, with the reason', async () => {
    const state = makeState(FULL_ANSWERS, { patient: { kind: 'local', value: 'SP-2041', masked: 'SP***41' } });
    for (const format of ['text', 'pdf', 'fhir', 'codes'] as const) {
      const r = await renderExport(makeInput({ state }), format);
      expect(r).toEqual({ ok: false, message: expect.stringMatching(/local reference \(SP-2041\), which the GP practice cannot match to a patient record/) });
    }
  });

  it('an NHS number alone is not enough: without the confirmed name and date of birth nothing is built', async () => {
    const r = await renderExport(makeInput({ identity: null }), 'fhir');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Confirm the person') });
  });

  it('FHIR Patient carries the NHS number, the official name and the date of birth', async () => {
    const bundle = await bundleOf(makeInput());
    const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource;
    expect(patient.identifier).toEqual([{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' }]);
    expect(patient.name).toEqual([{ use: 'official', family: 'Okonkwo-Reid', given: ['Marian', 'Joy'], text: 'Marian Joy Okonkwo-Reid' }]);
    expect(patient.birthDate).toBe('1948-11-03');
  });

  it('parses what link workers type, and refuses what is not a real past date or a name', () => {
    const now = new Date('2026-03-09T12:00:00Z');
    expect(parseBirthDate('3/11/1948', now)).toBe('1948-11-03');
    expect(parseBirthDate('1948-11-03', now)).toBe('1948-11-03');
    expect(parseBirthDate('3 Nov 1948', now)).toBe('1948-11-03');
    expect(parseBirthDate('31/02/1950', now)).toBeNull();
    expect(parseBirthDate('01/01/2030', now)).toBeNull();
    expect(parseIdentity("O'Neill-Smith, Áine Marie, 14/02/1950", now)).toEqual({
      ok: true,
      family: "O'Neill-Smith",
      given: ['Áine', 'Marie'],
      birthDate: '1950-02-14',
    });
    expect(parseIdentity('Jane Smith 14/02/1950', now)).toMatchObject({ ok: false, message: expect.stringContaining('three parts') });
    expect(parseIdentity('Sm1th, Jane, 14/02/1950', now)).toMatchObject({ ok: false });
  });
});

describe('the confirmation step in chat', () => {
  let store: Store;
  let turns: TurnService;
  let dir: string;
  let n = 0;
  const logs: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wma-identity-'));
    store = createStore({ sqlitePath: join(dir, 'wma.sqlite'), encryptionKeys: TEST_KEYRING });
    await store.init();
    const scripts = new ScriptRegistry(store);
    await scripts.ensureDefaultPublished('2026-01-01T00:00:00.000Z');
    logs.length = 0;
    const sink = new Writable({ write: (chunk, _e, cb) => (logs.push(String(chunk)), cb()) });
    const links = createExportLinkSigner({ secret: settings.linkSecret, ttlMs: settings.linkTtlMs });
    turns = new TurnService({
      store,
      scripts,
      logger: createLogger('debug', sink),
      scriptId: 'what_matters_default',
      newId: () => `id-${++n}`,
      clock: () => NOW,
      features: [createExportFeature({ settings, links })],
    });
  });
  afterEach(async () => store.close());

  const seed = (state: AssessmentState) => seedOpen(store, state, 'conv', `seed-${++n}`);
  const say = (text: string) => turns.handle({ conversationId: 'conv', userId: OWNER, activityId: `act-${++n}`, input: { kind: 'text', text } });
  const textOf = replyText;

  it('asks for name and date of birth, then the sender, shows them beside the full NHS number, and exports only after `yes`', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN } }));
    const first = textOf(await say('export text'));
    expect(first).toContain('Exporting for NHS number 943 476 5919');
    expect(first).toContain('family name, given name(s), date of birth');
    expect(await store.listAudit({ subjectPrefix: 'export:' })).toEqual([]);

    expect(textOf(await say('Okonkwo-Reid Marian 3/11/1948'))).toContain('three parts'); // re-asked, nothing saved
    expect(textOf(await say('Okonkwo-Reid, Marian Joy, 3/11/1948'))).toContain('who is sending it');
    const check = textOf(await say('Sam Patel, Social prescribing link worker'));
    expect(check).toContain('• NHS number: 943 476 5919');
    expect(check).toContain('• Name: Marian Joy Okonkwo-Reid (family name: Okonkwo-Reid)');
    expect(check).toContain('• Date of birth: 1948-11-03');
    expect(await store.listAudit({ subjectPrefix: 'export:' })).toEqual([]);

    const done = textOf(await say('yes'));
    expect(done).toContain('confirmed');
    expect(done).toContain('Patient: Marian Joy Okonkwo-Reid, born 1948-11-03, NHS number');
    expect((await store.listAudit({ subjectPrefix: 'export:' })).map((a) => a.action)).toEqual(['export.created']);

    // Confirmed once per assessment: the next export goes straight through, and the sender is remembered.
    const again = textOf(await say('export codes'));
    expect(again).toContain('SUMMARY FOR THE GP');
    expect(again).not.toContain('date of birth —');
  });

  it('`no` starts again and `cancel` stops with nothing saved or sent', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN } }));
    await say('export');
    await say('Smith, Jane, 14/02/1950');
    await say('Sam Patel');
    expect(textOf(await say('no'))).toContain("let's do it again");
    expect(textOf(await say('cancel'))).toContain('Export cancelled. Nothing was saved or sent.');
    expect((await store.getAssessment('asm-0001'))!.value.features?.export).toBeUndefined();
    expect(await store.listAudit({ subjectPrefix: 'export:' })).toEqual([]);
  });

  it('a local reference is refused before any name or date of birth is asked for', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN }, patient: { kind: 'local', value: 'SP-2041', masked: 'SP***41' } }));
    const reply = textOf(await say('export'));
    expect(reply).toContain('cannot match to a patient record');
    expect(reply).not.toContain('date of birth');
  });

  it('the name and date of birth are stored encrypted and never logged', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN } }));
    for (const t of ['export', 'Okonkwo-Reid, Marian Joy, 3/11/1948', 'Sam Patel', 'yes']) await say(t);
    const saved = (await store.getAssessment('asm-0001'))!.value.features?.export as { identity: { family: string; birthDate: string } };
    expect(saved.identity).toMatchObject({ family: 'Okonkwo-Reid', birthDate: '1948-11-03', nhsNumber: '9434765919', confirmedBy: OWNER });
    await store.close();
    // The database files on disk (and its write-ahead log) never hold the name or the date in clear.
    const raw = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('');
    expect(raw.length).toBeGreaterThan(1000);
    for (const secret of ['Okonkwo', '1948-11-03', '3/11/1948', 'Marian']) expect(raw).not.toContain(secret);
    const logged = logs.join('');
    expect(logged).toContain('turn committed'); // the logger really was in use
    for (const secret of ['Okonkwo', '1948', 'Marian']) expect(logged).not.toContain(secret);
    store = createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING }); // for afterEach
    await store.init();
  });

  it('`ask gp` records the request in the plan, withdraws approval, and the re-approved letter leads with it', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN } }));
    expect(textOf(await say('ask gp'))).toContain('Nothing was changed');
    const set = textOf(await say('ask gp please review her pain relief'));
    expect(set).toContain('Request to the GP set to "please review her pain relief" - approval withdrawn, needs re-approval (plan version 4)');
    const plan = (await store.getAssessment('asm-0001'))!.value.features?.plan as typeof PLAN;
    expect([plan.gpRequest, plan.status, plan.version, plan.edits.at(-1)?.by]).toEqual(['please review her pain relief', 'draft', 4, OWNER]);
    expect(textOf(await say('ask gp none'))).toContain('cleared: no action needed');
  });
});
