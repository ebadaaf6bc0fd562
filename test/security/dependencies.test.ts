import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19, finding 7: restify 11 depends on send@0.18, which has a published XSS advisory
 * (GHSA-m6fv-jmcg-4jfg, fixed in 0.19.0). The tab serves its files with its own small handler
 * (bot/tab-routes.ts), but the vulnerable package must not be installed at all.
 */
const atLeast = (v: string, min: [number, number, number]) => {
  const [a, b, c] = v.split('.').map((x) => parseInt(x, 10));
  return a! !== min[0] ? a! > min[0] : b! !== min[1] ? b! > min[1] : c! >= min[2];
};

function versions(tree: { dependencies?: Record<string, { version?: string; dependencies?: unknown }> }, name: string, out: string[] = []): string[] {
  for (const [dep, node] of Object.entries(tree.dependencies ?? {})) {
    if (dep === name && node.version) out.push(node.version);
    versions(node as never, name, out);
  }
  return out;
}

describe('dependencies', () => {
  it('every installed copy of `send` is 0.19.0 or later (npm ls send)', () => {
    const tree = JSON.parse(execFileSync('npm', ['ls', 'send', '--all', '--json'], { encoding: 'utf8', timeout: 60_000 }));
    const found = versions(tree, 'send');
    expect(found.length).toBeGreaterThan(0);
    for (const v of found) expect(atLeast(v, [0, 19, 0]), `send@${v}`).toBe(true);
    expect(atLeast(JSON.parse(readFileSync('node_modules/send/package.json', 'utf8')).version, [0, 19, 0])).toBe(true);
  });
});
