import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectRisks, warmRules } from '../../dialogs/safeguarding';
import { matchResources } from '../../plans/directory/match';
import { NORMALISED_FORMAT } from '../../plans/directory/model';
import { placesForDirectory } from '../../plans/places/directory-places';
import { buildGazetteer } from '../../plans/places/gazetteer';
import { geoNamesGreatBritain } from '../../plans/places/geonames';
import { smallPlacesGreatBritain } from '../../plans/places/geonames-small-places';
import { loadDirectorySource } from '../../service/directory-source';
import { runWarmUps } from '../../service/warm-up';
import { DIRECTORY } from '../plans/fixtures';
import { BotProcess, freePort, tempDataDir } from '../helpers/server-process';

/**
 * Issue 22: the work that makes first turns fast (safeguarding rules compiled, directory indexed,
 * its gazetteer built) is off the path to listening — done in small steps just after the server
 * listens, or on first use — and gives exactly the answers the eager start gave.
 */
describe('warm-up steps', () => {
  it('runs each step with the event loop free in between, until every warm-up says it is done', async () => {
    const order: string[] = [];
    let left = 3;
    const reports = await runWarmUps([
      {
        name: 'three steps',
        step: () => {
          order.push(`step ${left}`);
          // A turn arriving during a step is served before the next step, not after the whole list.
          if (left === 3) setImmediate(() => order.push('turn'));
          return --left > 0;
        },
      },
      { name: 'one step', step: () => (order.push('once'), false) },
    ]);
    expect(order).toEqual(['step 3', 'turn', 'step 2', 'step 1', 'once']);
    expect(reports.map((r) => [r.name, r.steps])).toEqual([
      ['three steps', 3],
      ['one step', 1],
    ]);
  });

  it('waits while the server is busy answering, but not for ever', async () => {
    let busy = true;
    const ran: number[] = [];
    const t0 = performance.now();
    setTimeout(() => (busy = false), 60);
    await runWarmUps([{ name: 'w', step: () => (ran.push(performance.now() - t0), false) }], { busy: () => busy });
    expect(ran[0]).toBeGreaterThanOrEqual(55);
    // Under steady traffic a step runs after maxDeferMs anyway.
    const t1 = performance.now();
    await runWarmUps([{ name: 'w', step: () => false }], { busy: () => true, maxDeferMs: 40 });
    expect(performance.now() - t1).toBeGreaterThanOrEqual(35);
    expect(performance.now() - t1).toBeLessThan(5_000);
  });

  it('prepares the safeguarding rules in batches, and a message is judged the same before and after', () => {
    const text = 'I have been stockpiling my tablets and I have nowhere to go tonight';
    const before = detectRisks(text);
    const sizes: number[] = [];
    for (let left = warmRules(40); left > 0; left = warmRules(40)) sizes.push(left);
    expect(sizes.length).toBeGreaterThan(2);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(warmRules()).toBe(0);
    expect(detectRisks(text)).toEqual(before);
    expect(before.map((f) => f.category)).toContain('no_safe_place');
  });
});

describe('directory source built on first use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wma-warm-dir-'));
  const path = join(dir, 'directory.json');
  writeFileSync(path, JSON.stringify({ format: NORMALISED_FORMAT, version: 1, services: DIRECTORY }));

  it('reads the file at once but indexes it only when asked, once, and tells the log when', () => {
    const indexed: number[] = [];
    const d = loadDirectorySource({ importedPath: path, onIndexed: (s) => indexed.push(s.serviceCount) });
    expect(d).toMatchObject({ kind: 'imported', serviceCount: DIRECTORY.length, indexed: false });
    expect(d.locationIssues).toBeUndefined();
    expect(indexed).toEqual([]);
    const index = d.index;
    expect(d.indexed).toBe(true);
    expect(d.index).toBe(index);
    expect(indexed).toEqual([DIRECTORY.length]);
    expect(d.locationIssues).toBeTypeOf('number');
    expect(matchResources(index, { needs: ['money'], text: '', barriers: [] }, 3)[0]?.service.id).toBe('money-line');
  });

  it('a bad file still stops the start at once, before any index is built', () => {
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect(() => loadDirectorySource({ importedPath: join(dir, 'broken.json') })).toThrow(/broken\.json|JSON/);
  });

  it('keeps the gazetteer its location checks built, identical to building it again from the index', () => {
    const d = loadDirectorySource({ importedPath: path });
    const places = placesForDirectory(d.index);
    expect(placesForDirectory(d.index)).toBe(places);
    expect(places).toEqual(buildGazetteer(geoNamesGreatBritain(), d.index.services, smallPlacesGreatBritain()));
  });
});

describe('the server', () => {
  let bot: BotProcess | null = null;
  afterAll(() => bot?.stop());

  it('listens first, then warms up: rules and directory are logged as done after “listening”', async () => {
    const started = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir('wma-warm-') });
    bot = started;
    await started.start();
    const deadline = Date.now() + 30_000;
    while (!/warmed up: directory/.test(started.output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const lines = started.output.split('\n').flatMap((l) => /"msg":"([^"]*)"/.exec(l)?.[1] ?? []);
    const at = (re: RegExp) => lines.findIndex((m) => re.test(m));
    expect(at(/^listening$/)).toBeGreaterThanOrEqual(0);
    expect(at(/^warmed up: safeguarding rules/)).toBeGreaterThan(at(/^listening$/));
    expect(at(/^Resource directory indexed in \d+ ms/)).toBeGreaterThan(at(/^listening$/));
    expect(at(/^warmed up: directory/)).toBeGreaterThan(at(/^listening$/));
    // The directory file itself was read before listening (a broken import stops the start).
    expect(at(/^Resource directory: \d+ services from/)).toBeLessThan(at(/^listening$/));
  }, 60_000);
});
