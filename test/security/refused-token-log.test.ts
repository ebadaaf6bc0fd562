import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { LogCapture } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';
import { PRODUCTION_EXTRAS, TEST_KEYS_ENV } from '../reliability/support/db';
import { unsignedToken } from '../reliability/support/bot-token';
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

beforeAll(async () => {
  for (const [k, v] of Object.entries(PRODUCTION_EXTRAS)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  const config = loadConfig({
    WMA_DATA_DIR: tempDataDir('wma-refused-'),
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
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

const activity = () => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  from: { id: 'u', aadObjectId: 'aad-1' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'a:c', conversationType: 'personal' },
  text: 'start 9434765919',
});

describe('refused tokens are logged as one pino line', () => {
  it.each([
    ['no Authorization header', null],
    ['a bearer that is not a JWT', 'Bearer not-a-token'],
    ['an unsigned token', `Bearer ${unsignedToken({ iss: 'https://api.botframework.com', aud: APP_ID, exp: Math.floor(Date.now() / 1000) + 3600 })}`],
  ])('%s: 401, one log line, no console output', async (_name, authorization) => {
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
