import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadTabConfig } from '../../bot/auth/tab-config';
import { TENANT } from '../tab/token-issuer';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { tempDataDir } from '../helpers/server-process';
import { memoryStore } from '../tab/fixtures';
import { CLIENT_ID, TokenIssuer } from '../tab/token-issuer';
import { listen, raw } from './http';

/**
 * Issue 19, finding 5: tab SSO tokens signed by the tenant's real key (the stand-in key server)
 * but with claims that must not pass — a look-alike audience, or no expiry at all.
 */
const issuer = new TokenIssuer();
let app: App;
let port = 0;

beforeAll(async () => {
  await issuer.start();
  const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-token-claims-') });
  app = await buildApp(config, { logger: createLogger('silent'), store: await memoryStore(), tab: loadTabConfig(issuer.env(), config) });
  port = await listen(app);
});
afterAll(async () => {
  await app?.close();
  await issuer.stop();
});

const me = async (token: string) => raw(port, 'GET', '/api/scripts/me', { authorization: `Bearer ${token}` });

describe('tab token claims', () => {
  it.each([
    ['a look-alike api:// audience on another domain', `api://evil.example/${CLIENT_ID}`],
    ['the client id as a path suffix', `api://localhost/x/${CLIENT_ID}`],
    ['the client id with a prefix', `x${CLIENT_ID}`],
  ])('refuses %s (401)', async (_name, audience) => {
    const r = await me(await issuer.token({ audience, roles: ['Scripts.Manage'] }));
    expect(r.status).toBe(401);
    expect(r.body).toMatch(/audience/);
  });

  it('refuses a token without exp (401)', async () => {
    const r = await me(await issuer.token({ omitExp: true, roles: ['Scripts.Manage'] }));
    expect(r.status).toBe(401);
    expect(r.body).toMatch(/exp/);
  });

  it.each([
    ['the configured Application ID URI', `api://localhost/${CLIENT_ID}`],
    ['the client id', CLIENT_ID],
    ['api://<client id>', `api://${CLIENT_ID}`],
  ])('control: accepts %s as audience', async (_name, audience) => {
    expect((await me(await issuer.token({ audience, roles: ['Scripts.Manage'] }))).status).toBe(200);
  });
});

describe('Application ID URI configuration', () => {
  it('defaults to api://<TAB_DOMAIN>/<client id>, the manifest resource; an explicit one must end with the client id', () => {
    const base = { WMA_TAB_TENANT_ID: TENANT, WMA_TAB_CLIENT_ID: CLIENT_ID };
    expect(loadTabConfig({ ...base, TAB_DOMAIN: 'wma.example.nhs.uk' }, { host: '0.0.0.0', localMode: false })).toMatchObject({
      appIdUri: `api://wma.example.nhs.uk/${CLIENT_ID}`,
    });
    expect(loadTabConfig(base, { host: '0.0.0.0', localMode: false })).not.toHaveProperty('appIdUri');
    expect(() => loadTabConfig({ ...base, WMA_TAB_APP_ID_URI: 'api://wma.example.nhs.uk/another-client-id' }, { host: '0.0.0.0', localMode: false })).toThrow(
      /must end with/,
    );
  });
});
