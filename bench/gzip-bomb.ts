import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Issue 19, finding 1 — memory of the real bot (with app credentials) under a gzip bomb:
 *   npx tsx bench/gzip-bomb.ts [--parallel=4] [--inflated-mb=240]
 * Starts `bot/index.ts` in its own process on 127.0.0.1, reads its resident memory (VmRSS) and
 * peak (VmHWM) from /proc before and after POSTing the compressed body to /api/messages.
 * Linux only (reads /proc). Sends traffic to loopback only.
 */
const arg = (name: string, dflt: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const parallel = arg('parallel', 1);
const inflatedMb = arg('inflated-mb', 240);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

const memMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
};

function post(port: number, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(-1));
    req.end(body);
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'wma-gzip-bomb-'));
const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    WMA_DATA_DIR: dataDir,
    MicrosoftAppId: '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d',
    MicrosoftAppPassword: 'bench-password',
    WMA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 11).toString('base64')}`,
    WMA_EXPORT_LINK_SECRET: 'bench-export-link-secret-0123456789abcdef',
    WMA_PUBLIC_BASE_URL: 'https://wma.example.nhs.uk',
  },
  stdio: 'ignore',
});
try {
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('bot did not start');
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1000)); // let start-up garbage settle
  const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(inflatedMb * 1024 * 1024, 0x61), Buffer.from('"}')]), {
    level: 9,
  });
  const before = memMb(child.pid!);
  const statuses = await Promise.all(Array.from({ length: parallel }, () => post(port, bomb)));
  await new Promise((r) => setTimeout(r, 500));
  const after = memMb(child.pid!);
  console.log(
    `gzip bomb: ${Math.round(bomb.length / 1024)} KB sent, ${inflatedMb} MB if inflated, ×${parallel} in parallel → HTTP ${[...new Set(statuses)].join(',')}; ` +
      `bot RSS ${before.rss} MB before, peak ${after.peak} MB (was ${before.peak} MB at start), ${after.rss} MB after`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dataDir, { recursive: true, force: true });
}
