import { readFileSync } from 'node:fs';
import { runClosedLoop, type LoadPlan } from './closed-loop';

/**
 * Entry point of the load-generator child process: reads a LoadPlan (JSON file named on the
 * command line), runs it, and prints the LoadResult — plus the CPU the generator itself used,
 * which on a 2-core machine is CPU the server could not have — as the last line of stdout.
 */
const planFile = process.argv[2];
if (!planFile) {
  console.error('usage: generator-process.ts <plan.json>');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as LoadPlan;
const before = process.cpuUsage();
const result = await runClosedLoop(plan);
const used = process.cpuUsage(before);
process.stdout.write(`${JSON.stringify({ ...result, generatorCpuSeconds: (used.user + used.system) / 1e6 })}\n`);
