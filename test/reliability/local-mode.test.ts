import { networkInterfaces } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { BotProcess, freePort, tempDataDir } from '../helpers/server-process';
import { PRODUCTION_EXTRAS, TEST_KEYS_ENV } from './support/db';
import { runUntilExit } from './support/process';

/**
 * Local mode has no credentials, so nothing authenticates callers: it must be reachable from this
 * machine only, and refuse to start on any other interface unless the loudly named override is set.
 */
const started: BotProcess[] = [];
afterAll(async () => {
  for (const b of started) await b.stop();
});

function firstExternalIPv4(): string | null {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return null;
}

describe('local mode binding', () => {
  const refused = ['0.0.0.0', '::', '192.168.1.20', 'example.org'];
  it.each(refused)('refuses to start with HOST=%s: exit code 2 and a message naming the override', async (host) => {
    const r = await runUntilExit({ WMA_DATA_DIR: tempDataDir(), HOST: host, PORT: String(await freePort()) });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.output).toMatch(/Refusing to start: local mode \(no MicrosoftAppId\) is unauthenticated and may only listen on localhost/);
    expect(r.output).toContain(`HOST=${host}`);
    expect(r.output).toContain('WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE=1');
    console.log(`Local mode HOST=${host}: exit ${r.code}, refused`);
  });

  it('binds to 127.0.0.1 by default and says so loudly; not reachable on an external interface', async () => {
    const bot = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir() });
    started.push(bot);
    await bot.start(90_000);
    expect(bot.output).toMatch(/LOCAL MODE: no app credentials, requests are NOT authenticated/);
    expect(bot.output).toContain(`Listening on http://127.0.0.1:${bot.port}/api/messages`);
    const external = firstExternalIPv4();
    if (!external) {
      console.warn('No external IPv4 interface on this machine: reachability check skipped (the bind address is still asserted).');
      return;
    }
    await expect(fetch(`http://${external}:${bot.port}/healthz`)).rejects.toThrow();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    console.log(`Local mode: /healthz refused on ${external}, answered on 127.0.0.1`);
  });

  it('starts on 0.0.0.0 only with WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE=1', async () => {
    const bot = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir(), HOST: '0.0.0.0', WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE: '1' });
    started.push(bot);
    await bot.start(90_000);
    expect(bot.output).toMatch(/LOCAL MODE: no app credentials, requests are NOT authenticated/);
    await bot.stop();
  });

  it('with app credentials, refuses to start without WMA_ENCRYPTION_KEYS', async () => {
    const r = await runUntilExit({
      WMA_DATA_DIR: tempDataDir(),
      PORT: String(await freePort()),
      MicrosoftAppId: '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d',
      MicrosoftAppPassword: 'x',
    });
    expect(r.code).toBe(2);
    expect(r.output).toMatch(/WMA_ENCRYPTION_KEYS: required outside local mode/);
  });

  it('with app credentials and keys, may listen on all interfaces (requests are authenticated)', async () => {
    const bot = new BotProcess(await freePort(), {
      WMA_DATA_DIR: tempDataDir(),
      MicrosoftAppId: '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d',
      MicrosoftAppPassword: 'x',
      WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV,
      ...PRODUCTION_EXTRAS,
    });
    started.push(bot);
    await bot.start(90_000);
    expect(bot.output).not.toMatch(/LOCAL MODE/);
    const r = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message' }),
    });
    expect(r.status).toBe(401);
  });
});
