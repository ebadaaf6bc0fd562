import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerExportRoutes } from '../../bot/export-routes';
import type { AssessmentState } from '../../dialogs/engine/types';
import { createLogger } from '../../service/logger';
import { createExportLinkSigner } from '../../service/export-links';
import type { ExportSettings } from '../../service/export-service';
import { createExportFeature, type ExportCardData } from '../../service/features/export';
import type { FeaturePrompt, TurnReply } from '../../service/reply';
import { ScriptRegistry } from '../../service/script-registry';
import { TurnService } from '../../service/turn-service';
import { createStore } from '../../store/create-store';
import type { Store } from '../../store/types';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { CONFIRMED, FULL_ANSWERS, PLAN, makeState, replyText, seedOpen } from './fixtures';
import { pdfText } from './helpers';

const OWNER = 'lw-aad-0001';
const DELEGATE = 'lead-aad-0009';
const STRANGER = 'lw-aad-0002';
const NOW = new Date('2026-03-09T14:30:00.000Z');

const settings: ExportSettings = {
  practice: { name: 'Meanwood Health Centre', odsCode: 'B86999' },
  serviceName: 'Leeds North Social Prescribing',
  service: { odsCode: 'DXX01', phone: '0113 496 0000' },
  fhirBaseUri: 'https://fhir.leedsnorth-sp.org.uk',
  delegates: new Set([DELEGATE]),
  linkSecret: 'test-secret-test-secret-test-secret-123',
  linkTtlMs: 15 * 60_000,
  publicBaseUrl: 'https://wma.example.test',
};
const links = createExportLinkSigner({ secret: settings.linkSecret, ttlMs: settings.linkTtlMs });

let store: Store;
let turns: TurnService;
let clock = NOW;
let n = 0;

const seed = (state: AssessmentState, conversationId = 'conv-owner') => seedOpen(store, state, conversationId, `seed-${++n}`);

// Name and date of birth already confirmed at an earlier export (the confirmation step has its own tests).
const approved = (answers = FULL_ANSWERS) => makeState(answers, { features: { plan: PLAN, export: CONFIRMED } });
const say = (text: string, userId = OWNER, conversationId = 'conv-owner') =>
  turns.handle({ conversationId, userId, activityId: `act-${++n}`, input: { kind: 'text', text } });
const exportItem = (reply: TurnReply) => reply.items.find((i): i is FeaturePrompt => i.kind === 'feature' && i.feature === 'export');
const allText = replyText;

beforeEach(async () => {
  store = createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING });
  await store.init();
  const scripts = new ScriptRegistry(store);
  await scripts.ensureDefaultPublished('2026-01-01T00:00:00.000Z');
  clock = NOW;
  turns = new TurnService({
    store,
    scripts,
    logger: createLogger('silent'),
    scriptId: 'what_matters_default',
    newId: () => `id-${++n}`,
    clock: () => clock,
    features: [createExportFeature({ settings, links })],
  });
});
afterEach(async () => store.close());

