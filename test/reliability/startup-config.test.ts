import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { localModeBanner } from '../../bot/banner';
import { loadStartupConfig } from '../../bot/startup-config';
import { ConfigError } from '../../service/config';
import { nodeArgsFor } from '../helpers/node-entry';
import { freePort, tempDataDir } from '../helpers/server-process';
import { TEST_KEYS_ENV } from './support/db';
import { runUntilExit } from './support/process';

/**
 * Start-up configuration: an operator must see every missing or invalid variable in one refusal,
 * each with what it is for; and the local-mode banner's playground command must name the port
 * the bot really listens on.
 */
const APP = { MicrosoftAppId: '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d', MicrosoftAppPassword: 'x' };

function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadStartupConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected the configuration to be refused');
}

describe('start-up configuration', () => {
  it('with app credentials and nothing else: keys, export link secret and public base URL, all in one refusal, each with its purpose', () => {
    const err = refusal({ ...APP, WMA_DATA_DIR: tempDataDir() });
    expect(err.issues.map((i) => i.variable).sort()).toEqual(['WMA_ENCRYPTION_KEYS', 'WMA_EXPORT_LINK_SECRET', 'WMA_PUBLIC_BASE_URL']);
    expect(err.message).toMatch(/^Invalid configuration \(3 problems; fix all of them, then start again\):/);
    expect(err.message).toMatch(/WMA_ENCRYPTION_KEYS: required outside local mode\n\s+\(encrypts free-text answers and patient references at rest/);
    expect(err.message).toMatch(/WMA_EXPORT_LINK_SECRET: required outside local mode\n\s+\(signs the expiring export download links/);
    expect(err.message).toMatch(/WMA_PUBLIC_BASE_URL: required outside local mode, and must be https\n\s+\(this bot's public https address/);
  });

  it('invalid values in every module are reported together, and a key is never echoed', () => {
    const secretKey = 'c2VjcmV0LWJ1dC10b28tc2hvcnQ=';
    const err = refusal({
      PORT: 'eighty',
      MicrosoftAppId: APP.MicrosoftAppId,
      WMA_ENCRYPTION_KEYS: `k1:${secretKey}`,
      WMA_EXPORT_LINK_SECRET: 'short',
      WMA_PUBLIC_BASE_URL: 'http://wma.example.nhs.uk',
      WMA_PRACTICE_ODS: 'not an ods code',
      WMA_TAB_TENANT_ID: 'contoso.onmicrosoft.com',
      WMA_LLM_PROVIDER: 'openai',
    });
    expect(err.issues.map((i) => i.variable).sort()).toEqual(
      [
        'MicrosoftAppPassword',
        'OPENAI_API_KEY',
        'PORT',
        'WMA_ENCRYPTION_KEYS',
        'WMA_EXPORT_LINK_SECRET',
        'WMA_PRACTICE_ODS',
        'WMA_PUBLIC_BASE_URL',
        'WMA_TAB_CLIENT_ID',
      ].sort(),
    );
    expect(err.message).toContain('WMA_ENCRYPTION_KEYS: key "k1" must be 32 bytes, base64-encoded');
    expect(err.message).toContain("(the bot registration's client secret");
    expect(err.message).toContain('(the OpenAI API key for the LLM drafter)');
    expect(err.message).not.toContain(secretKey);
  });

  it('a complete production configuration starts; local mode needs none of it', () => {
    const config = loadStartupConfig({
      ...APP,
      WMA_ENCRYPTION_KEYS: TEST_KEYS_ENV,
      WMA_EXPORT_LINK_SECRET: 'x'.repeat(40),
      WMA_PUBLIC_BASE_URL: 'https://wma.example.nhs.uk',
    });
    expect(config).toMatchObject({ localMode: false, host: '0.0.0.0', port: 3978 });
    expect(loadStartupConfig({})).toMatchObject({ localMode: true, host: '127.0.0.1' });
  });

  it('`npm start` prints the whole list and exits 2 before touching anything', async () => {
    const dataDir = tempDataDir();
    const r = await runUntilExit({ ...APP, WMA_DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(r.code).toBe(2);
    for (const name of ['WMA_ENCRYPTION_KEYS', 'WMA_EXPORT_LINK_SECRET', 'WMA_PUBLIC_BASE_URL'])
      expect(r.output).toContain(`${name}: required outside local mode`);
    expect(r.output).not.toMatch(/listening/);
  });
});

describe('local-mode banner', () => {
  it('names the port in the playground command', () => {
    expect(localModeBanner({ host: '127.0.0.1', port: 41234, dataDir: 'data' })).toContain(
      'Chat with the bot: PORT=41234 npm run playground   (data in data/)',
    );
  });

  it('with PORT=0 the bot picks a free port, and the banner and its playground command name that port', async () => {
    const child = spawn(process.execPath, nodeArgsFor('bot/index.ts'), {
      cwd: process.cwd(),
      env: { ...process.env, PORT: '0', WMA_DATA_DIR: tempDataDir(), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toMatch(/npm run playground/);
      const port = Number(/Listening on http:\/\/127\.0\.0\.1:(\d+)\/api\/messages/.exec(output)?.[1]);
      expect(port).toBeGreaterThan(0);
      expect(output).toContain(`Chat with the bot: PORT=${port} npm run playground`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
