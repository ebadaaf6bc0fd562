import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentState } from '../../dialogs/engine/types';
import { renderSendDocument } from '../../exports';
import { ITK_EVENT } from '../../exports/send-document/build';
import type { MeshConfig } from '../../service/config';
import { createExportLinkSigner } from '../../service/export-links';
import type { ExportSettings } from '../../service/export-service';
import { createExportFeature } from '../../service/features/export';
import { createLogger } from '../../service/logger';
import { meshAuthHeader } from '../../service/mesh/auth';
import { createMeshClient } from '../../service/mesh/client';
import { sendToPractice } from '../../service/mesh/send-to-practice';
import { ScriptRegistry } from '../../service/script-registry';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import type { Store } from '../../store/types';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { CONFIRMED, FULL_ANSWERS, PLAN, makeInput, makeState, replyText, seedOpen } from './fixtures';
import { referencesIn } from './helpers';
import { startMeshStandIn, type MeshStandIn } from './mesh-stand-in';

const NOW = new Date('2026-03-09T14:30:00.000Z');
const SECRET = 'stand-in-environment-shared-secret';
const SENDER = { id: 'DXX01OT001', password: 'sender-mailbox-password', workflows: ['SP_MESSAGE_BACK_TO_GP'] };
const PRACTICE = { id: 'B86999OT001', password: 'practice-mailbox-password', workflows: ['SP_MESSAGE_BACK_TO_GP'] };
const meshConfig = (url: string, over: Partial<MeshConfig> = {}): MeshConfig => ({
  url,
  mailbox: SENDER.id,
  password: SENDER.password,
  sharedSecret: SECRET,
  workflowId: 'SP_MESSAGE_BACK_TO_GP',
  ...over,
});

let mesh: MeshStandIn;
beforeEach(async () => {
  mesh = await startMeshStandIn({
    sharedSecret: SECRET,
    mailboxes: [SENDER, PRACTICE],
    registrations: { '9434765919|03111948|OKONKWO-REID': PRACTICE.id },
    clock: () => NOW,
  });
});
afterEach(async () => mesh.close());

/** The practice's side, over the same published API: list the inbox, download, acknowledge. */
async function practiceCollects(): Promise<Buffer[]> {
  const call = (method: string, path: string) =>
    fetch(`${mesh.url}/messageexchange/${PRACTICE.id}${path}`, {
      method,
      headers: { authorization: meshAuthHeader({ mailbox: PRACTICE.id, password: PRACTICE.password, sharedSecret: SECRET }, NOW) },
    });
  const { messages } = (await (await call('GET', '/inbox')).json()) as { messages: string[] };
  const bodies: Buffer[] = [];
  for (const id of messages) {
    bodies.push(Buffer.from(await (await call('GET', `/inbox/${id}`)).arrayBuffer()));
    expect((await call('PUT', `/inbox/${id}/status/acknowledged`)).status).toBe(200);
  }
  return bodies;
}

type Entry = { fullUrl: string; resource: Record<string, any> };

