import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { LogCapture } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';
import { PRODUCTION_EXTRAS, TEST_KEYS_ENV } from '../reliability/support/db';
import { makeTokenKeys, signToken, unsignedToken, type TokenKeys } from '../reliability/support/bot-token';
import { memoryStore } from '../tab/fixtures';
import { listen, raw } from './http';

/**
 * Issue 19, finding 7 (last item): every refused token made the SDK print a multi-line stack
 * trace to stderr. A refusal must be exactly one structured pino line and nothing on the console.
 */
const APP_ID = '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d';
const logs = new LogCapture();
const saved: Record<string, string | undefined> = {};
let app: App;
let port = 0;
let keys: TokenKeys;
let restoreKeys: () => void = () => {};

/**
 * The SDK's own key cache reads its trusted keys from a local JWKS file instead of
 * login.botframework.com (the machine has no internet), as test/reliability/support/trusted-keys-preload.mjs
 * does for a child process: every other check is the unmodified SDK's.
 */
function trustKeys(jwksFile: string): () => void {
  const { OpenIdMetadata } = createRequire(import.meta.url)('botframework-connector/lib/auth/openIdMetadata') as {
    OpenIdMetadata: { prototype: { refreshCache: () => Promise<void>; keys?: unknown; lastUpdated?: number } };
  };
  const original = OpenIdMetadata.prototype.refreshCache;
  OpenIdMetadata.prototype.refreshCache = async function (this: { keys?: unknown; lastUpdated?: number }) {
    this.keys = (JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: unknown }).keys;
    this.lastUpdated = Date.now();
  };
  return () => {
    OpenIdMetadata.prototype.refreshCache = original;
  };
}

beforeAll(async () => {
  for (const [k, v] of Object.entries(PRODUCTION_EXTRAS)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  const dataDir = tempDataDir('wma-refused-');
  keys = await makeTokenKeys(dataDir);
  restoreKeys = trustKeys(keys.jwksFile);
  const config = loadConfig({
    WMA_DATA_DIR: dataDir,
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'pw',
    WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV,
    HOST: '127.0.0.1',
  });
  app = await buildApp(config, { logger: createLogger('info', logs), store: await memoryStore(), tab: false });
  port = await listen(app);
});
afterAll(async () => {
  await app?.close();
  restoreKeys();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const claims = { appId: APP_ID, serviceUrl: SERVICE_URL };
const activity = () => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  from: { id: 'u', aadObjectId: 'aad-1' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'a:c', conversationType: 'personal' },
  text: 'start 9434765919',
});

type Header = () => Promise<string | null>;

describe('refused tokens are logged as one pino line', () => {
  // The last four reach the SDK's token extractor, which prints "Error finding key for token…"
  // or jsonwebtoken's TokenExpiredError before throwing; the first three fail before it.
  it.each<[string, Header]>([
    ['no Authorization header', async () => null],
    ['a bearer that is not a JWT', async () => 'Bearer not-a-token'],
    [
      'an unsigned token',
      async () => `Bearer ${unsignedToken({ iss: 'https://api.botframework.com', aud: APP_ID, exp: Math.floor(Date.now() / 1000) + 3600 })}`,
    ],
    ['self-signed, claiming the trusted key id', async () => `Bearer ${await signToken(keys.attacker, keys.trustedKid, claims)}`],
    [
      'expired an hour ago (trusted key)',
      async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, expiresIn: -3600, notBeforeIn: -7200 })}`,
    ],
    ['issued for another bot (trusted key)', async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, audience: randomUUID() })}`],
    ['no exp claim (trusted key)', async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, omitExp: true })}`],
  ])('%s: 401, one log line, no console output', async (_name, header) => {
    const authorization = await header();
    const spies = (['error', 'warn', 'log'] as const).map((level) => vi.spyOn(console, level));
    const stderr = vi.spyOn(process.stderr, 'write');
    const before = logs.lines.length;
    try {
      const r = await raw(
        port,
        'POST',
        '/api/messages',
        { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        JSON.stringify(activity()),
      );
      expect(r.status).toBe(401);
      const calls = [...spies.flatMap((s) => s.mock.calls), ...stderr.mock.calls];
      expect(calls.map((c) => String(c[0]).split('\n')[0])).toEqual([]);
    } finally {
      for (const s of [...spies, stderr]) s.mockRestore();
    }
    const added = logs.lines.slice(before).filter((l) => l.includes('request refused'));
    expect(added).toHaveLength(1);
    const line = JSON.parse(added[0]!) as Record<string, unknown>;
    expect(line.msg).toBe('request refused: token could not be verified');
    expect(added[0]).not.toMatch(/\\n\s+at /);
  });
});

describe('the console filter drops only the SDK lines it replaces', () => {
  it('a correctly signed token is accepted (control: the refusals above reached the token extractor with trusted keys)', async () => {
    const token = await signToken(keys.trusted, keys.trustedKid, claims);
    const r = await raw(
      port,
      'POST',
      '/api/messages',
      { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      JSON.stringify({ ...activity(), deliveryMode: 'expectReplies' }),
    );
    expect(r.status).toBe(200);
  });

  it("an empty activity type is our 400, before the SDK's console.warn", async () => {
    const spies = (['error', 'warn', 'log'] as const).map((level) => vi.spyOn(console, level));
    try {
      const token = await signToken(keys.trusted, keys.trustedKid, claims);
      const body = JSON.stringify({ ...activity(), type: '' });
      const r = await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body);
      expect(r.status).toBe(400);
      expect(spies.flatMap((s) => s.mock.calls)).toEqual([]);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('console output from elsewhere, while refusals are in flight, is still printed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const forged = `Bearer ${await signToken(keys.attacker, keys.trustedKid, claims)}`;
      const requests = Array.from({ length: 4 }, () =>
        raw(port, 'POST', '/api/messages', { 'content-type': 'application/json', authorization: forged }, JSON.stringify(activity())),
      );
      // Interleaved with the four requests' SDK work: the filter is installed above the spy by the first of them.
      await new Promise((r) => setImmediate(r));
      console.error('unrelated diagnostic while requests run');
      console.error(new Error('an error of our own'));
      const statuses = (await Promise.all(requests)).map((r) => r.status);
      console.error('unrelated diagnostic after them');
      expect(statuses).toEqual([401, 401, 401, 401]);
      expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
        'unrelated diagnostic while requests run',
        'Error: an error of our own',
        'unrelated diagnostic after them',
      ]);
    } finally {
      error.mockRestore();
    }
  });
});
