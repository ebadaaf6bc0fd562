import { readFileSync } from 'node:fs';

/**
 * EXPERIMENT (`npx tsx bench/experiments/cpu-profile-summary.ts <file.cpuprofile> [top]`): a V8 CPU
 * profile (node --cpu-prof) summarised as self time by npm package / repository file and by
 * function, largest first — used for issue 22's start-up split (what runs before `listening`).
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file!, 'utf8')) as Profile;
const top = Number(topArg ?? 25);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));

const where = (url: string): string => {
  if (!url) return '(native / GC / idle)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `npm:${pkg[1]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\/.*?\/(wt\/[^/]+|s22b)\//, '');
};
const groups = new Map<string, number>();
const fns = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const g = where(n.callFrame.url);
  groups.set(g, (groups.get(g) ?? 0) + us);
  const f = `${n.callFrame.functionName || '(anonymous)'} ${g}:${n.callFrame.lineNumber + 1}`;
  fns.set(f, (fns.get(f) ?? 0) + us);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const show = (label: string, m: Map<string, number>) => {
  console.log(`\n${label} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
show('self time by package / file', groups);
show('self time by function', fns);
