import { readFileSync } from 'node:fs';

/**
 * `npx tsx bench/experiments/cpuprofile-split.ts <file.cpuprofile> [top] [filter] [--from=fn] [--until=fn]`: where a V8 CPU profile's time
 * goes — self and inclusive time by function and by file (npm packages grouped by package), each
 * function counted once per sample even when it recurses. `filter` keeps only stacks through a
 * function or file whose name contains it (to split one subtree).
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

const args = process.argv.slice(2);
const fromArg = args.find((a) => a.startsWith('--from='))?.slice('--from='.length);
// --bundle=<file>: read the bundle's module markers from this file (a profile of an older build).
// --until=<function>: stop at the first sample whose stack passes through it (e.g. runWarmUps:
// what a start-up does before it listens).
const untilArg = args.find((a) => a.startsWith('--until='))?.slice('--until='.length);
const bundleArg = args.find((a) => a.startsWith('--bundle='))?.slice('--bundle='.length);
const [file, topArg, filter] = args.filter((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: cpuprofile-split.ts <file.cpuprofile> [top] [filter]');
const top = Number(topArg ?? 40);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// A bundle marks each source module with a `// path/file.ts` line: map bundle lines back to them.
const bundleModules = new Map<string, Array<[number, string]>>();
function bundleSource(url: string, line: number): string | undefined {
  if (!url.endsWith('.mjs') || url.includes('node_modules')) return undefined;
  let marks = bundleModules.get(url);
  if (!marks) {
    marks = [];
    try {
      readFileSync(bundleArg && url.endsWith('/bot.mjs') ? bundleArg : new URL(url), 'utf8')
        .split('\n')
        .forEach((l, i) => {
          const m = /^\/\/ ([\w./-]+\.ts)$/.exec(l);
          if (m?.[1]) marks!.push([i, m[1]]);
        });
    } catch {
      /* not a file URL */
    }
    bundleModules.set(url, marks);
  }
  let found: string | undefined;
  for (const [at, name] of marks) if (at <= line) found = name;
  return found;
}

const shortFile = (url: string, line = -1): string => {
  if (!url) return '(native)';
  const src = line >= 0 ? bundleSource(url, line) : undefined;
  if (src) return src;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return `npm:${rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (url.startsWith('node:')) return url;
  const repo = url.indexOf('/wt/');
  return repo >= 0 ? url.slice(repo).split('/').slice(3).join('/') : url;
};
const fileOf = (n: Node) => shortFile(n.callFrame.url, n.callFrame.lineNumber);
const fnKey = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}:${n.callFrame.lineNumber + 1}`;

const selfFn = new Map<string, number>();
const inclFn = new Map<string, number>();
const selfFile = new Map<string, number>();
/** Library and runtime time charged to the nearest caller in this repository (or to the package). */
const ownerFile = new Map<string, number>();
const inclFile = new Map<string, number>();
let total = 0;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

let started = fromArg === undefined;
for (let i = 0; i < p.samples.length; i++) {
  const dt = p.timeDeltas[i] ?? 0;
  let id: number | undefined = p.samples[i];
  const stack: Node[] = [];
  while (id !== undefined) {
    const n = byId.get(id);
    if (!n) break;
    stack.push(n);
    id = parent.get(id);
  }
  const leaf = stack[0];
  if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
  // --from=<function>: skip start-up, counting from the first sample whose stack passes through it.
  if (!started) started = stack.some((n) => n.callFrame.functionName === fromArg);
  if (!started) continue;
  if (untilArg !== undefined && stack.some((n) => n.callFrame.functionName === untilArg)) break;
  if (filter && !stack.some((n) => fnKey(n).includes(filter))) continue;
  total += dt;
  add(selfFn, fnKey(leaf), dt);
  add(selfFile, fileOf(leaf), dt);
  const mine = stack.find((n) => /^[a-z]+\/.+\.ts$/.test(fileOf(n)));
  const pkg = stack.find((n) => fileOf(n).startsWith('npm:'));
  add(ownerFile, leaf.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : mine ? fileOf(mine) : pkg ? fileOf(pkg) : fileOf(leaf), dt);
  const seenF = new Set<string>();
  const seenU = new Set<string>();
  for (const n of stack) {
    const k = fnKey(n);
    if (!seenF.has(k)) seenF.add(k), add(inclFn, k, dt);
    const u = fileOf(n);
    if (!seenU.has(u)) seenU.add(u), add(inclFile, u, dt);
  }
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
};
console.log(`busy (non-idle) time: ${(total / 1e6).toFixed(2)} s${filter ? ` through "${filter}"` : ''}`);
print('time by nearest repository file (libraries charged to their caller)', ownerFile);
print('self time by file', selfFile);
print('inclusive time by file', inclFile);
print('self time by function', selfFn);
print('inclusive time by function', inclFn);
