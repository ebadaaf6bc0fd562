import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadTabConfig } from '../../bot/auth/tab-config';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { tempDataDir } from '../helpers/server-process';
import { defaultDoc, memoryStore, question, toYaml } from '../tab/fixtures';
import { listen, raw } from './http';

/**
 * Issue 19, finding 4: local mode authenticates nobody, so its only protection is that requests
 * come from this computer. A web page in the user's browser is on this computer too: it can POST
 * a form cross-site, or rebind its own host name to 127.0.0.1. Both must be refused.
 */
let app: App;
let port = 0;
let self = '';

beforeAll(async () => {
  const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-local-origin-') });
  app = await buildApp(config, { logger: createLogger('silent'), store: await memoryStore(), tab: loadTabConfig({}, config) });
  port = await listen(app);
  self = `http://127.0.0.1:${port}`;
});
afterAll(async () => app?.close());

const draftSource = () => {
  const doc = defaultDoc();
  question(doc, 'screen.knew_referred').text = `Did your GP practice mention the referral? (${Math.random()})`;
  return toYaml(doc);
};

async function importDraft(): Promise<{ scriptId: string; version: number }> {
  const r = await raw(port, 'POST', '/api/scripts/import', { 'content-type': 'application/json', origin: self }, JSON.stringify({ source: draftSource() }));
  expect(r.status, r.body).toBe(201);
  const v = JSON.parse(r.body) as { scriptId: string; version: number };
  return { scriptId: v.scriptId, version: v.version };
}

describe('cross-site requests in local mode', () => {
  it('a cross-site form POST to /api/scripts/import is refused and saves nothing', async () => {
    const before = await raw(port, 'GET', '/api/scripts');
    const form = `source=${encodeURIComponent(draftSource())}`;
    const r = await raw(port, 'POST', '/api/scripts/import', { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, form);
    expect(r.status).toBe(403);
    expect(r.body).toMatch(/another site/);
    expect((await raw(port, 'GET', '/api/scripts')).body).toBe(before.body);
  });

  it('a form-encoded body is refused even without an Origin header', async () => {
    const r = await raw(
      port,
      'POST',
      '/api/scripts/import',
      { 'content-type': 'application/x-www-form-urlencoded' },
      `source=${encodeURIComponent(draftSource())}`,
    );
    expect(r.status).toBe(415);
  });

  it('a text/plain "simple request" is refused too (no CORS preflight protects it)', async () => {
    const r = await raw(
      port,
      'POST',
      '/api/scripts/import',
      { 'content-type': 'text/plain', origin: 'https://evil.example' },
      JSON.stringify({ source: draftSource() }),
    );
    expect(r.status).toBe(403);
  });

  it('a body-less cross-site publish is refused and the draft stays a draft', async () => {
    const { scriptId, version } = await importDraft();
    const r = await raw(port, 'POST', `/api/scripts/${scriptId}/versions/${version}/publish`, { origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    const v = await raw(port, 'GET', `/api/scripts/${scriptId}/versions/${version}`);
    expect(JSON.parse(v.body).status).toBe('draft');
  });

  it('an opaque ("null") origin is refused', async () => {
    const { scriptId, version } = await importDraft();
    const r = await raw(port, 'POST', `/api/scripts/${scriptId}/versions/${version}/publish`, { origin: 'null' });
    expect(r.status).toBe(403);
  });

  it('control: the tab itself (same origin, JSON or no body) still imports and publishes', async () => {
    const { scriptId, version } = await importDraft();
    const r = await raw(port, 'POST', `/api/scripts/${scriptId}/versions/${version}/publish`, { origin: self });
    expect(r.status, r.body).toBe(200);
    // localhost is the same machine under another name; Agents Playground posts with no Origin.
    const viaName = await raw(
      port,
      'POST',
      '/api/scripts/validate',
      { host: `localhost:${port}`, origin: `http://localhost:${port}`, 'content-type': 'application/json' },
      JSON.stringify({ source: draftSource() }),
    );
    expect(viaName.status).toBe(200);
  });
});

describe('DNS rebinding in local mode', () => {
  it.each([
    ['GET', '/api/report?from=2026-01-01&to=2026-12-31'],
    ['GET', '/api/scripts/me'],
    ['GET', '/tab'],
    ['POST', '/api/messages'],
  ])('%s %s with Host: rebind.attacker.example is refused (421)', async (method, path) => {
    const body =
      method === 'POST'
        ? JSON.stringify({
            type: 'message',
            text: 'answers',
            from: { id: 'u' },
            conversation: { id: 'c' },
            recipient: { id: 'b' },
            deliveryMode: 'expectReplies',
            serviceUrl: 'http://127.0.0.1:9/',
          })
        : undefined;
    const r = await raw(port, method, path, { host: `rebind.attacker.example:${port}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body);
    expect(r.status).toBe(421);
    expect(r.body).toMatch(/localhost/);
  });

  it('control: loopback Host names are served', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const r = await raw(port, 'GET', '/healthz', { host });
      expect(r.status, host).toBe(200);
    }
  });
});
