import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeArgsFor } from '../../helpers/node-entry';

export const TRUSTED_KEYS_PRELOAD = fileURLToPath(new URL('./trusted-keys-preload.mjs', import.meta.url));

/** NODE_OPTIONS that load the test-only trusted-keys preload, keeping whatever was already set. */
export function preloadOptions(): string {
  return `${process.env.NODE_OPTIONS ?? ''} --import ${TRUSTED_KEYS_PRELOAD}`.trim();
}

/**
 * Starts `npm start`'s entry point and waits for it to exit on its own (configuration refusals
 * exit immediately). Resolves with the exit code and everything it printed; kills it if it is
 * still running after `timeoutMs`, which for a refusal test means the refusal did not happen.
 */
export function runUntilExit(env: Record<string, string>, timeoutMs = 50_000): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, nodeArgsFor('bot/index.ts'), {
      cwd: process.cwd(),
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}
