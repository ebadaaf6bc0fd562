import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { activityJson } from './load/closed-loop';
import { precompileBot, type Precompiled } from './precompile';

/**
 * Server processes under test: started as `npm start` starts the bot (node --import tsx), or from
 * a precompiled bundle, each with its logs going to a file — never through a pipe into this
 * process, which would make the orchestrator do work while the server is being measured.
 */
export const REPO_ROOT = resolve(import.meta.dirname, '..');

export interface ServerSpec {
  name: string;
  /** Arguments after `node`, e.g. ['--import', 'tsx', 'bot/index.ts']. */
  args: string[];
  env: Record<string, string>;
}

export interface ServerHandle {
  name: string;
  pid: number;
  url: string;
  logFile: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => res(typeof a === 'object' && a ? a.port : 0));
    });
    s.on('error', rej);
  });
}

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed by cleanupTempDirs() (kept if WMA_BENCH_KEEP=1). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  if (process.env.WMA_BENCH_KEEP === '1') return;
  npmStartBundle = null; // its folder is one of these
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The node flags of an npm script (`"start": "node --max-old-space-size=… dist/bot.mjs"`), so
 * the bench runs the bot exactly as `npm start` / `npm run start:prod` / `npm run dev` do — heap size included.
 */
export function npmScriptNodeArgs(script: 'start' | 'start:prod' | 'dev'): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts[script] ?? '').trim().split(/\s+/);
  if (words[0] !== 'node')
    throw new Error(`package.json script "${script}" must start with "node" for the bench to run it as npm does (got "${pkg.scripts[script]}")`);
  return words.slice(1);
}

/** Flags before the entry file of `start:prod` (e.g. the heap size), to run another bundle the same way. */
export const startProdNodeFlags = (): string[] => npmScriptNodeArgs('start:prod').slice(0, -1);

/**
 * `npm start` builds the bundle first (its `prestart` is `npm run build`) and then runs it. The
 * bench does the same build (bench/precompile.ts: scripts/build.ts into a temporary folder, never
 * a stale dist/) once per run and runs that file with `start`'s flags; call this before
 * realBotSpec. The build's own time is part of the `npm start` cold start (bench/sections/cold-start.ts).
 */
let npmStartBundle: Precompiled | null = null;
export async function buildForNpmStart(): Promise<Precompiled> {
  npmStartBundle ??= await precompileBot();
  return npmStartBundle;
}

function npmStartArgs(): string[] {
  const args = npmScriptNodeArgs('start');
  const entry = args.at(-1) ?? '';
  if (!entry.endsWith('.mjs')) return args; // a start script that runs the sources directly
  if (!npmStartBundle) throw new Error('bench: call await buildForNpmStart() before realBotSpec (npm start runs the built bundle)');
  return [...args.slice(0, -1), npmStartBundle.file];
}

/** The real bot on its own data folder, run with `args` (see realBotSpec, devBotSpec). */
export const botSpec = (name: string, args: string[], dataDir: string, extraEnv: Record<string, string> = {}): ServerSpec => ({
  name,
  args,
  // LOG_LEVEL stays at the production default (info): one structured line per turn is real cost.
  env: { WMA_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extraEnv },
});

export const realBotSpec = (dataDir: string, extraEnv: Record<string, string> = {}): ServerSpec => botSpec('real', npmStartArgs(), dataDir, extraEnv);

/** `npm run dev`: the sources through tsx, as `npm start` ran them before issue 22. */
export const devBotSpec = (dataDir: string, extraEnv: Record<string, string> = {}): ServerSpec =>
  botSpec('real-dev', npmScriptNodeArgs('dev'), dataDir, extraEnv);

/**
 * The floor runs with the same heap flags as `npm start`, so only the handler differs. It is a
 * TypeScript file, so it runs through tsx (`npm run dev`'s flags): tsx's loader costs memory and
 * start-up time, not time per turn.
 */
export const echoBotSpec = (): ServerSpec => ({
  name: 'echo',
  args: [...npmScriptNodeArgs('dev').slice(0, -1), 'bench/echo-bot.ts'],
  env: { LOG_LEVEL: 'info' },
});

/** Spawns the server; resolves once the process exists (not once it listens — see waitUntil*). */
export async function spawnServer(spec: ServerSpec): Promise<ServerHandle> {
  const port = await freePort();
  const logFile = join(tempDir(`wma-bench-${spec.name.replace(/[^a-z0-9]+/gi, '-')}-log-`), 'server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, spec.args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...spec.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    name: spec.name,
    pid: child.pid ?? -1,
    url: `http://127.0.0.1:${port}`,
    logFile,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function assertAlive(h: ServerHandle): void {
  if (h.child.exitCode !== null)
    throw new Error(`${h.name} server exited (${h.child.exitCode}); log: ${h.logFile}\n${readFileSync(h.logFile, 'utf8').slice(-2000)}`);
}

// Generous: on a shared, loaded machine a tsx start can take tens of seconds; this is not a measured time.
export async function waitUntilHealthy(h: ServerHandle, timeoutMs = 120_000, pollMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    assertAlive(h);
    try {
      if ((await fetch(`${h.url}/healthz`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(pollMs);
  }
  throw new Error(`${h.name} server did not become healthy within ${timeoutMs} ms; log: ${h.logFile}`);
}

/**
 * Polls with a real message turn (`help`) until one is answered with 200 — "first answered
 * request", the cold-start figure — and returns the time from `since` in milliseconds.
 */
export async function waitUntilFirstTurn(h: ServerHandle, since: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = 0;
  while (Date.now() < deadline) {
    assertAlive(h);
    try {
      const r = await fetch(`${h.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activityJson('help', 'cold-start', 'cold-start-lw', `cold-${++n}`),
      });
      await r.arrayBuffer();
      if (r.status === 200) return performance.now() - since;
    } catch {
      /* not listening yet */
    }
    await sleep(10);
  }
  throw new Error(`${h.name} server answered no turn within ${timeoutMs} ms; log: ${h.logFile}`);
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Resident set size of one process from /proc (Linux), in MiB. */
export function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** RSS of the process and every descendant (tsx runs an esbuild helper process), in MiB. */
export function treeRssMiB(pid: number): number {
  let total = 0;
  for (const p of [pid, ...childrenOf(pid).flatMap((c) => [c, ...childrenOf(c)])]) {
    try {
      total += rssMiB(p).rss;
    } catch {
      /* exited meanwhile */
    }
  }
  return total;
}

/** User + system CPU seconds the process has used so far (Linux /proc/<pid>/stat). */
/**
 * Waits until a server has finished its background warm-up (service/warm-up.ts runs it just after
 * listening): until it uses under `busyCpuMs` of CPU in a `windowMs`, or `timeoutMs` passes. A bot
 * still warming up while another server's round runs would take that round's cores.
 */
export async function waitUntilQuiet(h: ServerHandle, { windowMs = 300, busyCpuMs = 30, timeoutMs = 20_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const before = cpuSeconds(h.pid);
    await new Promise((r) => setTimeout(r, windowMs));
    if ((cpuSeconds(h.pid) - before) * 1000 < busyCpuMs) return;
  }
}

export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the ")": field 3 is state, so utime (14) and stime (15) are at indexes 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