describe('GP Connect Send Document message (ITK3, FHIR STU3)', () => {
  it('is built from a real approved plan: message bundle, ITK header first, the PDF as the first section attachment', async () => {
    const built = await renderSendDocument(makeInput({ plan: { ...PLAN, gpRequest: 'Please review her pain relief' } }), {
      senderMailbox: SENDER.id,
      version: 1,
    });
    if (!built.ok) throw new Error(built.message);
    const b = built.message.bundle as { type: string; meta: { profile: string[] }; entry: Entry[] };
    expect(b.type).toBe('message');
    expect(b.meta.profile).toEqual(['https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1']);
    const [header, sender, payloadEntry] = b.entry;
    expect(header!.resource.resourceType).toBe('MessageHeader');
    expect(header!.resource.meta.profile).toEqual(['https://fhir.nhs.uk/STU3/StructureDefinition/ITK-MessageHeader-2']);
    expect(header!.resource.event).toEqual(ITK_EVENT);
    expect(header!.resource.source).toEqual({ endpoint: SENDER.id });
    const handling = Object.fromEntries(
      header!.resource.extension[0].extension.map((e: Record<string, any>) => [
        e.url,
        e.valueBoolean ?? e.valueCoding?.code ?? e.valueString ?? e.valueReference?.reference,
      ]),
    );
    expect(handling).toMatchObject({
      BusAckRequested: true,
      InfAckRequested: true,
      RecipientType: 'FA',
      SenderReference: 'exp-fixture-0001',
      MessageDefinition: 'https://fhir.nhs.uk/STU3/MessageDefinition/ITK-GPConnectSendDocument-MessageDefinition-1',
    });
    expect(header!.resource.sender.reference).toBe(sender!.fullUrl);
    expect(sender!.resource.identifier).toEqual([{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'DXX01' }]);
    expect(header!.resource.focus).toEqual([{ reference: payloadEntry!.fullUrl }]);

    const payload = payloadEntry!.resource as { type: string; meta: { profile: string[] }; entry: Entry[] };
    expect([payload.type, payload.meta.profile[0]]).toEqual(['document', 'https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Document-Bundle-1']);
    const byType = (t: string) => payload.entry.filter((e) => e.resource.resourceType === t);
    const composition = payload.entry[0]!.resource;
    expect(composition.resourceType).toBe('Composition');
    expect([composition.status, composition.confidentiality, composition.type]).toEqual(['final', 'N', { text: 'Social prescribing message back to GP' }]);
    expect(composition.text.div).toContain('for Marian Joy Okonkwo-Reid, NHS Number 943 476 5919, Version 1');
    expect(composition.author).toEqual([{ reference: byType('Practitioner')[0]!.fullUrl }]);
    expect(composition.custodian).toEqual({ reference: byType('Organization')[0]!.fullUrl });
    const binary = byType('Binary')[0]!;
    expect(composition.section[0].entry[0]).toEqual({ reference: binary.fullUrl }); // GPCM-SD-022: the primary attachment first
    expect(binary.resource.contentType).toBe('application/pdf');
    expect(Buffer.from(binary.resource.content, 'base64').equals(built.pdf)).toBe(true);
    expect(byType('DocumentReference')[0]!.resource.content[0].attachment.url).toBe(binary.fullUrl);
    const patient = byType('Patient')[0]!.resource;
    expect(patient).toMatchObject({
      identifier: [{ value: '9434765919' }],
      name: [{ use: 'official', family: 'Okonkwo-Reid', given: ['Marian', 'Joy'] }],
      birthDate: '1948-11-03',
    });
    // GPCM-SD-GE-020: the routing address matches the Patient resource.
    expect(built.message.envelope.to).toBe('GPPROVIDER_9434765919_03111948_Okonkwo-Reid');
    expect(built.message.envelope.localId).toBe('DXX01');
    const urls = [...b.entry, ...payload.entry].map((e) => e.fullUrl);
    for (const r of referencesIn(b.entry.map((e) => e.resource))) if (r.startsWith('urn:')) expect(urls).toContain(r);
  });

  it('is refused under codes-only consent (there is no letter), and without the confirmed identity', async () => {
    const codesOnly = await renderSendDocument(makeInput({ state: makeState({ ...FULL_ANSWERS, 'consent.share': 'codes_only' }) }), {
      senderMailbox: SENDER.id,
      version: 1,
    });
    expect(codesOnly).toMatchObject({ ok: false, message: expect.stringContaining('codes only') });
    expect(await renderSendDocument(makeInput({ identity: null }), { senderMailbox: SENDER.id, version: 1 })).toMatchObject({ ok: false });
  });
});

