import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, rowsFor } from './report';
import { FULL, runBench, SECTIONS, SMOKE, type Section } from './run';
import { REPO_ROOT } from './servers';

/**
 * `npm run bench` — the whole benchmark (about 5 minutes on 2 cores), a table on stdout and
 * bench/results/latest.json. Options: `--smoke` (tiny sizes, result to smoke.tmp.json, to check
 * the harness works), `--only=http,match,...` (sections: http, memory, coldStart, match, draft,
 * exports, llm).
 */
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg ? (onlyArg.split(',') as Section[]) : [...SECTIONS];
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')}`);
  process.exit(2);
}

const config = smoke ? SMOKE : FULL;
console.log(`What Matters Assistant benchmark (${config.mode}) — ${only.join(', ')}`);
const result = await runBench(config, only, (line) => console.log(line));
if (onlyArg) result.command += ` -- --only=${onlyArg}`;
const rows = rowsFor(result);
console.log('');
console.log(formatTable(rows));
console.log('');
const m = result.machine;
console.log(
  `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')} → ${(m.loadAverageAtEnd ?? []).map((x) => x.toFixed(2)).join(' ')}, ${result.durationSeconds?.toFixed(0)} s`,
);

const dir = join(REPO_ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, smoke ? 'smoke.tmp.json' : onlyArg ? 'partial.tmp.json' : 'latest.json');
writeFileSync(file, `${JSON.stringify({ ...result, targets: rows.filter((r) => r.met !== null) }, null, 2)}\n`);
console.log(`Results: ${file}`);
process.exit(Object.keys(result.sectionErrors).length ? 1 : 0);
