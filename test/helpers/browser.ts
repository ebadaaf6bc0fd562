import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The one way browser tests get a Chromium: CHROMIUM_PATH if set, else the system's
 * /usr/bin/chromium if it is a real executable, else the Chromium that npm installed
 * (@sparticuz/chromium, unpacked to the temp folder on first use). No browser is a failure
 * that says what to do, never a skip.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags this machine needs whichever binary runs: root without a sandbox, no GPU, no network chatter. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

/**
 * Flags @sparticuz/chromium recommends for AWS Lambda that we leave out: single-process mode
 * (the tab tests open several contexts) and those that switch off the web security model the
 * pages are tested under.
 */
const DROPPED = ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials'];

export interface ChromiumBinary {
  path: string;
  args: string[];
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

function isExecutableFile(path: string): boolean {
  try {
    // A bind-mounted /dev/null or a directory is not a browser.
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export async function findChromium(): Promise<ChromiumBinary> {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (!isExecutableFile(configured))
      throw new Error(`CHROMIUM_PATH=${configured} is not an executable file. Unset it to use the Chromium npm installs (@sparticuz/chromium).`);
    return { path: configured, args: FLAGS, source: 'CHROMIUM_PATH' };
  }
  if (isExecutableFile(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, args: FLAGS, source: 'system' };
  let packaged: typeof import('@sparticuz/chromium').default;
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch (err) {
    throw new Error(
      `No Chromium for the browser tests: ${SYSTEM_CHROMIUM} is absent and @sparticuz/chromium did not load (${(err as Error).message}). ` +
        `Run \`npm install\`, or set CHROMIUM_PATH.`,
    );
  }
  const path = await packaged.executablePath();
  const args = [...new Set([...packaged.args.filter((a) => !DROPPED.includes(a)), ...FLAGS])];
  return { path, args, source: '@sparticuz/chromium' };
}

export async function launchBrowser(): Promise<Browser> {
  const binary = await findChromium();
  try {
    return await chromium.launch({ executablePath: binary.path, args: binary.args, headless: true });
  } catch (err) {
    throw new Error(`Chromium (${binary.source}: ${binary.path}) did not start: ${(err as Error).message}`);
  }
}