describe('export in chat', () => {
  it('sends the summary as a copyable block plus expiring links, and audits each export (who, when, plan version, format)', async () => {
    await seed(approved());
    const reply = await say('export');
    const item = exportItem(reply)!;
    const data = item.data as ExportCardData;
    expect(data.links.map((l) => l.format)).toEqual(['text', 'pdf', 'fhir', 'codes']);
    for (const l of data.links) expect(l.url).toMatch(/^https:\/\/wma\.example\.test\/exports\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(data.links[0]!.expiresAt).toBe('2026-03-09T14:45:00.000Z');
    expect(item.text).toContain('```\nSOCIAL PRESCRIBING: MESSAGE BACK TO GP AND REFERRER');
    expect(item.text).toContain('expire in 15 minutes');
    expect(item.text).not.toContain('9434765919'); // the chat shows the masked reference only, outside the summary block
    const audit = await store.listAudit({ subjectPrefix: 'export:' });
    expect(audit.map((a) => [a.actor, a.action, a.at, a.detail?.planId, a.detail?.planVersion, a.detail?.format])).toEqual([
      [OWNER, 'export.created', NOW.toISOString(), 'plan-0001', 3, 'text'],
      [OWNER, 'export.created', NOW.toISOString(), 'plan-0001', 3, 'pdf'],
      [OWNER, 'export.created', NOW.toISOString(), 'plan-0001', 3, 'fhir'],
      [OWNER, 'export.created', NOW.toISOString(), 'plan-0001', 3, 'codes'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/allotment|Zephyrin|9434765919/); // ids only
  });

  it('`export pdf` gives just the letter link', async () => {
    await seed(approved());
    const data = exportItem(await say('export pdf'))!.data as ExportCardData;
    expect(data.links.map((l) => l.format)).toEqual(['pdf']);
    expect(data.summary).toBeNull();
  });

  it('no consent: a clear message, nothing issued, nothing audited', async () => {
    await seed(approved({ ...FULL_ANSWERS, 'consent.share': 'none' }));
    const reply = await say('export');
    expect(exportItem(reply)).toBeUndefined();
    expect(allText(reply)).toContain('did not consent to sharing with their GP');
    expect(await store.listAudit({ subjectPrefix: 'export:' })).toEqual([]);
  });

  it('no approved plan: says so', async () => {
    await seed(makeState(FULL_ANSWERS, { features: { plan: { ...PLAN, status: 'draft' }, export: CONFIRMED } }));
    expect(allText(await say('export text'))).toContain('no approved plan');
  });

  it('only the owner or an export delegate may export; others learn nothing', async () => {
    await seed(approved());
    const stranger = await say('export pdf asm-0001', STRANGER, 'conv-stranger');
    expect(exportItem(stranger)).toBeUndefined();
    expect(allText(stranger)).toContain('No assessment you may export has that id.');
    expect(allText(await say('export pdf asm-9999', STRANGER, 'conv-stranger'))).toContain('No assessment you may export has that id.');
    const delegate = await say('export pdf asm-0001', DELEGATE, 'conv-lead');
    expect((exportItem(delegate)!.data as ExportCardData).links).toHaveLength(1);
    const audit = await store.listAudit({ subjectPrefix: 'export:' });
    expect(audit.map((a) => a.actor)).toEqual([DELEGATE]);
  });
});

describe('GET /exports/:token', () => {
  let server: Server;
  let base: string;
  beforeEach(async () => {
    server = restify.createServer();
    registerExportRoutes(server, { store, scripts: new ScriptRegistry(store), links, settings, clock: () => clock });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => server.close());

  const linkFor = async (format: string) => {
    const data = exportItem(await say(`export ${format}`))!.data as ExportCardData;
    return new URL(data.links[0]!.url).pathname;
  };

  it('serves the export as an attachment and audits the download', async () => {
    await seed(approved());
    const res = await fetch(`${base}${await linkFor('pdf')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="wma-exp-[0-9a-f]+-full\.pdf"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await pdfText(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ')).toContain(
      'Marian Joy Okonkwo-Reid Born 1948-11-03 NHS number 943 476 5919',
    );
    const audit = await store.listAudit({ subjectPrefix: 'export:' });
    expect(audit.map((a) => [a.action, a.actor, a.detail?.format, a.detail?.planVersion])).toEqual([
      ['export.created', OWNER, 'pdf', 3],
      ['export.downloaded', OWNER, 'pdf', 3],
    ]);
  });

  it('the download is the same document the chat summarised (FHIR ids and text are stable)', async () => {
    await seed(approved());
    const data = exportItem(await say('export'))!.data as ExportCardData;
    const text = await (await fetch(`${base}${new URL(data.links[0]!.url).pathname}`)).text();
    expect(text).toBe(data.summary);
  });

  it('refuses a tampered token with 403 and an expired one with 410', async () => {
    await seed(approved());
    const path = await linkFor('fhir');
    const [payload, sig] = path.replace('/exports/', '').split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...claims, fmt: 'pdf' })).toString('base64url')}.${sig}`;
    expect((await fetch(`${base}/exports/${forged}`)).status).toBe(403);
    expect((await fetch(`${base}/exports/not-a-token`)).status).toBe(403);
    clock = new Date(NOW.getTime() + 15 * 60_000);
    const expired = await fetch(`${base}${path}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('expired');
    const downloads = (await store.listAudit({ subjectPrefix: 'export:' })).filter((a) => a.action === 'export.downloaded');
    expect(downloads).toEqual([]);
  });

  it('a link stops working when the plan changes or consent is withdrawn', async () => {
    await seed(approved());
    const path = await linkFor('text');
    await seed(makeState(FULL_ANSWERS, { features: { plan: { ...PLAN, version: 4 }, export: CONFIRMED } }));
    expect((await fetch(`${base}${path}`)).status).toBe(410);
    await seed(makeState({ ...FULL_ANSWERS, 'consent.share': 'none' }, { features: { plan: PLAN, export: CONFIRMED } }));
    const refused = await fetch(`${base}${path}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('did not consent');
  });
});

describe('mounting into the app', () => {
  it('is mounted by buildApp itself: the chat feature and the download route share one signer', async () => {
    const { buildApp } = await import('../../bot/app');
    const { loadConfig } = await import('../../service/config');
    const { loadExportSettings } = await import('../../service/export-service');
    const config = loadConfig({ PORT: '0', WMA_DATA_DIR: ':memory-not-used:' });
    const appSettings = loadExportSettings({ WMA_PRACTICE_NAME: 'Meanwood Health Centre', WMA_EXPORT_LINK_TTL_MINUTES: '10' }, config);
    expect(appSettings.linkTtlMs).toBe(10 * 60_000);
    const saved = process.env.WMA_PRACTICE_NAME;
    process.env.WMA_PRACTICE_NAME = 'Meanwood Health Centre';
    const app = await buildApp(config, { logger: createLogger('silent'), store, tab: false });
    if (saved === undefined) delete process.env.WMA_PRACTICE_NAME;
    else process.env.WMA_PRACTICE_NAME = saved;
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    try {
      await seed(approved());
      const reply = await app.turns.handle({ conversationId: 'conv-owner', userId: OWNER, activityId: 'app-1', input: { kind: 'text', text: 'export text' } });
      const url = new URL((exportItem(reply)!.data as ExportCardData).links[0]!.url);
      const res = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}${url.pathname}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('GP practice: Meanwood Health Centre');
    } finally {
      app.server.close();
    }
  });

  it('with the turn worker (WMA_TURN_WORKER=1): a link signed in the worker downloads from the server thread', async () => {
    const { buildApp } = await import('../../bot/app');
    const { loadConfig } = await import('../../service/config');
    const { tempDataDir } = await import('../helpers/server-process');
    const config = loadConfig({ PORT: '0', WMA_DATA_DIR: tempDataDir('wma-export-worker-') });
    const saved = process.env.WMA_PRACTICE_NAME;
    process.env.WMA_PRACTICE_NAME = 'Meanwood Health Centre'; // the worker reads the same environment
    const app = await buildApp(config, {
      logger: createLogger('silent'),
      tab: false,
      turnWorker: {
        onExit: (err) => {
          throw err;
        },
      },
    });
    if (saved === undefined) delete process.env.WMA_PRACTICE_NAME;
    else process.env.WMA_PRACTICE_NAME = saved;
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    try {
      // Seeded through the server thread's store, which is the worker's.
      await seedOpen(app.store, approved(), 'conv-owner', 'seed-worker');
      const reply = await app.turns.handle({ conversationId: 'conv-owner', userId: OWNER, activityId: 'app-w1', input: { kind: 'text', text: 'export text' } });
      const url = new URL((exportItem(reply)!.data as ExportCardData).links[0]!.url);
      const res = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}${url.pathname}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('GP practice: Meanwood Health Centre');
    } finally {
      await app.close();
    }
  }, 60_000);

  it('outside local mode, a link secret and an https base URL are required', async () => {
    const { loadExportSettings } = await import('../../service/export-service');
    const remote = { localMode: false, host: '0.0.0.0', port: 3978 };
    expect(() => loadExportSettings({}, remote)).toThrow(/WMA_EXPORT_LINK_SECRET/);
    expect(() => loadExportSettings({ WMA_EXPORT_LINK_SECRET: 'x'.repeat(40), WMA_PUBLIC_BASE_URL: 'http://wma.example' }, remote)).toThrow(/https/);
    const ok = loadExportSettings(
      { WMA_EXPORT_LINK_SECRET: 'x'.repeat(40), WMA_PUBLIC_BASE_URL: 'https://wma.example/', WMA_EXPORT_DELEGATES: 'a, b' },
      remote,
    );
    expect([ok.publicBaseUrl, [...ok.delegates]]).toEqual(['https://wma.example', ['a', 'b']]);
  });
});
