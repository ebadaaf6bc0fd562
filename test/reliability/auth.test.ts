import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess, freePort, tempDataDir } from '../helpers/server-process';
import { makeTokenKeys, signToken, unsignedToken, type TokenKeys } from './support/bot-token';
import { PRODUCTION_EXTRAS, snapshot, TEST_KEYS_ENV } from './support/db';
import { preloadOptions } from './support/process';

/**
 * With app credentials configured, only a request carrying a valid Bot Framework token may reach
 * the bot. Every refusal must be a 401 and must leave the database exactly as it was.
 */
const APP_ID = '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d';
const TENANT_ID = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

function credentialsEnv(dataDir: string): Record<string, string> {
  return {
    ...PRODUCTION_EXTRAS,
    WMA_DATA_DIR: dataDir,
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'test-app-password',
    MicrosoftAppTenantId: TENANT_ID,
    WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV,
    HOST: '127.0.0.1',
  };
}

function activity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `auth-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', aadObjectId: 'aad-lw-1', name: 'Link Worker' },
    recipient: { id: `28:${APP_ID}`, name: 'What Matters Assistant' },
    conversation: { id: 'a:auth-conv', conversationType: 'personal', tenantId: TENANT_ID },
    text: 'start 9434765919',
    ...overrides,
  };
}

async function post(url: string, authorization: string | null, body: unknown = activity()) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== null) headers.authorization = authorization;
  const r = await fetch(`${url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: r.status, body: await r.text() };
}

let keys: TokenKeys;
let dataDir: string;
let bot: BotProcess;

beforeAll(async () => {
  dataDir = tempDataDir('wma-auth-');
  keys = await makeTokenKeys(dataDir);
  bot = new BotProcess(await freePort(), { ...credentialsEnv(dataDir), NODE_OPTIONS: preloadOptions(), WMA_TEST_TRUSTED_JWKS: keys.jwksFile });
  await bot.start(90_000);
});
afterAll(async () => bot?.stop());

describe('authentication with app credentials configured', () => {
  const claims = { appId: APP_ID, serviceUrl: SERVICE_URL };
  const refusals: Array<[string, () => Promise<string | null>, Record<string, unknown>?]> = [
    ['no Authorization header', async () => null],
    ['empty bearer', async () => 'Bearer '],
    ['bearer that is not a JWT', async () => 'Bearer not-a-token'],
    ['Basic scheme with the app id and password', async () => `Basic ${Buffer.from(`${APP_ID}:test-app-password`).toString('base64')}`],
    [
      'unsigned token (alg none)',
      async () =>
        `Bearer ${unsignedToken({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) + 3600 })}`,
    ],
    ['forged: self-signed with an unknown key id', async () => `Bearer ${await signToken(keys.attacker, 'attacker-key', claims)}`],
    ['forged: self-signed, claiming the trusted key id', async () => `Bearer ${await signToken(keys.attacker, keys.trustedKid, claims)}`],
    [
      'expired an hour ago (trusted key)',
      async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, expiresIn: -3600, notBeforeIn: -7200 })}`,
    ],
    ['no exp claim at all (trusted key; issue 19)', async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, omitExp: true })}`],
    [
      'look-alike audience api://evil.example/<app id> (trusted key; issue 19)',
      async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, audience: `api://evil.example/${APP_ID}` })}`,
    ],
    [
      'not valid for another hour (trusted key)',
      async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, notBeforeIn: 3600, expiresIn: 7200 })}`,
    ],
    ['issued for another bot (audience)', async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, audience: randomUUID() })}`],
    ['wrong issuer (trusted key)', async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, issuer: 'https://evil.example' })}`],
    [
      'token for another serviceUrl',
      async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, { ...claims, serviceUrl: 'https://evil.example/' })}`,
    ],
    ['key not endorsed for the activity channel', async () => `Bearer ${await signToken(keys.trusted, keys.trustedKid, claims)}`, { channelId: 'webchat' }],
  ];

  it(`refuses ${refusals.length} unauthenticated requests with 401 and changes nothing`, async () => {
    const before = snapshot(dataDir);
    const results: string[] = [];
    for (const [name, header, overrides] of refusals) {
      const r = await post(bot.url, await header(), activity(overrides ?? {}));
      results.push(`${r.status} ${name}`);
      expect(r.status, name).toBe(401);
      expect(r.body, name).not.toMatch(/Referral screening|stack|at .*\.js/);
    }
    const after = snapshot(dataDir);
    expect(after).toEqual(before);
    expect(after.counts.conversations).toBe(0);
    console.log(
      `Authentication: ${refusals.length} forged/missing/expired tokens refused with 401; rows before/after ${JSON.stringify(after.counts)}\n  ${results.join('\n  ')}`,
    );
  });

  it('accepts a correctly signed token (control: the refusals above are not a blanket 401)', async () => {
    const token = await signToken(keys.trusted, keys.trustedKid, claims);
    const r = await post(bot.url, `Bearer ${token}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/\*\*\* \*\*\* 5919/);
    expect(snapshot(dataDir).counts.conversations).toBe(1);
  });
});

describe('authentication when the signing keys cannot be fetched', () => {
  it('still refuses a self-signed token with 401 (fails closed) and reveals nothing internal', async () => {
    const dir = tempDataDir('wma-auth-offline-');
    // No preload: the SDK tries to reach login.botframework.com, which the test machine cannot.
    const offline = new BotProcess(await freePort(), credentialsEnv(dir));
    await offline.start(90_000);
    try {
      const before = snapshot(dir);
      const forged = await signToken((await makeTokenKeys(dir)).attacker, 'some-kid', { appId: APP_ID, serviceUrl: SERVICE_URL });
      const r = await post(offline.url, `Bearer ${forged}`);
      expect(r.status).toBe(401);
      expect(r.body).not.toMatch(/botframework\.com|getaddrinfo|ENOTFOUND/);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      await offline.stop();
    }
  });
});
