import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBot, REPO_ROOT } from '../../scripts/build';

/**
 * How `npm run build` makes the bundle load its packages (issue 22, start-up memory and CPU): the
 * CommonJS-only packages through require (no ESM wrapping of botbuilder's re-export tree), dual
 * packages still as imports (one copy only), the large learned-weights JSON read at run time rather
 * than inlined, and no native chart rasteriser loaded at start. Every test that starts the bot as a
 * process runs this same bundle, so these only pin down how it loads, not what it does.
 */
let dir: string;
let main: string;
let all: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wma-bundle-loading-'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await buildBot(join(dir, 'bot.mjs'));
  main = readFileSync(join(dir, 'bot.mjs'), 'utf8');
  all = [main, ...readdirSync(join(dir, 'chunks')).map((f) => readFileSync(join(dir, 'chunks', f), 'utf8'))].join('\n');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the production bundle', () => {
  it('requires the CommonJS-only packages instead of importing them', () => {
    for (const pkg of ['botbuilder', 'botframework-connector', 'restify', 'pino', 'better-sqlite3']) {
      expect(all).toContain(`__require("${pkg}")`);
      expect(all).not.toMatch(new RegExp(`from "${pkg}"`));
    }
  });

  it('keeps packages with a separate ESM build (zod) as imports, so only one copy is ever loaded', () => {
    expect(main).toMatch(/from "zod"/);
    expect(all).not.toContain('__require("zod")');
  });

  it('reads the learned weights from their files at run time instead of inlining them', () => {
    // Read from their files on first use (learned/model.ts), so the parsed JSON can be dropped once laid out as tables.
    // (In a chunk the bot shares with its turn worker, service/turn-worker/.)
    for (const file of ['weights', 'weights-clauses']) expect(all).toContain(`"./${file}.json"`);
    expect(all).toMatch(/new URL\(file, "file:[^"]*dialogs\/safeguarding\/learned\/model\.ts"\)/);
    expect(all).not.toContain('"b:0_am"'); // the first weight's feature name, were the file inlined
  });

  it('builds the turn worker (WMA_TURN_WORKER=1) as its own entry beside the bot, which starts it by that path', () => {
    const worker = join(dir, 'bot-turn-worker.mjs');
    expect(readFileSync(worker, 'utf8')).toMatch(/from "\.\/chunks\//);
    expect(main).toContain(`new Worker(${JSON.stringify(worker)}`);
  });

  it('does not load the chart rasteriser (resvg, a native module) at start', () => {
    expect(all).not.toMatch(/from "@resvg\/resvg-js"/);
  });
});
