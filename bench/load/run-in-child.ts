import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, tempDir } from '../servers';
import type { LoadPlan, LoadResult } from './closed-loop';

export type ChildLoadResult = LoadResult & { generatorCpuSeconds: number };

/** Runs one LoadPlan in a fresh load-generator process and returns its result. */
export async function runLoadInChild(plan: LoadPlan): Promise<ChildLoadResult> {
  const planFile = join(tempDir('wma-bench-plan-'), 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load/generator-process.ts', planFile], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`load generator failed (exit ${code}):\n${err.slice(-2000)}`);
  return JSON.parse(last) as ChildLoadResult;
}
