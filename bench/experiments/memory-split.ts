import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPartWay } from '../sections/memory';
import {
  buildForNpmStart,
  cleanupTempDirs,
  devBotSpec,
  realBotSpec,
  REPO_ROOT,
  rssMiB,
  spawnServer,
  tempDir,
  waitUntilHealthy,
  type ServerSpec,
} from '../servers';

/**
 * EXPERIMENT (`npx tsx bench/experiments/memory-split.ts [tsx|prod] [assessments] [KEY=VALUE…]`): where the
 * bot's resident memory goes, idle and with N assessments in progress (the memory section's
 * load). The bot runs as the memory section runs it, plus a preload (memory-report.mjs) that
 * reports process.memoryUsage(), V8 heap spaces and /proc/self/smaps by mapping kind on SIGUSR2.
 */
const mode = process.argv[2] === 'tsx' ? 'tsx' : 'prod';
const assessments = Number(process.argv[3] ?? 1000);
// Further KEY=VALUE arguments are the bot's environment (e.g. WMA_TURN_WORKER=0).
const extraEnv = Object.fromEntries(
  process.argv
    .slice(4)
    .filter((a) => a.includes('='))
    .map((a) => a.split('=', 2) as [string, string]),
);

const reportFile = join(tempDir('wma-mem-split-'), 'report.jsonl');
const preload = ['--expose-gc', '--import', join(REPO_ROOT, 'bench/experiments/memory-report.mjs')];
// As the memory section runs them: `npm run dev` (tsx), or the bundle `npm start` builds and runs.
const env = { WMA_MEM_REPORT: reportFile, ...extraEnv };
const dataDir = tempDir('wma-mem-split-data-');
const base = mode === 'tsx' ? devBotSpec(dataDir, env) : (await buildForNpmStart(), realBotSpec(dataDir, env));
const spec: ServerSpec = { ...base, args: [...preload, ...base.args] };

async function report(pid: number, label: string): Promise<void> {
  const before = existsSync(reportFile) ? readFileSync(reportFile, 'utf8').split('\n').length : 0;
  const rssOutside = rssMiB(pid).rss;
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100 && (existsSync(reportFile) ? readFileSync(reportFile, 'utf8').split('\n').length : 0) === before; i++)
    await new Promise((r) => setTimeout(r, 100));
  const line = readFileSync(reportFile, 'utf8').trim().split('\n').pop()!;
  console.log(`${mode} ${label}: RSS before gc ${rssOutside.toFixed(0)} MiB`);
  console.log(JSON.stringify(JSON.parse(line), null, 1));
}

const h = await spawnServer(spec);
try {
  await waitUntilHealthy(h);
  await new Promise((r) => setTimeout(r, 1000));
  await report(h.pid, 'idle');
  await loadPartWay(h.url, assessments, 16, 's');
  await new Promise((r) => setTimeout(r, 1000));
  await report(h.pid, `${assessments} in progress`);
} finally {
  await h.stop();
  cleanupTempDirs();
}