describe('MESH API client against the local MESH stand-in', () => {
  it('handshakes, sends the message, and tracking moves from accepted to acknowledged when the practice collects it', async () => {
    const client = createMeshClient(meshConfig(mesh.url), { clock: () => NOW });
    expect(await client.handshake()).toEqual({ ok: true, value: true });
    const built = await renderSendDocument(makeInput(), { senderMailbox: SENDER.id, version: 1 });
    if (!built.ok) throw new Error(built.message);
    const sent = await client.send({
      ...built.message.envelope,
      workflowId: 'SP_MESSAGE_BACK_TO_GP',
      body: built.message.body,
      contentType: 'application/fhir+json',
    });
    if (!sent.ok) throw new Error(sent.reason);
    const stored = mesh.messages[0]!;
    expect([stored.from, stored.recipient, stored.workflowId, stored.localId]).toEqual([SENDER.id, PRACTICE.id, 'SP_MESSAGE_BACK_TO_GP', 'DXX01']);
    expect(stored.subject).toContain('NHS Number 943 476 5919');
    expect(await client.track(sent.value.messageId)).toMatchObject({ ok: true, value: { status: 'accepted', meshStatus: 'Accepted' } });
    const [body] = await practiceCollects();
    expect(JSON.parse(body!.toString('utf8'))).toEqual(built.message.bundle);
    expect(await client.track(sent.value.messageId)).toMatchObject({ ok: true, value: { status: 'acknowledged', meshStatus: 'Acknowledged' } });
  });

  it('the stand-in verifies the authorisation header: wrong password, wrong shared secret, a skewed clock or a replayed token are refused', async () => {
    const base = { clock: () => NOW };
    expect(await createMeshClient(meshConfig(mesh.url, { password: 'wrong' }), base).handshake()).toMatchObject({
      ok: false,
      httpStatus: 403,
      reason: expect.stringContaining('refused the mailbox credentials'),
    });
    expect(await createMeshClient(meshConfig(mesh.url, { sharedSecret: 'wrong' }), base).handshake()).toMatchObject({ ok: false, httpStatus: 403 });
    expect(await createMeshClient(meshConfig(mesh.url), { clock: () => new Date(NOW.getTime() + 3 * 3600_000) }).handshake()).toMatchObject({
      ok: false,
      httpStatus: 403,
    });
    const header = meshAuthHeader({ mailbox: SENDER.id, password: SENDER.password, sharedSecret: SECRET }, NOW);
    const once = await fetch(`${mesh.url}/messageexchange/${SENDER.id}`, { headers: { authorization: header } });
    const twice = await fetch(`${mesh.url}/messageexchange/${SENDER.id}`, { headers: { authorization: header } });
    expect([once.status, twice.status]).toEqual([200, 403]);
    expect(((await twice.json()) as { errorDescription: string }).errorDescription).toContain('token reused');
  });

  it('a patient the practice registry cannot match is not delivered: 417 with a reason a link worker can act on', async () => {
    const client = createMeshClient(meshConfig(mesh.url), { clock: () => NOW });
    const identity = { ...CONFIRMED.identity, family: 'Smith' };
    const built = await renderSendDocument(makeInput({ identity }), { senderMailbox: SENDER.id, version: 1 });
    if (!built.ok) throw new Error(built.message);
    const r = await client.send({
      ...built.message.envelope,
      workflowId: 'SP_MESSAGE_BACK_TO_GP',
      body: built.message.body,
      contentType: 'application/fhir+json',
    });
    expect(r).toMatchObject({ ok: false, httpStatus: 417, reason: expect.stringContaining('Check the NHS number, date of birth and surname') });
    expect(mesh.messages).toEqual([]);
  });
});

