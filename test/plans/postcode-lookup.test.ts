import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importDirectoryText } from '../../plans/directory/import';
import { createPostcodeLookup } from '../../plans/places/postcode-lookup';
import { indexImportedDirectory } from '../../plans/places/prepare-directory';
import { placesForDirectory } from '../../plans/places/directory-places';
import { resolvePlace } from '../../plans/places/resolve-place';
import { ConfigError, loadPlacesConfig } from '../../service/config';
import { loadStartupConfig } from '../../bot/startup-config';
import { createPlanFeature } from '../../service/features/plan';
import { createHarness, type Harness } from '../helpers/bot-harness';
import { answerUntil, storedPlan } from '../helpers/transcript';

/**
 * A named STAND-IN for postcodes.io (the ONS-based postcode API), on a loopback port: it answers
 * GET /postcodes/{postcode} and GET /outcodes/{outcode} in the published shape — 200 with
 * { status, result: { postcode|outcode, latitude, longitude } }, or 404 { status: 404, error }.
 * The points below are made up for the test, near Truro and Penzance.
 */
const POSTCODES: Record<string, [number, number]> = { 'TR1 2AB': [50.2655, -5.0527], 'TR18 4XY': [50.1188, -5.5371] };
const OUTCODES: Record<string, [number, number]> = { TR99: [50.3, -5.1] };
let standIn: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  standIn = createServer((req, res) => {
    requests.push(req.url ?? '');
    const m = /^\/(postcodes|outcodes)\/([^/?]+)$/.exec(req.url ?? '');
    const code = m ? decodeURIComponent(m[2]!).toUpperCase() : '';
    const hit = m?.[1] === 'postcodes' ? POSTCODES[code] : m?.[1] === 'outcodes' ? OUTCODES[code] : undefined;
    res.setHeader('content-type', 'application/json');
    if (code === 'TR5 5ER') {
      res.statusCode = 500;
      return res.end('{"status":500,"error":"Internal"}');
    }
    if (!hit) {
      res.statusCode = 404;
      return res.end(JSON.stringify({ status: 404, error: m?.[1] === 'outcodes' ? 'Outcode not found' : 'Invalid postcode' }));
    }
    res.end(
      JSON.stringify({
        status: 200,
        result: { [m![1] === 'postcodes' ? 'postcode' : 'outcode']: code, latitude: hit[0], longitude: hit[1], country: 'England' },
      }),
    );
  });
  await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => standIn.close(() => r())));

const cornwall = fileURLToPath(new URL('../../eval/plans/tuning/cornwall/directory.json', import.meta.url));
const { index } = indexImportedDirectory(importDirectoryText(readFileSync(cornwall, 'utf8')).services);

describe('online postcode lookup (postcodes.io API shape, loopback stand-in)', () => {
  it('gives a full postcode its own point, asks once (cached), and resolvePlace uses it', async () => {
    const lookup = createPostcodeLookup({ baseUrl: base });
    requests.length = 0;
    const points = await lookup.pointsFor('tr1 2ab');
    expect(points.get('TR1 2AB')).toEqual({ lat: 50.2655, lon: -5.0527 });
    expect(await lookup.pointsFor('TR1 2AB')).toEqual(points);
    expect(requests).toEqual(['/postcodes/TR1%202AB']);
    const r = resolvePlace('TR1 2AB', placesForDirectory(index), points);
    expect(r).toMatchObject({ kind: 'found', place: { label: 'TR1 2AB', how: 'postcode', lat: 50.2655 } });
  });

  it('falls back to the outcode for an unknown full postcode, caches misses, and a district the directory lacks becomes found', async () => {
    const lookup = createPostcodeLookup({ baseUrl: base });
    requests.length = 0;
    expect([...(await lookup.pointsFor('TR99 1ZZ'))]).toEqual([['TR99', { lat: 50.3, lon: -5.1 }]]);
    await lookup.pointsFor('TR99 1ZZ');
    expect(requests).toEqual(['/postcodes/TR99%201ZZ', '/outcodes/TR99']);
    const gaz = placesForDirectory(index);
    expect(resolvePlace('TR99', gaz).kind).toBe('unknown');
    expect(resolvePlace('TR99', gaz, await lookup.pointsFor('TR99'))).toMatchObject({
      kind: 'found',
      place: { label: 'TR99', how: 'postcode district', note: 'centre of TR99 from the postcode lookup' },
    });
  });

  it('never blocks a plan: an error answer, a dead server or a timeout give no point and throw nothing', async () => {
    expect((await createPostcodeLookup({ baseUrl: base }).pointsFor('TR5 5ER')).size).toBe(0);
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
    await new Promise<void>((r) => dead.close(() => r()));
    expect((await createPostcodeLookup({ baseUrl: deadUrl }).pointsFor('TR1 2AB')).size).toBe(0);
    const slow = createServer(() => {});
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const slowLookup = createPostcodeLookup({ baseUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`, timeoutMs: 100 });
    expect((await slowLookup.pointsFor('TR1 2AB')).size).toBe(0);
    slow.closeAllConnections();
    await new Promise<void>((r) => slow.close(() => r()));
    expect((await createPostcodeLookup({ baseUrl: base }).pointsFor('Truro')).size).toBe(0);
  });
});

describe('WMA_POSTCODE_LOOKUP_URL', () => {
  it('is off by default, takes https or a loopback stand-in, and refuses anything else by name', () => {
    expect(loadPlacesConfig({})).toEqual({ postcodeLookupUrl: null });
    expect(loadPlacesConfig({ WMA_POSTCODE_LOOKUP_URL: 'https://api.postcodes.io/' })).toEqual({ postcodeLookupUrl: 'https://api.postcodes.io' });
    expect(loadPlacesConfig({ WMA_POSTCODE_LOOKUP_URL: 'http://127.0.0.1:8080' }).postcodeLookupUrl).toBe('http://127.0.0.1:8080');
    expect(() => loadPlacesConfig({ WMA_POSTCODE_LOOKUP_URL: 'http://postcodes.example.org' })).toThrow(/WMA_POSTCODE_LOOKUP_URL: must be https/);
    expect(() => loadPlacesConfig({ WMA_POSTCODE_LOOKUP_URL: 'not a url' })).toThrow(ConfigError);
  });

  it('is listed at start-up together with every other problem', () => {
    try {
      loadStartupConfig({ PORT: 'abc', WMA_POSTCODE_LOOKUP_URL: 'ftp://x' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const vars = (err as ConfigError).issues.map((i) => i.variable);
      expect(vars).toEqual(expect.arrayContaining(['PORT', 'WMA_POSTCODE_LOOKUP_URL']));
      expect((err as Error).message).toMatch(/optional online postcode lookup/);
    }
  });
});

describe('transcript: a full postcode with the lookup on', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('searches around the postcode itself, and the plan says so', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index }, postcodes: createPostcodeLookup({ baseUrl: base, timeoutMs: 15_000 }) })] });
    const overrides: Record<string, string> = { 'needs.areas': 'money', 'needs.area_home': 'TR1 2AB', 'goal.1': 'sort out my debts' };
    await answerUntil(h, overrides);
    await h.say('confirm');
    const plan = await storedPlan(h);
    expect(plan.searchArea).toMatchObject({ place: 'TR1 2AB', inPerson: true });
    expect(plan.narrative).toMatch(/within \d+ km of TR1 2AB/);
  });
});
