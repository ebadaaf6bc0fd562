import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { tempDataDir } from '../helpers/server-process';
import { PRODUCTION_EXTRAS, TEST_KEYS_ENV } from '../reliability/support/db';
import { memoryStore } from '../tab/fixtures';
import { listen, raw } from './http';

/**
 * Issue 19, findings 1–3: the unauthenticated HTTP edge of a bot WITH app credentials. Each test
 * is the attack as the outside tester sent it, on loopback.
 */
const APP_ID = '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d';
const saved: Record<string, string | undefined> = {};
let app: App;
let port = 0;
let uploadDir = '';

beforeAll(async () => {
  // A private temp folder, so "no upload_* files appeared" is about this server only.
  uploadDir = mkdtempSync(join(tmpdir(), 'wma-uploads-'));
  for (const [k, v] of Object.entries({ ...PRODUCTION_EXTRAS, TMPDIR: uploadDir })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  for (const k of Object.keys(process.env)) if (k.startsWith('WMA_TAB_')) delete process.env[k];
  const config = loadConfig({
    WMA_DATA_DIR: tempDataDir('wma-edge-'),
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'test-app-password',
    WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV,
    HOST: '127.0.0.1',
  });
  app = await buildApp(config, { logger: createLogger('silent'), store: await memoryStore() });
  port = await listen(app);
});
afterAll(async () => {
  await app?.close();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

const activity = () => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  text: 'hello',
  from: { id: 'u' },
  conversation: { id: 'c' },
  recipient: { id: 'b' },
});

describe('finding 1: compressed bodies (gzip bomb)', () => {
  it('refuses a gzip body before inflating it (415, clear message)', async () => {
    // 40 MB of JSON-ish padding compresses to ~40 KB: under the 256 KB limit as sent.
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(40 * 1024 * 1024, 0x61), Buffer.from('"}')]));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const r = await raw(
      port,
      'POST',
      '/api/messages',
      { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) },
      bomb,
    );
    expect(r.status).toBe(415);
    expect(r.body).toMatch(/Content-Encoding/);
  });

  it('refuses deflate and unknown encodings the same way', async () => {
    for (const enc of ['deflate', 'br', 'x-made-up']) {
      const r = await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json', 'content-encoding': enc }, '{"type":"message"}');
      expect(r.status, enc).toBe(415);
    }
  });

  it('still refuses an over-long plain body with 413', async () => {
    const big = JSON.stringify({ type: 'message', text: 'a'.repeat(300 * 1024) });
    const r = await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json' }, big);
    expect(r.status).toBe(413);
  });

  it('control: a plain JSON activity still reaches authentication (401 without a token)', async () => {
    const r = await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json' }, JSON.stringify(activity()));
    expect(r.status).toBe(401);
  });
});

describe('finding 2: JSON-only body parsing', () => {
  const multipart = () => {
    const boundary = `----wma${randomUUID()}`;
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="x.bin"',
      'Content-Type: application/octet-stream',
      '',
      'x'.repeat(50_000),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return { boundary, body };
  };

  it('a multipart POST to /api/messages is refused and leaves no upload_* file on disk', async () => {
    const before = readdirSync(uploadDir).filter((f) => f.startsWith('upload_'));
    const { boundary, body } = multipart();
    const r = await raw(port, 'POST', '/api/messages', { 'content-type': `multipart/form-data; boundary=${boundary}` }, body);
    expect(r.status).toBe(415);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readdirSync(uploadDir).filter((f) => f.startsWith('upload_'))).toEqual(before);
  });

  it('a multipart POST to a tab route is not parsed either (no files, 415)', async () => {
    const { boundary, body } = multipart();
    const r = await raw(port, 'POST', '/api/scripts/import', { 'content-type': `multipart/form-data; boundary=${boundary}` }, body);
    expect(r.status).toBe(415);
    expect(readdirSync(uploadDir).filter((f) => f.startsWith('upload_'))).toEqual([]);
  });

  it('malformed JSON gets 400 with a message', async () => {
    const r = await raw(port, 'POST', '/api/messages', { 'content-type': 'application/json' }, '{"type":');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/JSON/);
  });
});

describe('finding 3: no manager identity without a token when the bot has credentials', () => {
  it.each(['/api/scripts/me', '/api/scripts', '/api/report?from=2026-01-01&to=2026-12-31', '/api/report/csv?from=2026-01-01&to=2026-12-31'])(
    'GET %s answers 503 naming the missing WMA_TAB_* settings',
    async (path) => {
      const r = await raw(port, 'GET', path);
      expect(r.status).toBe(503);
      expect(r.body).toMatch(/WMA_TAB_TENANT_ID/);
      expect(r.body).not.toMatch(/canManage|local-dev-manager/);
    },
  );

  it('the page config says the tab is not configured', async () => {
    const r = await raw(port, 'GET', '/api/scripts/config');
    expect(JSON.parse(r.body).mode).toBe('disabled');
  });
});