describe('"send to gp" in chat (MESH configured)', () => {
  let store: Store;
  let turns: TurnService;
  let settings: ExportSettings;
  let n = 0;
  const OWNER = 'lw-aad-0001';

  beforeEach(async () => {
    store = createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING });
    await store.init();
    const scripts = new ScriptRegistry(store);
    await scripts.ensureDefaultPublished('2026-01-01T00:00:00.000Z');
    settings = {
      practice: { name: 'Meanwood Health Centre', odsCode: 'B86999' },
      serviceName: 'Leeds North Social Prescribing',
      service: { odsCode: 'DXX01', phone: '0113 496 0000' },
      fhirBaseUri: 'https://fhir.leedsnorth-sp.org.uk',
      mesh: meshConfig(mesh.url),
      delegates: new Set(),
      linkSecret: 'test-secret-test-secret-test-secret-123',
      linkTtlMs: 15 * 60_000,
      publicBaseUrl: 'https://wma.leedsnorth-sp.org.uk',
    };
    const links = createExportLinkSigner({ secret: settings.linkSecret, ttlMs: settings.linkTtlMs });
    const client = createMeshClient(settings.mesh!, { clock: () => NOW });
    turns = new TurnService({
      store,
      scripts,
      logger: createLogger('silent'),
      scriptId: 'what_matters_default',
      newId: () => `id-${++n}`,
      clock: () => NOW,
      features: [createExportFeature({ settings, links, mesh: client })],
    });
  });
  afterEach(async () => store.close());

  const seed = (state: AssessmentState) => seedOpen(store, state, 'conv', `seed-${++n}`);
  const say = (text: string) => turns.handle({ conversationId: 'conv', userId: OWNER, activityId: `act-${++n}`, input: { kind: 'text', text } });
  const textOf = replyText;

  it('export offers it; the send is audited with the named person; delivery status is shown to the link worker', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN, export: CONFIRMED } }));
    expect(textOf(await say('export'))).toContain('type `send to gp` to send the letter to Meanwood Health Centre through MESH');
    const sent = textOf(await say('send to gp'));
    expect(sent).toContain('Sent to Meanwood Health Centre (B86999) through MESH (GP Connect Send Document).');
    expect(sent).toContain('accepted by MESH, waiting for the practice to collect it');
    expect(mesh.messages).toHaveLength(1);
    const audit = (await store.listAudit({ subjectPrefix: 'export:' })).filter((a) => a.action === 'export.sent');
    expect(audit.map((a) => [a.actor, a.detail?.planVersion, (a.detail?.mesh as { messageId: string } | undefined)?.messageId])).toEqual([
      [OWNER, 3, mesh.messages[0]!.messageId],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Okonkwo|9434765919|allotment/);
    expect(textOf(await say('gp status'))).toContain('waiting for the practice to collect it');
    await practiceCollects();
    expect(textOf(await say('gp status'))).toContain("collected by the practice's system (acknowledged");
  });

  it('a retried send (same export id) does not send a second copy', async () => {
    const state = makeState(FULL_ANSWERS, { features: { plan: PLAN, export: CONFIRMED } });
    const client = createMeshClient(settings.mesh!, { clock: () => NOW });
    const req = { state, actor: OWNER, script: null, settings, client, store, exportId: 'snd-retry-1', now: NOW.toISOString() };
    const first = await sendToPractice(req);
    const again = await sendToPractice(req);
    expect([first.ok && first.repeated, again.ok && again.repeated]).toEqual([false, true]);
    expect(mesh.messages).toHaveLength(1);
    expect(again.ok && again.record.messageId).toBe(mesh.messages[0]!.messageId);
  });

  it('without MESH configured, `send to gp` says so and sends nothing', async () => {
    const links = createExportLinkSigner({ secret: settings.linkSecret, ttlMs: settings.linkTtlMs });
    const off = new TurnService({
      store,
      scripts: new ScriptRegistry(store),
      logger: createLogger('silent'),
      scriptId: 'what_matters_default',
      newId: () => `id-${++n}`,
      clock: () => NOW,
      features: [createExportFeature({ settings: { ...settings, mesh: null }, links })],
    });
    await seed(makeState(FULL_ANSWERS, { features: { plan: PLAN, export: CONFIRMED } }));
    const reply = await off.handle({ conversationId: 'conv', userId: OWNER, activityId: 'off-1', input: { kind: 'text', text: 'send to gp' } });
    expect(textOf(reply)).toContain('not switched on');
    expect(mesh.messages).toEqual([]);
  });
});
