import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadTabConfig } from '../../bot/auth/tab-config';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { tempDataDir } from '../helpers/server-process';
import { defaultDoc, memoryStore, question } from './fixtures';
import { CLIENT_ID, TENANT, TokenIssuer } from './token-issuer';

const issuer = new TokenIssuer();
let app: App;
let base = '';

beforeAll(async () => {
  await issuer.start();
  const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-tab-auth-') });
  app = await buildApp(config, { logger: createLogger('silent'), store: await memoryStore(), tab: loadTabConfig(issuer.env(), config) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await app?.close();
  await issuer.stop();
});

const call = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

const draft = () => {
  const doc = defaultDoc();
  question(doc, 'screen.knew_referred').text = 'Did your GP practice mention the referral?';
  return { document: doc };
};

describe('scripts API access (Entra SSO token, Scripts.Manage role)', () => {
  it('refuses a request without a token (401) and reads with any valid token', async () => {
    expect((await call('GET', '/api/scripts')).status).toBe(401);
    expect((await call('PUT', '/api/scripts/what_matters_default/draft', undefined, draft())).status).toBe(401);
    const reader = await issuer.token();
    const r = await call('GET', '/api/scripts', reader);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { scripts: unknown[] }).scripts).toHaveLength(1);
  });

  it('refuses a change without the role (403) and saves nothing', async () => {
    const reader = await issuer.token({ roles: ['Something.Else'] });
    const r = await call('PUT', '/api/scripts/what_matters_default/draft', reader, draft());
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: string }).error).toMatch(/Scripts\.Manage/);
    expect((await call('POST', '/api/scripts/what_matters_default/rollback', reader, { version: 1 })).status).toBe(403);
    expect(await app.store.listScriptVersions('what_matters_default')).toHaveLength(1);
  });

  it('accepts a change with the role (200) and records the signed-in user in the audit log', async () => {
    const manager = await issuer.token({ roles: ['Scripts.Manage'] });
    const r = await call('PUT', '/api/scripts/what_matters_default/draft', manager, draft());
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ version: 2, status: 'draft', createdBy: 'morgan.manager@example.nhs.uk' });
    const audit = (await (await call('GET', '/api/scripts/audit', manager)).json()) as { entries: Array<{ actor: string; action: string }> };
    expect(audit.entries.at(-1)).toMatchObject({ actor: 'morgan.manager@example.nhs.uk', action: 'script.draft.save' });
    // Audience as the bare client id is accepted too.
    expect((await call('GET', '/api/scripts/me', await issuer.token({ audience: CLIENT_ID }))).status).toBe(200);
  });

  it.each([
    ['a wrong issuer', { issuer: 'https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0' }],
    ['a wrong audience', { audience: 'api://localhost/another-app-id' }],
    ['an expired token', { expiresInSeconds: -3600 }],
    ['a bad signature', { foreignKey: true }],
  ])('refuses %s with 401 even with the role', async (_label, opts) => {
    const token = await issuer.token({ roles: ['Scripts.Manage'], ...opts });
    const r = await call('PUT', '/api/scripts/what_matters_default/draft', token, draft());
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: string }).error).toMatch(/^Sign-in failed/);
  });

  it('refuses a tampered token (payload changed after signing) with 401', async () => {
    const token = await issuer.token({ roles: [] });
    const [h, , s] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        tid: TENANT,
        oid: 'x',
        roles: ['Scripts.Manage'],
        aud: CLIENT_ID,
        iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
        exp: 9999999999,
        iat: 1,
      }),
    ).toString('base64url');
    expect((await call('PUT', '/api/scripts/what_matters_default/draft', `${h}.${forged}.${s}`, draft())).status).toBe(401);
  });

  it('never exposes assessments: there is no scripts route that returns them', async () => {
    const manager = await issuer.token({ roles: ['Scripts.Manage'] });
    for (const path of ['/api/scripts/assessments', '/api/scripts/what_matters_default/assessments'])
      expect((await call('GET', path, manager)).status).toBe(404);
  });
});

describe('tab configuration', () => {
  it('is local (development identity) only on localhost, and never half-configured', () => {
    expect(loadTabConfig({}, { host: '127.0.0.1', localMode: true })).toEqual({ mode: 'local', identity: 'local-dev-manager' });
    expect(loadTabConfig({}, { host: '0.0.0.0', localMode: true }).mode).toBe('disabled');
    // Issue 19: a bot with app credentials never hands out the development identity, even on localhost.
    expect(loadTabConfig({}, { host: '127.0.0.1', localMode: false })).toMatchObject({ mode: 'disabled', reason: expect.stringMatching(/WMA_TAB_TENANT_ID/) });
    expect(() => loadTabConfig({ WMA_TAB_TENANT_ID: TENANT }, { host: '127.0.0.1', localMode: true })).toThrow(/WMA_TAB_CLIENT_ID: required/);
    expect(() =>
      loadTabConfig(
        { WMA_TAB_TENANT_ID: TENANT, WMA_TAB_CLIENT_ID: CLIENT_ID, WMA_TAB_JWKS_URL: 'http://keys.example.org/k' },
        { host: '0.0.0.0', localMode: true },
      ),
    ).toThrow(/WMA_TAB_JWKS_URL: must be https/);
    expect(loadTabConfig({ WMA_TAB_TENANT_ID: TENANT, WMA_TAB_CLIENT_ID: CLIENT_ID }, { host: '0.0.0.0', localMode: true })).toMatchObject({
      mode: 'entra',
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
    });
  });
});
